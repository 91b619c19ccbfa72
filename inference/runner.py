"""The runtime of generation: model weights live in child processes, never in a worker or web process.

`run_generation_job(job_id)` is the body of the Celery task (queue `gpu`), on the lifecycle every
run shares (medpref.core.runs): it claims the round once, starts one `python -m inference.generation`
child per version (`ChildGenerator`, a stand-in for an in-process Generator) and answers the
prompts batch by batch with `inference.services.answer` and `store_pairs` (into a campaign of kind
rankings: `answer_ranking` and `store_rankings`, K answers per prompt). While it waits on a child, the round's Watchdog writes the heartbeat and stops the round
on cancel or at the time limit. A child that dies (an out-of-memory kill, a crash) fails the round
with the reason; the pairs stored from earlier batches are kept, and the worker goes on to its next
task. The playground (inference.playground) answers through the same ChildGenerator.
"""

from __future__ import annotations

import sys

from django.conf import settings
from django.db.models import F

from annotation.models import CampaignKind
from inference import services
from inference.generation import Sampling
from inference.models import GenerationJob, Strategy
from medpref.core import runs
from medpref.core.runs import Child, RunState, Stopped, Watchdog
from training.models import ModelVersion


class ChildGenerator:
    """One loaded version in a child process; `generate` takes and returns what Generator's does."""

    def __init__(self, version: ModelVersion, watchdog: Watchdog):
        self.key = (version.base_model, version.adapter_path)
        self.watchdog = watchdog
        argv = [
            sys.executable,
            "-m",
            "inference.generation",
            version.base_model,
            *(["--adapter", version.adapter_path] if version.adapter_path else []),
        ]
        threads = {"OMP_NUM_THREADS": str(settings.TRAINING_CPU_THREADS)} if settings.TRAINING_CPU_THREADS else {}
        self.child = Child(argv, what="generation", env=threads, interactive=True)
        try:
            self.loaded = self.wait_for("loaded")
        except BaseException:
            self.close()
            raise

    def wait_for(self, name: str) -> dict:
        """The child's next `name` event; Stopped if the child ends first (or the watchdog says so)."""
        found: dict = {}

        def look(events: list[dict]) -> bool:
            for event in events:
                if event.get("event") == name:
                    found.update(event)
                    return True
            return False

        if not self.child.watch(self.watchdog, look):
            raise Stopped(RunState.FAILED, self.child.ended())
        return found

    def generate(
        self, conversations: list[list[dict]], sampling: Sampling, *, seed_offset: int = 0
    ) -> list[tuple[str, int]]:
        self.child.send({"conversations": conversations, "sampling": sampling.as_dict(), "seed_offset": seed_offset})
        return [(text, tokens) for text, tokens in self.wait_for("generated")["results"]]

    def alive(self) -> bool:
        return self.child.process.poll() is None

    def close(self) -> None:
        self.child.stop()


def run_generation_job(job_id: int) -> str | None:
    """Run a queued round to its end; returns the final state (None when the round was not ours to run)."""
    return runs.execute(
        GenerationJob,
        job_id,
        generate,
        what="generation round",
        related=("model_version", "other_version", "source_campaign", "target_campaign"),
    )


def generate(job: GenerationJob, watchdog: Watchdog) -> dict:
    """The round's work; its children are stopped however it ends (the pairs stored so far stay)."""
    generators: list[ChildGenerator] = []
    try:
        generate_round(job, watchdog, generators)
    finally:
        for generator in generators:
            generator.close()
    return {}


def generate_round(job: GenerationJob, watchdog: Watchdog, generators: list[ChildGenerator]) -> None:
    """Answer, pair and store batch by batch; a cancel takes effect between batches at the latest."""
    sampling = Sampling.from_dict(job.sampling)
    prompts = services.prompts_for(job)
    skipped_no_reference = (
        job.source_campaign.prompts.filter(reference="").count() if job.strategy == Strategy.VERSUS_REFERENCE else 0
    )
    GenerationJob.objects.filter(pk=job.pk).update(
        prompts_total=len(prompts), skipped_no_reference=skipped_no_reference
    )
    for version in filter(None, (job.model_version, job.other_version)):
        generators.append(ChildGenerator(version, watchdog))
    first, second = generators[0], generators[1] if len(generators) > 1 else None
    rankings = job.target_campaign.kind == CampaignKind.RANKINGS
    for start in range(0, len(prompts), sampling.batch_size):
        watchdog.check(beat=True)
        batch = prompts[start : start + sampling.batch_size]
        dropped = 0
        if rankings:  # K answers per prompt, stored as ranking items (PROTOCOL §10)
            answers = services.answer_ranking(job, batch, sampling, first, second, start)
            created, similar, dropped = services.store_rankings(job, batch, answers)
        else:
            candidates = services.answer(job, batch, sampling, first, second, start)
            created, similar = services.store_pairs(job, batch, candidates)
        GenerationJob.objects.filter(pk=job.pk).update(
            prompts_done=start + len(batch),
            pairs_created=F("pairs_created") + created,
            skipped_similar=F("skipped_similar") + similar,
            candidates_dropped=F("candidates_dropped") + dropped,
        )
