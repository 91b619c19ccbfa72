"""Raw annotation export: one row per annotation with every field, for the team's own analysis.

Unlike a snapshot (resolved pairs as training data, PROTOCOL §8) this is the labels as they were
made: scores, what the priority rule derived, the order the answers were shown in, time spent,
flags, how often she revised, and the guideline version and settings she worked under.

Rows are read in chunks bounded by annotation id (one query per chunk, no server-side cursor), so
memory stays flat however many annotations there are, and a download can be streamed.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from typing import Any

from django.db.models import Count, IntegerField, OuterRef, Subquery
from django.db.models.functions import Coalesce

from annotation.models import Annotation, AnnotationRevision, Campaign
from annotation.ranking import letter

CHUNK = 2000

#: The columns, in order. `display_order` is "ab" when A was shown on the left, "ba" when B was,
#: empty when unknown; for a ranking item it is the candidates' letters in the order shown ("cabd":
#: C first). `revisions` counts the earlier versions kept (0: never revised). Ranking items (PROTOCOL
#: §10) also fill `candidate_scores` (a list by position of {safety, professionalism, fluency}) and
#: `ranking` (tiers of positions, best first); the A/B columns are candidates A and B. Both are
#: empty for pairs.
FIELDS = (
    "annotation_id",
    "campaign_id",
    "campaign",
    "pair_id",
    "pair_external_id",
    "prompt_external_id",
    "pair_state",
    "is_gold",
    "annotator",
    "a_safety",
    "a_professionalism",
    "a_fluency",
    "b_safety",
    "b_professionalism",
    "b_fluency",
    "preference",
    "deciding_dimension",
    "a_unsafe",
    "b_unsafe",
    "display_order",
    "rationale",
    "flags",
    "seconds_spent",
    "revision",
    "revisions",
    "guideline_version",
    "settings",
    "client_id",
    "created_at",
    "updated_at",
    "candidate_scores",
    "ranking",
)

FORMATS = ("csv", "jsonl")


def annotations_of(campaigns: Iterable[Campaign] | None) -> Any:
    """The annotations to export (all campaigns when None), with what each row reads."""
    annotations = Annotation.objects.all()
    if campaigns is not None:
        annotations = annotations.filter(pair__campaign__in=list(campaigns))
    revisions = (
        AnnotationRevision.objects.filter(annotation=OuterRef("pk"))
        .order_by()
        .values("annotation")
        .annotate(n=Count("id"))
        .values("n")
    )
    return annotations.annotate(
        revisions_kept=Coalesce(Subquery(revisions, output_field=IntegerField()), 0)
    ).values_list(
        "pk",
        "pair__campaign_id",
        "pair__campaign__name",
        "pair_id",
        "pair__external_id",
        "pair__prompt__external_id",
        "pair__state",
        "pair__is_gold",
        "annotator__username",
        "a_safety",
        "a_professionalism",
        "a_fluency",
        "b_safety",
        "b_professionalism",
        "b_fluency",
        "preference",
        "deciding_dimension",
        "a_unsafe",
        "b_unsafe",
        "a_on_left",
        "rationale",
        "flags",
        "seconds_spent",
        "revision",
        "revisions_kept",
        "settings",
        "client_id",
        "created_at",
        "updated_at",
        "candidate_scores",
        "ranking",
        "display_order",
    )


def rows(campaigns: Iterable[Campaign] | None = None, *, chunk: int = CHUNK) -> Iterator[dict]:
    """Every annotation of these campaigns as a dict keyed by FIELDS, in id order."""
    after = 0
    while True:
        batch = list(annotations_of(campaigns).filter(pk__gt=after).order_by("pk")[:chunk])
        for values in batch:
            yield row(values)
        if len(batch) < chunk:
            return
        after = batch[-1][0]


def row(values: tuple) -> dict:
    (
        pk,
        campaign_id,
        campaign,
        pair_id,
        pair_external_id,
        prompt_external_id,
        pair_state,
        is_gold,
        annotator,
        *scores,
        preference,
        deciding_dimension,
        a_unsafe,
        b_unsafe,
        a_on_left,
        rationale,
        flags,
        seconds_spent,
        revision,
        revisions,
        settings,
        client_id,
        created_at,
        updated_at,
        candidate_scores,
        ranking,
        shown,
    ) = values
    return dict(
        zip(
            FIELDS,
            (
                pk,
                campaign_id,
                campaign,
                pair_id,
                pair_external_id,
                prompt_external_id,
                pair_state,
                is_gold,
                annotator,
                *scores,
                preference,
                deciding_dimension,
                a_unsafe,
                b_unsafe,
                shown_order(a_on_left, shown, ranked=bool(candidate_scores)),
                rationale,
                flags,
                seconds_spent,
                revision,
                revisions,
                (settings or {}).get("guideline_version"),
                settings,
                str(client_id),
                created_at.isoformat(),
                updated_at.isoformat(),
                candidate_scores or [],
                ranking or [],
            ),
        )
    )


def shown_order(a_on_left: bool | None, shown: list[int] | None, *, ranked: bool) -> str:
    """ "ab"/"ba" for a pair; a ranking item's letters in the order shown (empty when unknown)."""
    if ranked:
        return "".join(letter(position).lower() for position in shown or [])
    return "" if a_on_left is None else ("ab" if a_on_left else "ba")


def jsonl_lines(source: Iterable[dict]) -> Iterator[str]:
    for item in source:
        yield json.dumps(item, ensure_ascii=False) + "\n"


class _Line:
    """csv.writer's file: hands back each line it writes instead of storing it."""

    def write(self, text: str) -> str:
        return text


#: A spreadsheet runs a cell that starts with one of these as a formula; rationales are free text.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def csv_lines(source: Iterable[dict]) -> Iterator[str]:
    """A header, then one line per row; lists and settings as JSON, text guarded against formulas."""
    writer = csv.writer(_Line())
    yield writer.writerow(FIELDS)
    for item in source:
        yield writer.writerow([csv_cell(item[name]) for name in FIELDS])


def lines(fmt: str, campaigns: Iterable[Campaign] | None = None) -> Iterator[str]:
    """The export in `fmt` (csv or jsonl), one line at a time."""
    source = rows(campaigns)
    return csv_lines(source) if fmt == "csv" else jsonl_lines(source)
