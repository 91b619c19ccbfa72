"""The arithmetic of an SFT data mixture: deduplicate, split off held-out rows, size and sample each
dataset, and serialise the result to bytes that depend on nothing but the inputs and the seed.

Pure functions on rows in memory (no database, no files): `training.services` reads the datasets
and stores what `freeze` returns. A row is `{"messages": [...], "tokens": int | None}`.

How much of each dataset goes in (`basis` "rows" or "tokens", counted on its training part, after
deduplication and the held-out split):
- a `weight` w takes w times the dataset (2.0 repeats it twice, 0.5 samples half of it);
- a `share` p makes the dataset p of the whole mixture. Shares add up to at most 1; weighted
  datasets fill the rest in proportion to their weighted sizes. With shares only, they must add up
  to 1, and the mixture is the largest that repeats no row (unless `total` is given).
- `total` (rows or tokens) scales the whole mixture to that size.
A dataset goes in whole as often as its target allows, then a seeded sample of its rows makes up
the rest: repeated rows are upsampling, a partial sample is downsampling.

Duplicates across datasets (and within one) are dropped before anything else, the first
occurrence in component order winning: exactly equal conversations, and near-duplicates, equal
once case, width, whitespace and punctuation are ignored (`near_text`). The held-out split of a
dataset depends only on its rows after deduplication and the seed, never on shares or weights: the
runs of a ratio sweep are evaluated on the same held-out rows.
"""

from __future__ import annotations

import hashlib
import json
import math
import random
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from medpref.core.i18n import gettext

BASES = ("rows", "tokens")
FORMAT_VERSION = 1
SHARE_TOLERANCE = 1e-6
NOT_WORD = re.compile(r"[\W_]+", re.UNICODE)


class MixtureError(ValueError):
    """A mixture that cannot be built, saying which dataset or setting is wrong."""


@dataclass
class Component:
    """One dataset in a mixture: its rows and either a weight or a target share."""

    name: str
    kind: str
    rows: list[dict[str, Any]]
    weight: float | None = None
    share: float | None = None
    sha256: str = ""


@dataclass
class Frozen:
    """What `freeze` builds: the training rows, the held-out rows and the manifest describing them."""

    train: bytes
    heldout: bytes
    manifest: dict[str, Any]
    train_rows: list[dict[str, Any]] = field(default_factory=list)
    heldout_rows: list[dict[str, Any]] = field(default_factory=list)


def canonical(value: Any) -> str:
    """One JSON text per value: sorted keys, no spaces, UTF-8 as is."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def exact_key(messages: list[dict]) -> str:
    return digest(canonical([[m["role"], m["content"]] for m in messages]))


def near_text(messages: list[dict]) -> str:
    """The conversation's texts with width folded (NFKC), case folded, and whitespace and punctuation removed."""
    text = unicodedata.normalize("NFKC", "\n".join(m["content"] for m in messages)).casefold()
    return NOT_WORD.sub("", text)


def near_key(messages: list[dict]) -> str:
    return digest(near_text(messages))


def seeded(seed: int, *parts: Any) -> random.Random:
    """A generator seeded by `seed` and `parts` (a str seed is hashed with SHA-512: stable across processes)."""
    return random.Random(canonical([seed, *parts]))


def deduplicate(components: list[Component]) -> tuple[list[list[dict]], list[dict[str, int]]]:
    """Each component's rows without the exact and near-duplicates of rows seen before (in
    component order, then row order), and how many of each kind were dropped per component."""
    exact_seen: set[str] = set()
    near_seen: set[str] = set()
    kept: list[list[dict]] = []
    dropped: list[dict[str, int]] = []
    for component in components:
        rows, counts = [], {"exact_duplicates": 0, "near_duplicates": 0}
        for row in component.rows:
            exact, near = exact_key(row["messages"]), near_key(row["messages"])
            if exact in exact_seen:
                counts["exact_duplicates"] += 1
            elif near in near_seen:
                counts["near_duplicates"] += 1
            else:
                rows.append(row)
            exact_seen.add(exact)
            near_seen.add(near)
        kept.append(rows)
        dropped.append(counts)
    return kept, dropped


def heldout_size(rows: int, fraction: float, maximum: int) -> int:
    """Rows held out of `rows`: the fraction rounded, at least one while a training row remains."""
    if fraction <= 0 or rows < 2:
        return 0
    return max(1, min(maximum, round(rows * fraction), rows - 1))


def split_heldout(rows: list[dict], *, fraction: float, maximum: int, seed: int) -> tuple[list[dict], list[dict]]:
    """(training rows, held-out rows): the held-out ones are those whose seeded hash is smallest,
    so the split depends on the rows and the seed only, not on their order."""
    count = heldout_size(len(rows), fraction, maximum)
    ranked = sorted(range(len(rows)), key=lambda i: digest(f"{seed}:{exact_key(rows[i]['messages'])}"))
    chosen = set(ranked[:count])
    train = [row for i, row in enumerate(rows) if i not in chosen]
    heldout = [rows[i] for i in sorted(chosen)]
    return train, heldout


def size(rows: list[dict], basis: str) -> int:
    return len(rows) if basis == "rows" else sum(row["tokens"] for row in rows)


def targets(
    sizes: list[int], weights: list[float | None], shares: list[float | None], *, total: int | None = None
) -> list[float]:
    """How many units (rows or tokens) of each dataset the mixture holds; see the module docstring."""
    for index, (weight, share) in enumerate(zip(weights, shares)):
        if (weight is None) == (share is None):
            raise MixtureError(gettext("component %(n)s: give either a weight or a share") % {"n": index + 1})
        if weight is not None and not (math.isfinite(weight) and weight >= 0):
            raise MixtureError(gettext("component %(n)s: the weight must be 0 or more") % {"n": index + 1})
        if share is not None and not (math.isfinite(share) and 0 <= share <= 1):
            raise MixtureError(gettext("component %(n)s: the share must be between 0 and 1") % {"n": index + 1})
    shared = sum(s for s in shares if s is not None)
    weighted = sum(w * n for w, n in zip(weights, sizes) if w is not None)
    has_weights = any(w is not None for w in weights)
    if shared > 1 + SHARE_TOLERANCE:
        raise MixtureError(gettext("the shares add up to %(sum)s, more than 1") % {"sum": round(shared, 6)})
    if not has_weights and abs(shared - 1) > SHARE_TOLERANCE:
        raise MixtureError(
            gettext("the shares add up to %(sum)s; without weighted datasets they must add up to 1")
            % {"sum": round(shared, 6)}
        )
    for index, (share, available) in enumerate(zip(shares, sizes)):
        if share and available == 0:
            raise MixtureError(gettext("component %(n)s has a share but no training rows left") % {"n": index + 1})
    if total is not None:
        whole = float(total)
    elif has_weights:
        if weighted and shared >= 1 - SHARE_TOLERANCE:
            raise MixtureError(gettext("the shares add up to 1: there is no room left for the weighted datasets"))
        whole = weighted / (1 - shared) if shared < 1 else 0.0
    else:  # shares only: the largest mixture that repeats no row
        whole = min(available / share for share, available in zip(shares, sizes) if share)
    rest = whole * (1 - shared)
    return [
        share * whole if share is not None else (weight * available * rest / weighted if weighted else 0.0)
        for weight, share, available in zip(weights, shares, sizes)
    ]


def apportion(values: list[float], total: int) -> list[int]:
    """Whole numbers adding up to `total`, each within 1 of its value (largest remainders win;
    ties go to the earlier value)."""
    floors = [math.floor(v) for v in values]
    missing = total - sum(floors)
    order = sorted(range(len(values)), key=lambda i: (-(values[i] - floors[i]), i))
    for i in order[: max(0, missing)]:
        floors[i] += 1
    return floors


def sample_rows(rows: list[dict], count: int, rng: random.Random) -> list[dict]:
    """`count` rows: every row as many whole times as fit, then a sample without repetition."""
    if not rows or count <= 0:
        return []
    whole, rest = divmod(count, len(rows))
    return rows * whole + rng.sample(rows, rest)


def sample_tokens(rows: list[dict], target: float, rng: random.Random) -> list[dict]:
    """Rows whose tokens add up as close to `target` as whole rows allow: whole passes, then rows
    in a seeded order while adding one brings the sum closer."""
    available = size(rows, "tokens")
    if not rows or target <= 0 or available == 0:
        return []
    whole = int(target // available)
    chosen = rows * whole
    reached = whole * available
    for row in rng.sample(rows, len(rows)):
        if reached + row["tokens"] / 2 > target:
            continue
        chosen.append(row)
        reached += row["tokens"]
    return chosen


def jsonl(rows: list[dict]) -> bytes:
    return "".join(canonical(row) + "\n" for row in rows).encode("utf-8")


def freeze(
    components: list[Component],
    *,
    basis: str = "rows",
    seed: int = 0,
    heldout_fraction: float = 0.1,
    heldout_max: int = 200,
    total: int | None = None,
) -> Frozen:
    """The mixture of `components` as training and held-out JSONL bytes plus a manifest; the same
    inputs give the same bytes."""
    if basis not in BASES:
        raise MixtureError(gettext("basis must be one of %(bases)s") % {"bases": ", ".join(BASES)})
    if not components:
        raise MixtureError(gettext("a mixture needs at least one dataset"))
    names = [c.name for c in components]
    if len(set(names)) != len(names):
        raise MixtureError(gettext("a dataset appears twice in the mixture"))
    if not 0 <= heldout_fraction < 1:
        raise MixtureError(gettext("the held-out fraction must be in [0, 1)"))
    if total is not None and total <= 0:
        raise MixtureError(gettext("the total must be positive"))
    if basis == "tokens":
        for component in components:
            if any(row.get("tokens") is None for row in component.rows):
                raise MixtureError(
                    gettext("dataset %(name)s has rows without token counts; a token mixture needs a tokenizer")
                    % {"name": component.name}
                )
    kept, dropped = deduplicate(components)
    pools, heldouts = [], []
    for rows in kept:
        train, heldout = split_heldout(rows, fraction=heldout_fraction, maximum=heldout_max, seed=seed)
        pools.append(train)
        heldouts.append(heldout)
    sizes = [size(pool, basis) for pool in pools]
    wanted = targets(sizes, [c.weight for c in components], [c.share for c in components], total=total)
    if basis == "rows":
        counts = apportion(wanted, round(sum(wanted)))
        picked = [
            sample_rows(pool, count, seeded(seed, "sample", c.name))
            for c, pool, count in zip(components, pools, counts)
        ]
    else:
        picked = [
            sample_tokens(pool, target, seeded(seed, "sample", c.name))
            for c, pool, target in zip(components, pools, wanted)
        ]
    train_rows = [
        {"messages": row["messages"], "source": c.name} for c, rows in zip(components, picked) for row in rows
    ]
    if not train_rows:
        raise MixtureError(gettext("the mixture holds no training rows"))
    seeded(seed, "order").shuffle(train_rows)
    heldout_rows = [
        {"messages": row["messages"], "source": c.name, "kind": c.kind}
        for c, rows in zip(components, heldouts)
        for row in rows
    ]
    train, heldout = jsonl(train_rows), jsonl(heldout_rows)
    has_tokens = all(row.get("tokens") is not None for c in components for row in c.rows)
    total_rows = len(train_rows)
    total_tokens = sum(size(rows, "tokens") for rows in picked) if has_tokens else None
    sources = []
    for c, rows, pool, held, removed, target in zip(components, picked, pools, heldouts, dropped, wanted):
        tokens = size(rows, "tokens") if has_tokens else None
        sources.append(
            {
                "name": c.name,
                "kind": c.kind,
                "sha256": c.sha256,
                "weight": c.weight,
                "share_target": c.share,
                "rows_in": len(c.rows),
                **removed,
                "heldout_rows": len(held),
                "pool_rows": len(pool),
                "target": round(target, 3),
                "rows": len(rows),
                "tokens": tokens,
                "times_used": round(len(rows) / len(pool), 4) if pool else 0.0,
                "share_rows": round(len(rows) / total_rows, 6),
                "share_tokens": round(tokens / total_tokens, 6) if total_tokens else None,
            }
        )
    manifest = {
        "format": FORMAT_VERSION,
        "basis": basis,
        "seed": seed,
        "heldout_fraction": heldout_fraction,
        "heldout_max": heldout_max,
        "total_requested": total,
        "sources": sources,
        "train": {"rows": total_rows, "tokens": total_tokens, "sha256": hashlib.sha256(train).hexdigest()},
        "heldout": {"rows": len(heldout_rows), "sha256": hashlib.sha256(heldout).hexdigest()},
    }
    return Frozen(train=train, heldout=heldout, manifest=manifest, train_rows=train_rows, heldout_rows=heldout_rows)


def with_general_share(components: list[Component], general_share: float, *, general_kind: str) -> list[Component]:
    """The same datasets with the general ones holding `general_share` of the mixture and the
    others the rest, each group keeping its datasets' relative sizes: the one change a ratio sweep
    makes. Relative size is the dataset's share, else its weight times its row count."""
    if not 0 <= general_share < 1:
        raise MixtureError(gettext("the general share must be in [0, 1)"))
    general = [c for c in components if c.kind == general_kind]
    other = [c for c in components if c.kind != general_kind]
    if not other:
        raise MixtureError(gettext("a sweep needs at least one dataset that is not general"))
    if general_share and not general:
        raise MixtureError(gettext("a sweep over the general share needs a general dataset"))

    def relative(group: list[Component]) -> list[float]:
        values = [c.share if c.share is not None else (c.weight or 0) * len(c.rows) for c in group]
        whole = sum(values)
        return [v / whole if whole else 1 / len(group) for v in values]

    result = []
    for group, share in ((general, general_share), (other, 1 - general_share)):
        for component, part in zip(group, relative(group)):
            result.append(
                Component(component.name, component.kind, component.rows, None, share * part, component.sha256)
            )
    order = {c.name: i for i, c in enumerate(components)}
    return sorted(result, key=lambda c: order[c.name])
