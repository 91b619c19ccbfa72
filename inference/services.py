"""Candidate rounds, evaluations and their results.

A generation job answers a campaign's prompts with one or two model versions and turns the answers
into pairs (PROTOCOL §1: each response keeps its provenance); into a campaign of kind rankings it
samples K answers per prompt and makes ranking items of them (PROTOCOL §10: a Pair whose A and B are
candidates 0 and 1, and a Candidate row per answer, each with its version, seed and settings). An evaluation is such a round between
two versions in a campaign of its own, judged blind with the usual workspace; its results count,
from model A's side, the wins, ties and losses of the resolved pairs, overall and per dimension.
"""

from __future__ import annotations

import csv
import difflib
import io
import uuid
from collections import defaultdict

from django.db import transaction
from django.db.models import F, Prefetch
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext

from annotation import rules
from annotation.errors import Conflict, NotFound, ServiceError
from annotation.models import (
    AUTO_TIE,
    Annotation,
    Arbitration,
    Campaign,
    CampaignKind,
    Candidate,
    Pair,
    PairState,
    Prompt,
    Response,
    User,
)
from annotation.ranking import MAX_CANDIDATES, MIN_CANDIDATES
from annotation.selectors.export import resolve
from annotation.selectors.visibility import EVALUATION_CODE_NAME, EVALUATION_DESCRIPTION
from annotation.services import clean_texts, lifecycle, membership, search_index
from annotation.services.campaigns import create_campaign
from annotation.text import comparable
from inference import stats
from inference.generation import Generator, Sampling
from inference.models import Evaluation, GenerationJob, Strategy
from medpref.core import runs, webhooks
from medpref.core.placement import keyed_coin, keyed_permutation
from training.models import ModelVersion

SIMILARITY_LIMIT = 0.9  # answers at least this similar are not worth a physician's time
OTHER_SIDE_SEED = 1_000_003  # added to the seed of candidate B, so the two sides never share random draws
DEFAULT_CANDIDATES = {CampaignKind.PAIRS: 2, CampaignKind.RANKINGS: 4}


def similarity(a: str, b: str) -> float:
    """1.0 for the same text once normalised (invisible characters and look-alikes cannot make twins differ)."""
    a, b = comparable(a), comparable(b)
    return 1.0 if a == b else difflib.SequenceMatcher(None, a, b).ratio()


def near_identical(a: str, b: str) -> bool:
    return similarity(a, b) >= SIMILARITY_LIMIT


def start_generation(
    *,
    model_version: ModelVersion,
    source_campaign: Campaign,
    strategy: str,
    other_version: ModelVersion | None = None,
    sampling: dict | None = None,
    target_campaign: Campaign | None = None,
    limit: int | None = None,
    user: User | None = None,
    enqueue: bool = True,
    candidates: int | None = None,
) -> GenerationJob:
    """Queue a round. `candidates` (K) is the answers per prompt: 2 for a campaign of pairs, 2-8 for
    one of kind rankings (default 4); with two versions (`versus`) the candidates alternate between
    them, with the reference (`versus_reference`) it is one of them."""
    if strategy not in Strategy.values:
        raise ServiceError(gettext("strategy must be one of %(choices)s") % {"choices": ", ".join(Strategy.values)})
    if strategy == Strategy.VERSUS and other_version is None:
        raise ServiceError(gettext("the 'versus' strategy needs other_version"))
    if strategy != Strategy.VERSUS and other_version is not None:
        raise ServiceError(
            gettext("other_version only goes with the 'versus' strategy, not '%(strategy)s'") % {"strategy": strategy}
        )
    try:
        checked = Sampling.from_dict(sampling)
    except (ValueError, TypeError) as exc:
        raise ServiceError(gettext("invalid sampling: %(error)s") % {"error": exc}) from exc
    if not source_campaign.prompts.exists():
        raise ServiceError(gettext("campaign '%(name)s' has no prompts") % {"name": source_campaign.name})
    target = target_campaign or source_campaign
    lifecycle.ensure_not_closed(target, gettext("generated pairs"))
    count = checked_candidates(target, candidates)
    job = GenerationJob.objects.create(
        model_version=model_version, other_version=other_version, source_campaign=source_campaign, target_campaign=target,
        strategy=strategy, sampling=checked.as_dict(), limit=limit, created_by=user, candidates=count,
    )  # fmt: skip
    if enqueue:
        runs.queue(job)
    return job


def checked_candidates(target: Campaign, candidates: int | None) -> int:
    """K for a round into `target`: its kind's default, 2 for pairs, 2-8 for rankings."""
    if candidates is None:
        return DEFAULT_CANDIDATES.get(target.kind, 2)
    if target.kind != CampaignKind.RANKINGS and candidates != 2:
        raise ServiceError(
            gettext(
                "campaign '%(name)s' holds pairs, so a round gives it 2 answers per prompt; "
                "for %(count)s answers to rank, generate into a campaign of kind rankings"
            )
            % {"name": target.name, "count": candidates}
        )
    if not MIN_CANDIDATES <= candidates <= MAX_CANDIDATES:
        raise ServiceError(
            gettext("candidates must be from %(min)s to %(max)s, got %(count)s")
            % {"min": MIN_CANDIDATES, "max": MAX_CANDIDATES, "count": candidates}
        )
    return candidates


def cancel_generation(*, job_id: int) -> GenerationJob:
    """A queued round is cancelled at once; a running one stops between batches at the latest."""
    job, asked = runs.cancel(GenerationJob, job_id)
    if job is None:
        raise NotFound(gettext("generation job %(id)s does not exist") % {"id": job_id})
    if not asked:
        raise Conflict(gettext("generation job %(id)s is already %(state)s") % {"id": job.pk, "state": job.state})
    return job


def provenance(version: ModelVersion, job: GenerationJob, sampling: Sampling, seed: int, tokens: int) -> dict:
    return {
        "model_version": version.pk,
        "model_name": version.name,
        "sampling": sampling.as_dict(),
        "seed": seed,
        "new_tokens": tokens,
        "generation_job": job.pk,
    }


def prompts_for(job: GenerationJob) -> list[Prompt]:
    prompts = job.source_campaign.prompts.order_by("id")
    if job.strategy == Strategy.VERSUS_REFERENCE:
        prompts = prompts.exclude(reference="")
    return list(prompts[: job.limit] if job.limit else prompts)


def answer(
    job, prompts, sampling, first: Generator, second: Generator | None, offset: int
) -> list[tuple[tuple[str, dict], tuple[str, dict]]]:
    """Two candidates per prompt, each as (text, provenance), as the strategy says."""
    conversations = [p.messages for p in prompts]
    ours = first.generate(conversations, sampling, seed_offset=offset)
    seed_a = sampling.seed + offset
    a = [(text, provenance(job.model_version, job, sampling, seed_a, tokens)) for text, tokens in ours]
    if job.strategy == Strategy.TWO_SAMPLES:
        again = first.generate(conversations, sampling, seed_offset=offset + OTHER_SIDE_SEED)
        b = [
            (text, provenance(job.model_version, job, sampling, seed_a + OTHER_SIDE_SEED, tokens))
            for text, tokens in again
        ]
    elif job.strategy == Strategy.VERSUS:
        # Its own seed: with the same one, two similar versions would draw the same random numbers and
        # their answers would agree more often than the versions do.
        theirs = second.generate(conversations, sampling, seed_offset=offset + OTHER_SIDE_SEED)
        b = [
            (text, provenance(job.other_version, job, sampling, seed_a + OTHER_SIDE_SEED, tokens))
            for text, tokens in theirs
        ]
    else:
        b = [(p.reference, {"source": "reference", "prompt": p.external_id}) for p in prompts]
    return list(zip(a, b))


def answer_ranking(
    job: GenerationJob,
    prompts: list[Prompt],
    sampling: Sampling,
    first: Generator,
    second: Generator | None,
    offset: int,
) -> list[list[tuple[str, dict]]]:
    """K candidates per prompt, each as (text, provenance). Candidate i has its own seed (and its own
    temperature when `sampling.temperatures` lists them); with `versus` the odd ones come from the
    other version; with `versus_reference` the last one is the reference answer."""
    conversations = [p.messages for p in prompts]
    per_prompt: list[list[tuple[str, dict]]] = [[] for _ in prompts]
    sampled = job.candidates - 1 if job.strategy == Strategy.VERSUS_REFERENCE else job.candidates
    for index in range(sampled):
        version, generator = job.model_version, first
        if job.strategy == Strategy.VERSUS and index % 2:
            version, generator = job.other_version, second
        settings = sampling.for_candidate(index)
        shift = offset + index * OTHER_SIDE_SEED
        answers = generator.generate(conversations, settings, seed_offset=shift)
        for answers_of_prompt, (text, tokens) in zip(per_prompt, answers):
            answers_of_prompt.append((text, provenance(version, job, settings, sampling.seed + shift, tokens)))
    if job.strategy == Strategy.VERSUS_REFERENCE:
        for answers_of_prompt, prompt in zip(per_prompt, prompts):
            answers_of_prompt.append((prompt.reference, {"source": "reference", "prompt": prompt.external_id}))
    return per_prompt


def store_rankings(
    job: GenerationJob, prompts: list[Prompt], answers: list[list[tuple[str, dict]]]
) -> tuple[int, int, int]:
    """Ranking items, and how many prompts gave fewer than two distinct answers (not stored) and how
    many answers were not stored: empty, (near-)identical to an earlier one of their prompt, or of a
    prompt left without two distinct answers.

    The kept answers are put in an order keyed with the server's secret over the round and the prompt
    (`keyed_permutation`), so that a candidate's position (and letter, for those who see positions)
    says nothing about which version or seed wrote it, even to a judge who knows the item's id.
    """
    created = skipped = dropped = 0
    with transaction.atomic():
        since = clean_texts.watermark()
        for prompt, candidates in zip(prompts, answers):
            kept: list[tuple[str, dict]] = []
            for text, origin in candidates:
                if text and not any(near_identical(text, other) for other, _ in kept):
                    kept.append((text, origin))
            if len(kept) < MIN_CANDIDATES:
                skipped += 1
                dropped += len(candidates)
                continue
            dropped += len(candidates) - len(kept)
            round_id = f"gen{job.pk}-{prompt.external_id}"
            # Keyed: the round id is the item's external id, which judges may see.
            kept = [kept[i] for i in keyed_permutation(len(kept), "generation.candidate_order", job.pk, prompt.pk)]
            home = target_prompt(job, prompt)
            responses = Response.objects.bulk_create(
                [
                    Response(prompt=home, text=text, source=source_name(origin), provenance=origin)
                    for text, origin in kept
                ]
            )
            pair = Pair.objects.create(
                campaign=job.target_campaign,
                prompt=home,
                response_a=responses[0],
                response_b=responses[1],
                external_id=round_id,
                meta={"generation_job": job.pk, "strategy": job.strategy, "candidates": len(kept)},
            )
            Candidate.objects.bulk_create(
                [Candidate(pair=pair, response=response, position=index) for index, response in enumerate(responses)]
            )
            created += 1
        if created:
            search_index.merge_after_commit()  # the new answers' entries in the pair browser's indexes
            clean_texts.prescan_after_commit(job.target_campaign_id, since)  # the export gate's verdicts
    return created, skipped, dropped


def target_prompt(job: GenerationJob, prompt: Prompt) -> Prompt:
    """The prompt in the target campaign (copied when the round goes to another campaign)."""
    if job.target_campaign_id == prompt.campaign_id:
        return prompt
    copy, _ = Prompt.objects.get_or_create(
        campaign=job.target_campaign,
        external_id=prompt.external_id,
        defaults={
            "messages": prompt.messages,
            "reference": prompt.reference,
            "meta": {**prompt.meta, "copied_from": prompt.pk},
        },
    )
    return copy


def store_pairs(job: GenerationJob, prompts: list[Prompt], candidates) -> tuple[int, int]:
    """Pairs for judges, and how many were skipped as (near-)identical.

    In an evaluation identical answers are an outcome (PROTOCOL §9): they are stored as pairs resolved
    as a tie without a judge (`auto_tie` in the pair's meta, counted in the job's `auto_ties`). In a
    training round they teach nothing and are skipped, as is an empty answer.
    """
    created = similar = ties = 0
    evaluation = Evaluation.objects.filter(generation_job=job).exists()
    with transaction.atomic():
        since = clean_texts.watermark()
        for prompt, (first, second) in zip(prompts, candidates):
            alike = similarity(first[0], second[0])
            auto_tie = evaluation and alike >= SIMILARITY_LIMIT
            if not auto_tie and (alike >= SIMILARITY_LIMIT or not first[0] or not second[0]):
                similar += 1
                continue
            home = target_prompt(job, prompt)
            round_id = f"gen{job.pk}-{prompt.external_id}"
            # Blind: which candidate becomes A is a coin keyed with the server's secret, not who
            # produced it nor anything judges see (the ids); an evaluation's pairs carry no job id.
            external_id = prompt.external_id if evaluation else round_id
            if not keyed_coin("generation.first_is_a", job.pk, prompt.pk):
                first, second = second, first
            a = Response.objects.create(prompt=home, text=first[0], source=source_name(first[1]), provenance=first[1])
            b = Response.objects.create(
                prompt=home, text=second[0], source=source_name(second[1]), provenance=second[1]
            )
            meta = {"generation_job": job.pk, "strategy": job.strategy}
            closed = {}
            if auto_tie:  # settled as a tie at once: nothing for physicians to choose between
                meta[AUTO_TIE] = {
                    "reason": "identical answers" if alike == 1.0 else "near-identical answers",
                    "similarity": round(alike, 4),
                }
                closed = {"state": PairState.CONSENSUS, "decision": "tie", "resolved_at": timezone.now()}
                ties += 1
            else:
                created += 1
            Pair.objects.create(
                campaign=job.target_campaign,
                prompt=home,
                response_a=a,
                response_b=b,
                external_id=external_id,
                meta=meta,
                **closed,
            )
        if ties:
            GenerationJob.objects.filter(pk=job.pk).update(auto_ties=F("auto_ties") + ties)
        if created or ties:
            search_index.merge_after_commit()  # the new answers' entries in the pair browser's indexes
            clean_texts.prescan_after_commit(job.target_campaign_id, since)  # the export gate's verdicts
    return created, similar


def source_name(provenance: dict) -> str:
    return provenance.get("model_name") or provenance.get("source", "")


# --- evaluations ------------------------------------------------------------------------------


RESULTS_DEFINITION = (
    "Counts are from model A's side, over the resolved pairs of the evaluation. Overall: the pair's resolved "
    "decision (the consensus of its annotators, or the latest expert decision). Per dimension: the pair's "
    "resolved scores of that dimension (the expert's when she scored the pair, otherwise the mean of the "
    "annotators' final scores), compared under the campaign margin: a win when A's score is at least the "
    "margin higher, a loss when B's is, else a tie; consensus and arbitrated pairs alike. Identical: the "
    "two answers were identical or near-identical (similarity >= 0.9), so the pair was resolved as a tie on "
    "every dimension without a judge. n = wins + ties + losses + identical; win rate = (wins + (ties + "
    "identical) / 2) / n, with its 95% Wilson interval. Excluded and unresolved pairs are not counted."
)


def create_evaluation(
    *,
    model_a: ModelVersion,
    model_b: ModelVersion,
    prompts: Campaign,
    limit: int | None = None,
    user: User | None = None,
    annotations_per_pair: int = 2,
) -> Evaluation:
    """A new campaign of blinded pairs, one answer from each version per held-out prompt.

    Its campaign is active from the start with every active annotator and expert as a member.
    The campaign gets a code name and a neutral description: judges see it, and every place that
    prints a campaign's name (pages, errors, exports) is then blind by construction.
    """
    if model_a.pk == model_b.pk:
        raise ServiceError(gettext("an evaluation compares two different model versions"))
    with transaction.atomic():
        campaign = create_campaign(
            user=user,
            name=f"evaluation-{uuid.uuid4().hex}",
            description=EVALUATION_DESCRIPTION,
            gold_rate=0.0,
            annotations_per_pair=annotations_per_pair,
        )
        job = start_generation(
            model_version=model_a,
            other_version=model_b,
            source_campaign=prompts,
            target_campaign=campaign,
            strategy=Strategy.VERSUS,
            sampling={"temperature": 0.7, "top_p": 0.9, "max_new_tokens": 256, "seed": 0},
            limit=limit,
            user=user,
        )
        evaluation = Evaluation.objects.create(
            model_a=model_a,
            model_b=model_b,
            prompts_campaign=prompts,
            campaign=campaign,
            generation_job=job,
            limit=limit,
            created_by=user,
        )
        name = EVALUATION_CODE_NAME.format(evaluation.pk)
        Campaign.objects.filter(pk=campaign.pk).update(
            name=name if not Campaign.objects.filter(name=name).exists() else f"{name} ({campaign.pk})"
        )
        campaign.refresh_from_db(fields=["name"])
        # Judges: every active annotator and expert (admins may narrow the team on the campaign's
        # page). It opens at once; its queue fills as the round writes pairs.
        membership.bulk_add(campaign=campaign, by=user)
        evaluation.campaign = lifecycle.open_for_generation(campaign=campaign, by=user, reason="evaluation")
        return evaluation


def announce_if_finished(data: dict) -> None:
    """evaluation.finished when the pair just decided was an evaluation's last undecided one (a
    webhooks listener on pair.resolved and arbitration.decided; a re-decision announces nothing)."""
    if data.get("previous_state", PairState.PENDING) not in (PairState.PENDING, PairState.DISPUTED):
        return
    evaluation = Evaluation.objects.filter(campaign_id=data["campaign"]).only("model_a", "model_b").first()
    undecided = Pair.objects.filter(campaign_id=data["campaign"], state__in=[PairState.PENDING, PairState.DISPUTED])
    if evaluation is not None and not undecided.exists():
        webhooks.emit(
            "evaluation.finished",
            {"evaluation": evaluation.pk, "campaign": data["campaign"], "model_a": evaluation.model_a_id, "model_b": evaluation.model_b_id},
        )  # fmt: skip


def side_of(pair: Pair, version_id: int) -> str | None:
    for key, response in (("a", pair.response_a), ("b", pair.response_b)):
        if response.provenance.get("model_version") == version_id:
            return key
    return None


def evaluation_outcomes(evaluation: Evaluation) -> list[dict]:
    """Per resolved pair, model A's outcome overall and per dimension, as RESULTS_DEFINITION says."""
    pairs = (
        Pair.objects.filter(
            campaign=evaluation.campaign, state__in=[PairState.CONSENSUS, PairState.ARBITRATED], is_gold=False
        )
        .select_related("campaign", "prompt", "response_a", "response_b")
        .prefetch_related(
            Prefetch("annotations", queryset=Annotation.objects.order_by("id")),
            Prefetch("arbitrations", queryset=Arbitration.objects.order_by("-created_at", "-id")),
        )
        .order_by("id")
    )
    outcomes = []
    for pair in pairs:
        ours = side_of(pair, evaluation.model_a_id)
        if ours is None:
            continue
        theirs = rules.swap_preference(ours)
        result = {
            "pair_id": pair.pk, "prompt": pair.prompt.external_id, "multi_turn": pair.prompt.is_multi_turn,
            "style": stats.style_difference(response_text(pair, ours), response_text(pair, theirs)),
        }  # fmt: skip
        if AUTO_TIE in pair.meta:
            outcomes.append(
                {
                    **result,
                    "source": "identical",
                    "overall": "identical",
                    **{d: "identical" for d in rules.DIMENSIONS},
                    "deciding_dimension": None,
                }
            )
            continue
        resolution = resolve(pair)
        if resolution is None or resolution.decision not in rules.PREFERENCES:
            continue  # an expert excluded it
        result.update(
            source=resolution.source,
            overall=score_of(resolution.decision, ours),
            deciding_dimension=resolution.deciding_dimension,
        )
        for dimension in rules.DIMENSIONS:
            preferred = rules.compare_dimension(
                resolution.scores[ours][dimension], resolution.scores[theirs][dimension], margin=pair.campaign.margin
            )
            result[dimension] = {"a": "win", "b": "loss", "tie": "tie"}[preferred]
        outcomes.append(result)
    return outcomes


def response_text(pair: Pair, key: str) -> str:
    return (pair.response_a if key == "a" else pair.response_b).text


def score_of(decision: str, ours: str) -> str:
    if decision == "tie":
        return "tie"
    return "win" if decision == ours else "loss"


def tally(outcomes: list[dict], key: str) -> dict:
    counts = defaultdict(int)
    for outcome in outcomes:
        counts[outcome[key]] += 1
    return stats.win_rate(counts["win"], counts["tie"], counts["loss"], counts["identical"])


TABLE_KEYS = (*rules.DIMENSIONS, "overall")
SUBSETS = (("all", None), ("single_turn", False), ("multi_turn", True))


def evaluation_results(evaluation: Evaluation) -> dict:
    """The results table (RESULTS_DEFINITION) for all, single- and multi-turn prompts, the position-bias
    check, and the prompts A won and lost, each with its pair."""
    outcomes = evaluation_outcomes(evaluation)
    tables = {
        name: {
            key: tally([o for o in outcomes if multi is None or o["multi_turn"] == multi], key) for key in TABLE_KEYS
        }
        for name, multi in SUBSETS
    }
    return {
        "evaluation": evaluation.pk,
        "campaign": evaluation.campaign_id,
        "code_name": EVALUATION_CODE_NAME.format(evaluation.pk),
        "model_a": {"id": evaluation.model_a_id, "name": evaluation.model_a.name},
        "model_b": {"id": evaluation.model_b_id, "name": evaluation.model_b.name},
        "definition": RESULTS_DEFINITION,
        **tables["all"],
        "by_turns": {"single_turn": tables["single_turn"], "multi_turn": tables["multi_turn"]},
        "position_bias": evaluation_position_bias(evaluation),
        "won": [judged_prompt(o) for o in outcomes if o["overall"] == "win"],
        "lost": [judged_prompt(o) for o in outcomes if o["overall"] == "loss"],
        "pending_pairs": Pair.objects.filter(
            campaign=evaluation.campaign, state__in=[PairState.PENDING, PairState.DISPUTED]
        ).count(),
    }


def judged_prompt(outcome: dict) -> dict:
    """A won or lost prompt with links to its pair: the arbitration page and the pair API (admins)."""
    pair = outcome["pair_id"]
    return {
        "pair_id": pair, "prompt": outcome["prompt"], "multi_turn": outcome["multi_turn"], "source": outcome["source"],
        "deciding_dimension": outcome["deciding_dimension"], "dimensions": {d: outcome[d] for d in rules.DIMENSIONS},
        "page": reverse("arbitration-pair", args=[pair]), "api": reverse("pair", args=[pair]),
    }  # fmt: skip


def evaluation_position_bias(evaluation: Evaluation) -> dict:
    """Did judges favour the answer on the left? Their non-tie preferences, and how often A was shown left."""
    rows = Annotation.objects.filter(pair__campaign=evaluation.campaign, pair__is_gold=False).values_list(
        "preference", "a_on_left"
    )
    shown = [a_on_left for _, a_on_left in rows if a_on_left is not None]
    left = [
        (preference == "a") == a_on_left
        for preference, a_on_left in rows
        if a_on_left is not None and preference != "tie"
    ]
    return {
        **stats.position_bias(sum(left), len(left)),
        "a_shown_left": sum(shown),
        "a_shown_right": len(shown) - sum(shown),
    }


PAPER_COLUMNS = (
    "prompts",
    "dimension",
    "n",
    "win_pct",
    "tie_pct",
    "loss_pct",
    "wins",
    "ties",
    "identical",
    "losses",
    "win_rate",
    "ci_low",
    "ci_high",
)


def paper_table(results: dict) -> list[dict]:
    """The paper's table: win/tie/loss percentages of n per dimension for all, single- and multi-turn
    prompts, with the win rate's 95% interval. Ties include identical answers (also counted apart)."""
    rows = []
    for name, _ in SUBSETS:
        table = results if name == "all" else results["by_turns"][name]
        for key in TABLE_KEYS:
            row, n = table[key], table[key]["n"]
            percent = {
                f"{k}_pct": round(100 * count / n, 1) if n else None
                for k, count in (("win", row["wins"]), ("tie", row["ties"] + row["identical"]), ("loss", row["losses"]))
            }
            rows.append({"prompts": name, "dimension": key, **row, **percent})
    return rows


def results_csv(results: dict) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=PAPER_COLUMNS, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    writer.writerows(paper_table(results))
    return out.getvalue()


def leaderboard(*, rounds: int = 200) -> dict:
    """Bradley-Terry scores of every evaluated version, overall and per dimension, raw and controlled for
    answer length and markdown, each with 95% bootstrap intervals (ties and identical answers: half a win)."""
    outcomes: dict[str, list[stats.Outcome]] = {key: [] for key in TABLE_KEYS}
    names: dict[int, str] = {}
    matches: dict[int, int] = defaultdict(int)
    points = {"win": 1.0, "tie": 0.5, "identical": 0.5, "loss": 0.0}
    for evaluation in Evaluation.objects.select_related("model_a", "model_b"):
        names[evaluation.model_a_id], names[evaluation.model_b_id] = evaluation.model_a.name, evaluation.model_b.name
        for outcome in evaluation_outcomes(evaluation):
            for key in TABLE_KEYS:
                outcomes[key].append(
                    stats.Outcome(evaluation.model_a_id, evaluation.model_b_id, points[outcome[key]], outcome["style"])
                )
            matches[evaluation.model_a_id] += 1
            matches[evaluation.model_b_id] += 1
    return {key: ranking(outcomes[key], names, matches, rounds) for key in TABLE_KEYS}


def ranking(outcomes: list[stats.Outcome], names: dict[int, str], matches: dict[int, int], rounds: int) -> dict:
    raw, controlled = stats.fit_bradley_terry(outcomes), stats.fit_bradley_terry(outcomes, with_style=True)
    raw_ci, controlled_ci = (
        stats.bootstrap_intervals(outcomes, rounds=rounds),
        stats.bootstrap_intervals(outcomes, with_style=True, rounds=rounds),
    )
    rows = [
        {
            "model_version": m,
            "name": names[m],
            "judged_pairs": matches[m],
            "score": round(score, 4),
            "ci_low": round(raw_ci[m][0], 4),
            "ci_high": round(raw_ci[m][1], 4),
            "controlled_score": round(controlled.scores[m], 4),
            "controlled_ci_low": round(controlled_ci[m][0], 4),
            "controlled_ci_high": round(controlled_ci[m][1], 4),
        }  # fmt: skip
        for m, score in raw.scores.items()
    ]
    return {
        "rows": sorted(rows, key=lambda row: -row["score"]),
        "style_coefficients": {k: round(v, 4) for k, v in controlled.style.items()},
    }
