"""Snapshots: immutable, versioned exports of resolved pairs for DPO or SFT (PROTOCOL §8).

Rows are ordered by pair id and serialised with sorted keys, so the same inputs give the same
bytes and the same sha256; only the manifest's creation time differs between two exports.
"""
from __future__ import annotations

import hashlib
import json
import logging
from collections import Counter
from dataclasses import dataclass
from statistics import fmean

from django.db import IntegrityError, transaction
from django.db.models import Max, Prefetch

from annotation import rules
from annotation.deid import VERSION as DEID_VERSION
from annotation.deid import residual
from annotation.errors import ServiceError
from annotation.models import AUTO_TIE, Annotation, Arbitration, Campaign, Pair, PairState, Snapshot, SnapshotKind, User

logger = logging.getLogger(__name__)
DEFAULT_FILTERS = {"sources": ["consensus", "arbitration"], "include_unsafe_chosen": False}
SOURCES = {PairState.CONSENSUS: "consensus", PairState.ARBITRATED: "arbitration"}


@dataclass(frozen=True)
class Resolution:
    """The final word on one resolved pair: which response won, with what scores and why."""

    pair: Pair
    source: str
    decision: str
    scores: dict[str, dict[str, float]]
    deciding_dimension: str | None
    corrected_response: str

    @property
    def chosen_key(self) -> str:
        return self.decision

    @property
    def rejected_key(self) -> str:
        return rules.swap_preference(self.decision)

    def chosen_text(self) -> str:
        return self.corrected_response or response_text(self.pair, self.chosen_key)

    def chosen_unsafe(self) -> bool:
        return self.scores[self.chosen_key]["safety"] <= self.pair.campaign.safety_gate


def response_text(pair: Pair, key: str) -> str:
    return (pair.response_a if key == "a" else pair.response_b).text


def mean_scores(annotations: list[Annotation]) -> dict[str, dict[str, float]]:
    return {
        key: {dimension: round(fmean(getattr(a, f"{key}_{dimension}") for a in annotations), 2) for dimension in rules.DIMENSIONS}
        for key in ("a", "b")
    }


def resolve(pair: Pair) -> Resolution | None:
    """How a consensus or arbitrated pair was decided; None for any other state."""
    annotations = list(pair.annotations.all())
    if pair.state == PairState.CONSENSUS:
        judgements = [a.judgement() for a in annotations]
        return Resolution(pair, "consensus", pair.decision, mean_scores(annotations), rules.majority_deciding_dimension(judgements, pair.decision), "")
    if pair.state == PairState.ARBITRATED:
        arbitration = pair.arbitrations.all()[0]  # latest first (model ordering)
        expert_scores = arbitration.scores_dict()
        if expert_scores:
            judgement = rules.judge(arbitration.scores("a"), arbitration.scores("b"), safety_gate=pair.campaign.safety_gate, margin=pair.campaign.margin)
            deciding = judgement.deciding_dimension
        else:
            deciding = None
        scores = {k: {d: float(v) for d, v in s.items()} for k, s in expert_scores.items()} if expert_scores else mean_scores(annotations)
        return Resolution(pair, "arbitration", arbitration.decision, scores, deciding, arbitration.corrected_response)
    return None


def resolved_pairs(campaigns: list[Campaign]):
    return (
        Pair.objects.filter(campaign__in=campaigns, state__in=list(SOURCES), is_gold=False)
        .exclude(meta__has_key=AUTO_TIE)
        .select_related("campaign", "prompt", "response_a", "response_b")
        .prefetch_related(Prefetch("annotations", queryset=Annotation.objects.order_by("id")), Prefetch("arbitrations", queryset=Arbitration.objects.order_by("-created_at", "-id")))
        .order_by("id")
    )


def dpo_rows(resolutions: list[Resolution], filters: dict, skipped: dict[str, int]) -> list[dict]:
    rows = []
    for r in resolutions:
        if r.decision not in ("a", "b"):
            skipped["tie_or_excluded"] += 1
        elif r.chosen_unsafe() and not filters["include_unsafe_chosen"]:
            skipped["chosen_unsafe"] += 1
        else:
            rows.append(
                {
                    "pair_id": r.pair.pk,
                    "campaign_id": r.pair.campaign_id,
                    "prompt": r.pair.prompt.messages,
                    "chosen": [{"role": "assistant", "content": r.chosen_text()}],
                    "rejected": [{"role": "assistant", "content": response_text(r.pair, r.rejected_key)}],
                    "source": r.source,
                    "scores": {"chosen": r.scores[r.chosen_key], "rejected": r.scores[r.rejected_key]},
                    "deciding_dimension": r.deciding_dimension,
                    "expert_written": bool(r.corrected_response),
                }
            )
    return rows


def sft_rows(resolutions: list[Resolution], filters: dict, skipped: dict[str, int]) -> list[dict]:
    rows = []
    for r in resolutions:
        if r.corrected_response:
            text, source = r.corrected_response, "expert"
        elif r.decision not in ("a", "b"):
            skipped["tie_or_excluded"] += 1
            continue
        elif r.chosen_unsafe() and not filters["include_unsafe_chosen"]:
            skipped["chosen_unsafe"] += 1
            continue
        elif r.scores[r.chosen_key]["professionalism"] < r.pair.campaign.sft_min_professionalism:
            skipped["below_min_professionalism"] += 1
            continue
        else:
            text, source = response_text(r.pair, r.chosen_key), r.source
        rows.append({"pair_id": r.pair.pk, "campaign_id": r.pair.campaign_id, "messages": [*r.pair.prompt.messages, {"role": "assistant", "content": text}], "source": source})
    return rows


def serialise(rows: list[dict]) -> bytes:
    return "".join(json.dumps(row, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n" for row in rows).encode("utf-8")


def clean_filters(filters: dict | None) -> dict:
    filters = {**DEFAULT_FILTERS, **(filters or {})}
    unknown = set(filters) - set(DEFAULT_FILTERS)
    if unknown:
        raise ServiceError(f"unknown snapshot filter(s): {', '.join(sorted(unknown))}; known: {', '.join(DEFAULT_FILTERS)}")
    sources = filters["sources"]
    if not isinstance(sources, list) or not sources or not set(sources) <= set(SOURCES.values()):
        raise ServiceError("filters.sources must be a non-empty list of 'consensus' and/or 'arbitration'")
    if not isinstance(filters["include_unsafe_chosen"], bool):
        raise ServiceError("filters.include_unsafe_chosen must be true or false")
    return {"sources": sorted(set(sources)), "include_unsafe_chosen": filters["include_unsafe_chosen"]}


def build_rows(*, campaigns: list[Campaign], kind: str, filters: dict) -> tuple[list[dict], dict[str, int]]:
    skipped = {"tie_or_excluded": 0, "chosen_unsafe": 0, "below_min_professionalism": 0}
    resolutions = [r for r in map(resolve, resolved_pairs(campaigns)) if r is not None and r.source in filters["sources"]]
    rows = dpo_rows(resolutions, filters, skipped) if kind == SnapshotKind.DPO else sft_rows(resolutions, filters, skipped)
    return rows, {"resolved_pairs": len(resolutions), **skipped}


def row_texts(row: dict) -> list[str]:
    """Every text of a DPO or SFT row: the prompt's turns and the answers."""
    messages = [*row.get("prompt", []), *row.get("chosen", []), *row.get("rejected", []), *row.get("messages", [])]
    return [m["content"] for m in messages if isinstance(m.get("content"), str)]


def residual_detections(rows: list[dict]) -> dict:
    """Re-scan the rows about to be exported (PROTOCOL §7): what the scrubber would still replace.

    Texts were scrubbed when they came in, but an older scrubber, a generated answer or a text
    stored another way may still hold an identifier: this is the last check before training data.
    """
    counts: Counter = Counter()
    pairs: list[int] = []
    for row in rows:
        found = residual(row_texts(row))
        if found:
            counts.update(d.kind for d in found)
            pairs.append(row["pair_id"])
    return {"scrubber_version": DEID_VERSION, "residual_detections": sum(counts.values()), "by_kind": dict(sorted(counts.items())), "pair_ids": pairs[:50]}


def create_snapshot(
    *, campaigns: list[Campaign], kind: str, filters: dict | None = None, user: User | None = None, accept_residual: bool = False
) -> Snapshot:
    """Export the resolved pairs of `campaigns` as a new snapshot version.

    Refused while the re-scan finds identifiers, unless the admin accepts them (`accept_residual`).
    """
    if kind not in SnapshotKind.values:
        raise ServiceError("kind must be 'dpo' or 'sft'")
    if not campaigns:
        raise ServiceError("choose at least one campaign")
    filters = clean_filters(filters)
    campaigns = sorted(campaigns, key=lambda c: c.pk)
    rows, counts = build_rows(campaigns=campaigns, kind=kind, filters=filters)
    deidentification = residual_detections(rows)
    found = deidentification["residual_detections"]
    if found:
        reason = (
            f"the de-identification re-scan (scrubber {DEID_VERSION}) still finds {found} possible identifier(s) "
            f"({', '.join(f'{k} {n}' for k, n in deidentification['by_kind'].items())}) in pairs {', '.join(map(str, deidentification['pair_ids'][:10]))}"
        )
        if not accept_residual:
            logger.warning("snapshot refused: %s", reason)
            raise ServiceError(f"Snapshot refused: {reason}. Review those pairs, or accept the residual detections explicitly to export anyway.")
        logger.warning("snapshot exported with residual detections accepted by %s: %s", user.username if user else "a script", reason)
    deidentification["accepted_by"] = (user.username if user else "script") if found else None
    data = serialise(rows)
    sha256 = hashlib.sha256(data).hexdigest()
    for _ in range(3):
        try:
            with transaction.atomic():
                version = (Snapshot.objects.filter(kind=kind).aggregate(v=Max("version"))["v"] or 0) + 1
                snapshot = Snapshot.objects.create(kind=kind, version=version, filters=filters, sha256=sha256, row_count=len(rows), data=data, created_by=user)
                snapshot.campaigns.set(campaigns)
                snapshot.manifest = {
                    "name": snapshot.name,
                    "kind": kind,
                    "version": version,
                    "format": "trl-conversational-preference" if kind == SnapshotKind.DPO else "trl-conversational-messages",
                    "campaigns": [{"id": c.pk, "name": c.name, "settings": c.rule_settings()} for c in campaigns],
                    "filters": filters,
                    "counts": {"rows": len(rows), **counts},
                    "deidentification": deidentification,
                    "sha256": sha256,
                    "bytes": len(data),
                    "created_at": snapshot.created_at.isoformat(),
                    "created_by": user.username if user else None,
                }
                snapshot.save(update_fields=["manifest"])
                return snapshot
        except IntegrityError:
            continue  # another export took this version number meanwhile
    raise ServiceError("could not allocate a snapshot version; try again")
