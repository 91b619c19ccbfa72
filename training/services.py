"""Training services: create and cancel jobs, one-click retraining, registering versions;
instruction datasets and data mixtures frozen for SFT jobs."""

from __future__ import annotations

import hashlib
import io
import json
from collections.abc import Callable
from pathlib import Path

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils.translation import gettext

from annotation.deid import VERSION as DEID_VERSION
from annotation.errors import Conflict, NotFound, ServiceError
from annotation.models import Campaign, DecisionChoice, Pair, PairState, Snapshot, SnapshotKind, User
from annotation.selectors.export import usable_dpo_pairs
from annotation.services.snapshots import create_snapshot
from medpref.core import runs
from medpref.core.runs import ACTIVE_STATES, RunState
from training import mixtures, waiting
from training.benchmark import parse_benchmark
from training.config import SECTIONS, ConfigError, JobConfig, JobKind, check, merged
from training.datasets import parse_dataset, token_counter
from training.models import (
    Benchmark,
    DatasetKind,
    InstructionDataset,
    Mixture,
    MixtureBasis,
    MixtureComponent,
    MixtureFreeze,
    MixtureSnapshot,
    ModelVersion,
    TrainingJob,
)


def job_dir(job: TrainingJob) -> Path:
    return settings.ARTIFACTS_DIR / "jobs" / str(job.pk)


def adapter_dir(job: TrainingJob) -> Path:
    return settings.ARTIFACTS_DIR / "adapters" / f"{job.lineage}-{job.kind}-{job.pk}"


def job_config(job: TrainingJob) -> JobConfig:
    """The full runner config of a job: its stored settings plus where its files are. Not checked
    again: they were when the job was created, and the runner builds TRL's configs from them."""
    base = job.base_version
    mixture = job.mixture_snapshot
    measured = mixture is not None or job.benchmarks.exists()
    return JobConfig.from_dict(
        {
            "kind": job.kind,
            "base_model": base.base_model,
            "adapter": base.adapter_path or None,
            "dataset_path": str(job_dir(job) / "data.jsonl"),
            "output_dir": str(adapter_dir(job)),
            "snapshot_sha256": (mixture or job.snapshot).sha256,
            "heldout_path": str(job_dir(job) / "heldout.jsonl") if measured else None,
            "mixture": {"name": mixture.name, **mixture.manifest} if mixture else None,
            **{section: job.config.get(section, {}) for section in SECTIONS},
        },
        validate=False,
    )


def job_files(job: TrainingJob) -> dict[str, object]:
    """The files a job's runner reads, by their name in the job's folder: its rows, and what the
    forgetting check measures: a mixture's held-out rows, then the questions of the job's
    benchmarks (each an open binary file; the caller closes them)."""
    benchmarks = list(job.benchmarks.order_by("name"))
    if job.mixture_snapshot_id:
        snapshot = job.mixture_snapshot
        files = {"data.jsonl": snapshot.train_file.storage.open(snapshot.train_file.name, "rb")}
        heldout = snapshot.heldout_file.storage.open(snapshot.heldout_file.name, "rb")
    else:
        files = {"data.jsonl": job.snapshot.open()}
        heldout = io.BytesIO() if benchmarks else None
    if heldout is not None and benchmarks:
        with heldout:
            data = heldout.read()
        if data and not data.endswith(b"\n"):
            data += b"\n"
        rows = [
            {**row, "source": benchmark.name, "kind": "benchmark"}
            for benchmark in benchmarks
            for row in benchmark_rows(benchmark)
        ]
        heldout = io.BytesIO(data + mixtures.jsonl(rows))
    if heldout is not None:
        files["heldout.jsonl"] = heldout
    return files


def job_settings(kind: str, overrides: dict | None, *, field: str = "config") -> dict:
    """The settings a job of `kind` runs with: the defaults with `overrides` laid over them, checked
    now by building PEFT's and TRL's configs, so a bad config fails here and not in a worker."""
    try:
        chosen = merged(kind, overrides)
        check(kind, chosen["lora"], chosen["trainer"])
    except ConfigError as exc:
        raise ServiceError(
            gettext("invalid training config: %(error)s") % {"error": exc}, details={field: [str(exc)]}
        ) from exc
    return chosen


def check_campaign_config(config: dict) -> None:
    """A campaign's retraining (DPO) settings, checked when the campaign is saved (see training.apps).

    An empty config keeps every default, which needs no check: most campaigns never load TRL into
    the web process (its first import there takes seconds and some 350 MB)."""
    if config:
        job_settings(JobKind.DPO, config, field="training_config")


def create_job(
    *,
    kind: str,
    snapshot: Snapshot | None = None,
    base_version: ModelVersion,
    config: dict | None = None,
    user: User | None = None,
    mixture_snapshot: MixtureSnapshot | None = None,
    mixture: Mixture | None = None,
    freeze: MixtureFreeze | None = None,
    general_share: float | None = None,
    promote: bool = True,
    sweep=None,
    benchmarks: list[Benchmark] | None = None,
) -> TrainingJob:
    """Queue a job on the `gpu` queue; the worker starts it once the transaction commits. It trains
    on an annotation snapshot of its kind, or (SFT) on a frozen mixture; given a `mixture` and no
    frozen version, it waits for a worker to freeze one (`freeze`, default: training.waiting's)
    and its task is sent when that freeze succeeds. `benchmarks` (default: the mixture's) are
    scored on the parent and the new version by the forgetting check."""
    if mixture_snapshot is not None:
        mixture = mixture_snapshot.mixture
    with transaction.atomic():
        if mixture is not None and mixture_snapshot is None and freeze is None:
            freeze = waiting.freeze_for_jobs(mixture, user=user)
        job = queued_job(
            kind=kind,
            snapshot=snapshot,
            base_version=base_version,
            config=config,
            user=user,
            mixture_snapshot=mixture_snapshot,
            mixture=mixture,
            freeze=freeze,
            general_share=general_share,
            promote=promote,
            sweep=sweep,
        )
        if benchmarks is None and mixture is not None:
            benchmarks = list(mixture.benchmarks.all())
        if benchmarks:
            job.benchmarks.set(benchmarks)
    return job


def queued_job(
    *,
    kind: str,
    snapshot: Snapshot | None,
    base_version: ModelVersion,
    config: dict | None,
    user: User | None,
    mixture_snapshot: MixtureSnapshot | None,
    mixture: Mixture | None,
    freeze: MixtureFreeze | None,
    general_share: float | None,
    promote: bool,
    sweep,
) -> TrainingJob:
    if kind not in JobKind.values:
        raise ServiceError(gettext("kind must be one of %(choices)s") % {"choices": ", ".join(JobKind.values)})
    if (snapshot is None) == (mixture is None):
        raise ServiceError(gettext("give either a snapshot or a mixture snapshot"))
    if mixture is not None:
        if kind != JobKind.SFT:
            raise ServiceError(gettext("a mixture trains SFT jobs only"))
        chosen = job_settings(kind, config)
        job = TrainingJob.objects.create(
            kind=kind,
            config=chosen,
            mixture=mixture,
            mixture_snapshot=mixture_snapshot,
            freeze=freeze if mixture_snapshot is None else None,
            general_share=general_share if mixture_snapshot is None else mixture_snapshot.general_share,
            base_version=base_version,
            lineage=base_version.lineage,
            max_steps=max(chosen["trainer"].get("max_steps", -1), 0),
            created_by=user,
            promote=promote,
            sweep=sweep,
        )
        if mixture_snapshot is None:  # its task is sent when its freeze succeeds (training.waiting.release)
            runs.announce(TrainingJob, job.pk, RunState.QUEUED)
        else:
            runs.queue(job)
        return job
    if snapshot.kind != kind:
        raise ServiceError(
            gettext("snapshot %(name)s holds %(held)s rows, not %(kind)s")
            % {"name": snapshot.name, "held": snapshot.kind, "kind": kind}
        )
    if snapshot.row_count == 0:
        raise ServiceError(gettext("snapshot %(name)s is empty") % {"name": snapshot.name})
    chosen = job_settings(kind, config)
    max_steps = max(chosen["trainer"].get("max_steps", -1), 0)
    job = TrainingJob.objects.create(
        kind=kind,
        config=chosen,
        snapshot=snapshot,
        base_version=base_version,
        lineage=base_version.lineage,
        max_steps=max_steps,
        created_by=user,
    )
    runs.queue(job)
    return job


def current_version(lineage: str | None = None) -> ModelVersion:
    versions = ModelVersion.objects.filter(is_current=True)
    lineage = lineage or settings.DEFAULT_LINEAGE
    if lineage:
        version = versions.filter(lineage=lineage).first()
        if version is None:
            raise NotFound(gettext("no current model version in lineage '%(lineage)s'") % {"lineage": lineage})
        return version
    found = list(versions[:2])
    if len(found) != 1:
        raise ServiceError(
            gettext("several lineages have a current version: name one (lineage)")
            if found
            else gettext("no model version yet: register a base model first")
        )
    return found[0]


def retrain_blocker(base: ModelVersion, campaigns: list[Campaign], *, exact: bool = True) -> str | None:
    """Why one-click retraining cannot start now (None when it can).

    `exact=False` (for pages) counts resolved pairs and ranking items on the pairs' index instead
    of the DPO rows they give: cheaper (the exact count is one query, but it joins every pair's
    annotations: 0.7 s at 100,000 pairs), though a tie counts and a ranking item counts once; the
    click itself checks exactly. Read-only: stale jobs are reaped by the beat task and by `retrain`.
    """
    running = TrainingJob.objects.filter(lineage=base.lineage, state__in=ACTIVE_STATES).first()
    if running is not None:
        return gettext(
            "a %(kind)s job of lineage '%(lineage)s' is already %(state)s (job %(id)s, %(percent)s%%): wait for it or cancel it"
        ) % {
            "kind": running.kind,
            "lineage": base.lineage,
            "state": running.state,
            "id": running.pk,
            "percent": round(100 * running.progress),
        }
    if exact:
        usable = usable_dpo_pairs(campaigns)  # one counting query, pairs and rankings campaigns alike
    else:
        usable = Pair.objects.filter(
            campaign__in=campaigns,
            is_gold=False,
            state__in=[PairState.CONSENSUS, PairState.ARBITRATED],
            decision__in=[DecisionChoice.A, DecisionChoice.B, DecisionChoice.RANKED],
        ).count()
    if usable < settings.RETRAIN_MIN_PAIRS:
        return gettext(
            "only %(usable)s resolved pair(s) usable for DPO in these campaigns; retraining needs at least %(needed)s (RETRAIN_MIN_PAIRS)"
        ) % {"usable": usable, "needed": settings.RETRAIN_MIN_PAIRS}
    return None


def retrain(*, campaigns: list[Campaign], user: User | None = None, lineage: str | None = None) -> TrainingJob:
    """One click: snapshot every resolved pair of `campaigns` and start DPO from the current version."""
    if not campaigns:
        raise ServiceError(gettext("choose at least one campaign"))
    runs.reap(TrainingJob)  # a job whose worker vanished must not block the click until the next beat
    with transaction.atomic():
        base = current_version(lineage)
        ModelVersion.objects.select_for_update().get(pk=base.pk)  # one retrain decision per lineage at a time
        blocker = retrain_blocker(base, campaigns)
        if blocker:
            raise Conflict(blocker)
        snapshot = create_snapshot(campaigns=campaigns, kind=SnapshotKind.DPO, user=user)
        overrides: dict[str, dict] = {section: {} for section in SECTIONS}
        for campaign in sorted(campaigns, key=lambda c: c.pk):  # a later campaign's field wins
            for section in SECTIONS:
                overrides[section].update(campaign.training_config.get(section, {}))
        return create_job(kind=JobKind.DPO, snapshot=snapshot, base_version=base, config=overrides, user=user)


def cancel_job(*, job_id: int) -> TrainingJob:
    """Queued jobs are cancelled at once; a running one is stopped by its worker within seconds. A
    job waiting for its freeze is cancelled at once too, and so is the freeze when no job waits for it."""
    job, asked = runs.cancel(TrainingJob, job_id)
    if job is None:
        raise NotFound(gettext("job %(id)s does not exist") % {"id": job_id})
    if not asked:
        raise Conflict(gettext("job %(id)s is already %(state)s") % {"id": job.pk, "state": job.state})
    if job.freeze_id and job.mixture_snapshot_id is None:
        waiting.stop_unwanted_freeze(job.freeze_id)
    return job


def register_version(job: TrainingJob, metrics: dict, *, promote: bool = True) -> ModelVersion:
    """The new version a successful job produced; it becomes the current one of its lineage."""
    with transaction.atomic():
        if promote:
            ModelVersion.objects.filter(lineage=job.lineage, is_current=True).update(is_current=False)
        version = ModelVersion.objects.create(
            name=f"{job.lineage}-{job.kind}-{job.pk}",
            base_model=job.base_version.base_model,
            adapter_path=str(adapter_dir(job)),
            parent=job.base_version,
            job=job,
            snapshot=job.snapshot,
            lineage=job.lineage,
            is_current=promote,
            metrics=metrics,
        )
        TrainingJob.objects.filter(pk=job.pk).update(output_version=version)
    return version


def register_base_model(
    *, name: str, base_model: str, lineage: str | None = None, current: bool = True
) -> ModelVersion:
    """A base model (local path or hub name) as the root of a lineage; idempotent by name."""
    version, created = ModelVersion.objects.get_or_create(
        name=name, defaults={"base_model": base_model, "lineage": lineage or name}
    )
    if created and current and not ModelVersion.objects.filter(lineage=version.lineage, is_current=True).exists():
        version.is_current = True
        version.save(update_fields=["is_current"])
    return version


# --- instruction datasets -------------------------------------------------------------------------


class DatasetRefused(ServiceError):
    """A dataset file with bad rows: nothing is stored; `details` lists where and what."""

    code = "invalid_file"


def tokenizer_path(version: ModelVersion) -> str:
    """Where a version's tokenizer is: its adapter folder holds a copy, else its base model."""
    return version.adapter_path or version.base_model


def check_dataset_name(name: str, kind: str) -> None:
    if not name.strip():
        raise ServiceError(gettext("a dataset needs a name"), details={"name": [gettext("is blank")]})
    if kind not in DatasetKind.values:
        raise ServiceError(
            gettext("kind must be one of %(kinds)s") % {"kinds": ", ".join(DatasetKind.values)},
            details={"kind": [gettext("unknown kind")]},
        )
    if InstructionDataset.objects.filter(name=name).exists():
        raise Conflict(gettext("a dataset named %(name)s exists already") % {"name": name})


def store_dataset(rows: list[dict], *, tokenizer_version: ModelVersion | None = None, **fields) -> InstructionDataset:
    """Write the rows (one canonical JSON line each) to the artifact storage and record the dataset;
    tokens counted with `tokenizer_version`'s tokenizer when given."""
    data = mixtures.jsonl(rows)
    sha256 = hashlib.sha256(data).hexdigest()
    tokens = None
    if tokenizer_version is not None:
        count = token_counter(tokenizer_path(tokenizer_version))
        tokens = sum(count(row["messages"]) for row in rows)
    dataset = InstructionDataset(
        sha256=sha256,
        row_count=len(rows),
        turn_count=sum(1 for row in rows for m in row["messages"] if m["role"] == "assistant"),
        token_count=tokens,
        tokenizer=tokenizer_version.name if tokenizer_version else "",
        **fields,
    )
    dataset.file.save(f"{sha256[:16]}.jsonl", ContentFile(data), save=False)
    try:
        with transaction.atomic():
            dataset.save()
    except IntegrityError:
        dataset.file.delete(save=False)
        raise Conflict(gettext("a dataset named %(name)s exists already") % {"name": fields["name"]}) from None
    return dataset


def upload_dataset(
    *,
    name: str,
    kind: str,
    data: bytes,
    filename: str = "",
    description: str = "",
    tokenizer_version: ModelVersion | None = None,
    user: User | None = None,
) -> InstructionDataset:
    """An uploaded file as a dataset, de-identified; all or nothing (DatasetRefused lists every bad row)."""
    check_dataset_name(name, kind)
    parsed = parse_dataset(data, filename)
    if not parsed.ok:
        errors = [error.as_dict() for error in parsed.errors]
        raise DatasetRefused(
            gettext("Nothing was stored: %(count)s problem(s), first: %(first)s")
            % {"count": len(errors), "first": errors[0]["message"]},
            details={"errors": errors},
        )
    return store_dataset(
        parsed.rows,
        tokenizer_version=tokenizer_version,
        name=name,
        kind=kind,
        description=description,
        source_filename=filename[:300],
        source_format=parsed.format,
        layouts=dict(sorted(parsed.layouts.items())),
        redactions=dict(sorted(parsed.redactions.items())),
        deid_version=DEID_VERSION,
        created_by=user,
    )


def dataset_from_snapshot(
    *,
    snapshot: Snapshot,
    name: str,
    kind: str = DatasetKind.MEDICAL,
    tokenizer_version: ModelVersion | None = None,
    user: User | None = None,
) -> InstructionDataset:
    """An SFT snapshot (expert-corrected and consensus-chosen answers) as a dataset. Its texts were
    de-identified at import and re-scanned at export, so they are stored as they are."""
    if snapshot.kind != SnapshotKind.SFT:
        raise ServiceError(gettext("snapshot %(name)s is not an SFT snapshot") % {"name": snapshot.name})
    check_dataset_name(name, kind)
    with snapshot.open() as stream:
        rows = [{"messages": json.loads(line)["messages"]} for line in stream if line.strip()]
    if not rows:
        raise ServiceError(gettext("snapshot %(name)s is empty") % {"name": snapshot.name})
    return store_dataset(
        rows,
        tokenizer_version=tokenizer_version,
        name=name,
        kind=kind,
        description=gettext("SFT snapshot %(name)s") % {"name": snapshot.name},
        source_format="snapshot",
        layouts={"messages": len(rows)},
        snapshot=snapshot,
        deid_version=snapshot.manifest.get("deid_version", DEID_VERSION) if isinstance(snapshot.manifest, dict) else "",
        created_by=user,
    )


def dataset_rows(dataset: InstructionDataset) -> list[dict]:
    with dataset.open() as stream:
        return [json.loads(line) for line in stream if line.strip()]


# --- mixtures ---------------------------------------------------------------------------------------


def with_datasets(components: list[dict]) -> list[dict]:
    """The components of a mixture recipe with their dataset ids resolved, or a refusal naming the
    ids that do not exist (the API and the console page both send ids)."""
    wanted = [component["dataset"] for component in components]
    found = InstructionDataset.objects.in_bulk(wanted)
    missing = sorted(set(wanted) - set(found))
    if missing:
        raise ServiceError(gettext("no dataset with id %(ids)s") % {"ids": ", ".join(map(str, missing))})
    return [{**component, "dataset": found[component["dataset"]]} for component in components]


def create_mixture(
    *,
    name: str,
    components: list[dict],
    basis: str = MixtureBasis.ROWS,
    seed: int = 0,
    heldout_fraction: float = 0.1,
    heldout_max: int = 200,
    total: int | None = None,
    tokenizer_version: ModelVersion | None = None,
    description: str = "",
    user: User | None = None,
    benchmarks: list[Benchmark] | None = None,
) -> Mixture:
    """A mixture recipe: `components` are {"dataset": InstructionDataset, "weight" or "share"}, in
    the order that decides which copy of a duplicate is kept. Checked now with the datasets' sizes."""
    if not name.strip():
        raise ServiceError(gettext("a mixture needs a name"), details={"name": [gettext("is blank")]})
    if Mixture.objects.filter(name=name).exists():
        raise Conflict(gettext("a mixture named %(name)s exists already") % {"name": name})
    if basis == MixtureBasis.TOKENS and tokenizer_version is None:
        raise ServiceError(gettext("a token basis needs a model version whose tokenizer counts the tokens"))
    datasets = [c["dataset"] for c in components]
    if len({d.pk for d in datasets}) != len(datasets):
        raise ServiceError(gettext("a dataset appears twice in the mixture"))
    try:
        if not components:
            raise mixtures.MixtureError(gettext("a mixture needs at least one dataset"))
        if not 0 <= heldout_fraction < 1:
            raise mixtures.MixtureError(gettext("the held-out fraction must be in [0, 1)"))
        mixtures.targets(
            [d.row_count for d in datasets],
            [c.get("weight") for c in components],
            [c.get("share") for c in components],
            total=total,
        )
    except mixtures.MixtureError as exc:
        raise ServiceError(str(exc)) from exc
    with transaction.atomic():
        mixture = Mixture.objects.create(
            name=name,
            description=description,
            basis=basis,
            seed=seed,
            heldout_fraction=heldout_fraction,
            heldout_max=heldout_max,
            total=total,
            tokenizer_version=tokenizer_version,
            created_by=user,
        )
        MixtureComponent.objects.bulk_create(
            MixtureComponent(
                mixture=mixture, dataset=c["dataset"], position=i, weight=c.get("weight"), share=c.get("share")
            )
            for i, c in enumerate(components)
        )
        if benchmarks:
            mixture.benchmarks.set(benchmarks)
    return mixture


#: Hears how a freeze goes: (stage, dataset rows read, rows to read in all).
Progress = Callable[[str, int, int], None]
PROGRESS_EVERY_ROWS = 500


def mixture_components(mixture: Mixture, *, progress: Progress | None = None) -> list[mixtures.Component]:
    """The mixture's datasets read into memory, with token counts when it has a tokenizer;
    `progress` hears the rows read every few hundred rows (counting tokens is the slow part)."""
    count = token_counter(tokenizer_path(mixture.tokenizer_version)) if mixture.tokenizer_version else None
    result = []
    components = list(mixture.components.select_related("dataset"))
    total = sum(component.dataset.row_count for component in components)
    done = 0

    def tell() -> None:
        if progress:
            progress(
                gettext("freezing mixture %(name)s: %(done)s/%(total)s rows read")
                % {"name": mixture.name, "done": done, "total": total},
                done,
                total,
            )

    tell()
    for component in components:
        rows = []
        with component.dataset.open() as stream:
            for line in stream:
                if not line.strip():
                    continue
                row = json.loads(line)
                row["tokens"] = count(row["messages"]) if count else None
                rows.append(row)
                done += 1
                if done % PROGRESS_EVERY_ROWS == 0:
                    tell()
        tell()
        result.append(
            mixtures.Component(
                name=component.dataset.name,
                kind=component.dataset.kind,
                rows=rows,
                weight=component.weight,
                share=component.share,
                sha256=component.dataset.sha256,
            )
        )
    return result


def freeze_mixture(
    mixture: Mixture,
    *,
    general_share: float | None = None,
    user: User | None = None,
    progress: Progress | None = None,
) -> MixtureSnapshot:
    """Freeze the mixture into training and held-out files with their manifest; `general_share`
    (a sweep) gives the general datasets that share and the others the rest. `progress` hears
    each stage (a worker's heartbeat)."""
    [snapshot] = freeze_versions(mixture, general_shares=[general_share], user=user, progress=progress)
    return snapshot


def freeze_versions(
    mixture: Mixture,
    *,
    general_shares: list[float | None],
    user: User | None = None,
    progress: Progress | None = None,
    freeze: MixtureFreeze | None = None,
) -> list[MixtureSnapshot]:
    """One frozen version per general share (None: the recipe's own shares), the datasets read
    once for all of them (a sweep). All or none: a failure stores no version and leaves no file.
    The files are written first, one version at a time, and the rows recorded in one short
    transaction, so no lock is held while a big mixture is written."""
    components = mixture_components(mixture, progress=progress)
    rows = sum(len(component.rows) for component in components)
    written: list[MixtureSnapshot] = []
    try:
        for index, share in enumerate(general_shares):
            if progress:
                progress(
                    gettext("freezing mixture %(name)s: mixing and writing version %(n)s of %(count)s")
                    % {"name": mixture.name, "n": index + 1, "count": len(general_shares)},
                    rows,
                    rows,
                )
            written.append(write_version(mixture, components, share, user=user, freeze=freeze))
        with transaction.atomic():
            Mixture.objects.select_for_update().get(pk=mixture.pk)  # one version number at a time
            version = mixture.snapshots.aggregate(v=Max("version"))["v"] or 0
            for snapshot in written:
                version += 1
                snapshot.version = version
                snapshot.save()
    except BaseException:
        for snapshot in written:  # the rows rolled back (or were never saved); their files go too
            snapshot.train_file.delete(save=False)
            snapshot.heldout_file.delete(save=False)
        raise
    return written


def write_version(
    mixture: Mixture,
    components: list[mixtures.Component],
    general_share: float | None,
    *,
    user: User | None,
    freeze: MixtureFreeze | None,
) -> MixtureSnapshot:
    """One version's files written to the storage, its row not yet saved (no version number yet)."""
    try:
        if general_share is not None:
            components = mixtures.with_general_share(components, general_share, general_kind=DatasetKind.GENERAL)
        frozen = mixtures.freeze(
            components,
            basis=mixture.basis,
            seed=mixture.seed,
            heldout_fraction=mixture.heldout_fraction,
            heldout_max=mixture.heldout_max,
            total=mixture.total,
        )
    except mixtures.MixtureError as exc:
        raise ServiceError(gettext("mixture %(name)s: %(error)s") % {"name": mixture.name, "error": exc}) from exc
    frozen.manifest["general_share"] = general_share
    frozen.manifest["tokenizer"] = mixture.tokenizer_version.name if mixture.tokenizer_version else None
    snapshot = MixtureSnapshot(
        mixture=mixture,
        general_share=general_share,
        manifest=frozen.manifest,
        sha256=frozen.manifest["train"]["sha256"],
        row_count=frozen.manifest["train"]["rows"],
        heldout_count=frozen.manifest["heldout"]["rows"],
        created_by=user,
        freeze=freeze,
    )
    stem = f"{mixture.pk}-{snapshot.sha256[:16]}"
    snapshot.train_file.save(f"{stem}-train.jsonl", ContentFile(frozen.train), save=False)
    try:
        snapshot.heldout_file.save(f"{stem}-heldout.jsonl", ContentFile(frozen.heldout), save=False)
    except BaseException:
        snapshot.train_file.delete(save=False)
        raise
    return snapshot


def request_freeze(mixture: Mixture, *, user: User | None = None) -> MixtureFreeze:
    """Queue the freezing of `mixture` for a worker (the default queue); one at a time per mixture."""
    try:
        with transaction.atomic():
            freeze = MixtureFreeze.objects.create(mixture=mixture, created_by=user)
            runs.queue(freeze)
    except IntegrityError:
        active = MixtureFreeze.objects.filter(mixture=mixture, state__in=ACTIVE_STATES).first()
        raise Conflict(
            gettext("mixture %(name)s is already being frozen (freeze %(id)s)")
            % {"name": mixture.name, "id": active.pk if active else "?"}
        ) from None
    return freeze


def run_freeze(freeze_id: int) -> str | None:
    """The body of the freeze task: freeze the mixture (at each of a sweep's shares) while the
    watchdog beats with the stage, then hand on the jobs waiting for it (training.waiting)."""

    def work(freeze: MixtureFreeze, watchdog: runs.Watchdog) -> dict:
        stage = {"stage": "", "rows_done": 0, "rows_total": 0}
        watchdog.beat_fields = lambda: dict(stage)

        def progress(text: str, done: int, total: int) -> None:
            stage.update(stage=text[:200], rows_done=done, rows_total=total)
            watchdog.check()

        shares = freeze.general_shares or [None]
        try:
            snapshots = freeze_versions(
                freeze.mixture, general_shares=shares, user=freeze.created_by, progress=progress, freeze=freeze
            )
        except ServiceError as exc:
            raise runs.Stopped(runs.RunState.FAILED, exc.message, stage="") from exc
        return {"snapshot": snapshots[0] if len(snapshots) == 1 else None, "stage": "", "rows_done": stage["rows_done"]}

    try:
        return runs.execute(MixtureFreeze, freeze_id, work, what="freeze", related=("mixture", "created_by"))
    finally:
        waiting.release(freeze_id)


# --- multiple-choice benchmarks ------------------------------------------------------------------


def upload_benchmark(
    *, name: str, data: bytes, filename: str = "", description: str = "", user: User | None = None
) -> Benchmark:
    """A multiple-choice benchmark file, de-identified; all or nothing (DatasetRefused lists every bad row)."""
    if not name.strip():
        raise ServiceError(gettext("a benchmark needs a name"), details={"name": [gettext("is blank")]})
    if Benchmark.objects.filter(name=name).exists():
        raise Conflict(gettext("a benchmark named %(name)s exists already") % {"name": name})
    parsed = parse_benchmark(data, filename)
    if not parsed.ok:
        errors = [error.as_dict() for error in parsed.errors]
        raise DatasetRefused(
            gettext("Nothing was stored: %(count)s problem(s), first: %(first)s")
            % {"count": len(errors), "first": errors[0]["message"]},
            details={"errors": errors},
        )
    content = mixtures.jsonl(parsed.rows)
    sha256 = hashlib.sha256(content).hexdigest()
    benchmark = Benchmark(
        name=name,
        description=description,
        source_filename=filename[:300],
        source_format=parsed.format,
        layouts=dict(sorted(parsed.layouts.items())),
        sha256=sha256,
        question_count=len(parsed.rows),
        redactions=dict(sorted(parsed.redactions.items())),
        created_by=user,
    )
    benchmark.file.save(f"{sha256[:16]}.jsonl", ContentFile(content), save=False)
    try:
        with transaction.atomic():
            benchmark.save()
    except IntegrityError:
        benchmark.file.delete(save=False)
        raise Conflict(gettext("a benchmark named %(name)s exists already") % {"name": name}) from None
    return benchmark


def benchmark_rows(benchmark: Benchmark) -> list[dict]:
    with benchmark.open() as stream:
        return [json.loads(line) for line in stream if line.strip()]


def with_benchmarks(ids: list[int]) -> list[Benchmark]:
    """Benchmarks by id, or a refusal naming the ids that do not exist."""
    found = Benchmark.objects.in_bulk(ids)
    missing = sorted(set(ids) - set(found))
    if missing:
        raise ServiceError(gettext("no benchmark with id %(ids)s") % {"ids": ", ".join(map(str, missing))})
    return [found[pk] for pk in ids]
