"""The forgetting check: a model's loss on each dataset's held-out rows, before and after a job.

The runner (`training.run`) measures the held-out rows of a mixture twice in the same process:
before training, when the model is still the parent (a new LoRA adapter starts as a no-op), and
after. Loss is the mean over the assistant's tokens (those the chat template marks with
`{% generation %}`; every token when it marks none), per dataset and per kind, weighted by tokens.
A general-data loss that rises while the medical one falls is the forgetting the seed's mixture
guards against. Rows with `options` are the questions of a multiple-choice benchmark chosen for
the job: they are scored (accuracy, training.benchmark) instead, at the same two moments, and
reported beside the losses. No Django here: it runs in the training child process.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

KIND_ORDER = ("medical", "dialogue", "general")
BENCHMARK = "benchmark"


def read_rows(path: str | Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]


def conversation_loss(model, tokenizer, messages: list[dict], max_length: int) -> tuple[float, int, bool]:
    """(sum of token losses, tokens counted, whether only the assistant's tokens were counted)."""
    import torch

    encoded = tokenizer.apply_chat_template(
        messages,
        return_dict=True,
        return_assistant_tokens_mask=True,
        truncation=True,
        max_length=max_length,
        return_tensors="pt",
    )
    input_ids = encoded["input_ids"].to(model.device)
    mask = torch.as_tensor(encoded["assistant_masks"]).reshape(input_ids.shape).to(model.device)
    assistant_only = bool(mask.any())
    labels = input_ids.masked_fill(mask == 0, -100) if assistant_only else input_ids.clone()
    counted = int((labels[:, 1:] != -100).sum())
    if counted == 0:
        return 0.0, 0, assistant_only
    with torch.no_grad():
        loss = model(input_ids=input_ids, labels=labels).loss.float().item()
    return loss * counted, counted, assistant_only


def measure(model, tokenizer, rows: list[dict], *, max_length: int) -> dict[str, dict[str, Any]]:
    """{dataset: {kind, rows, tokens, loss}} over the held-out rows (each has messages, source, kind),
    and {benchmark: {kind: "benchmark", rows, acc, acc_norm, loss: None}} over the questions."""
    was_training = model.training
    model.eval()
    totals: dict[str, dict[str, Any]] = {}
    questions: dict[str, list[dict]] = {}
    for row in rows:
        if "options" in row:
            questions.setdefault(row["source"], []).append(row)
            continue
        loss, tokens, assistant_only = conversation_loss(model, tokenizer, row["messages"], max_length)
        entry = totals.setdefault(
            row["source"], {"kind": row["kind"], "rows": 0, "tokens": 0, "sum": 0.0, "assistant_only": True}
        )
        entry["rows"] += 1
        entry["tokens"] += tokens
        entry["sum"] += loss
        entry["assistant_only"] &= assistant_only
    scores = {}
    if questions:
        from training.benchmark import score

        scores = {
            name: {
                "kind": BENCHMARK,
                "rows": found["questions"],
                "acc": found["acc"],
                "acc_norm": found["acc_norm"],
                "loss": None,
            }
            for name, found in score(model, tokenizer, questions).items()
        }
    if was_training:
        model.train()
    return scores | {
        name: {
            "kind": e["kind"],
            "rows": e["rows"],
            "tokens": e["tokens"],
            "sum": e["sum"],
            "loss": e["sum"] / e["tokens"] if e["tokens"] else None,
            "assistant_only": e["assistant_only"],
        }
        for name, e in totals.items()
    }


def rounded(value: float | None) -> float | None:
    return round(value, 5) if value is not None and math.isfinite(value) else None


def table(parent: dict[str, dict], new: dict[str, dict]) -> dict[str, list[dict[str, Any]]]:
    """The forgetting table: per dataset and per kind, the parent's loss, the new version's and the
    change; with benchmarks, their accuracy (`benchmarks`) the same way."""
    benchmarks = [
        benchmark_row(name, parent[name], new.get(name, {}))
        for name in sorted(n for n in parent if parent[n]["kind"] == BENCHMARK)
    ]
    parent = {n: e for n, e in parent.items() if e["kind"] != BENCHMARK}
    datasets = []
    for name in sorted(parent, key=lambda n: (kind_rank(parent[n]["kind"]), n)):
        before, after = parent[name], new.get(name, {})
        datasets.append(row(name, before["kind"], before["rows"], before["loss"], after.get("loss")))
    kinds = []
    for kind in sorted({e["kind"] for e in parent.values()}, key=kind_rank):
        members = [n for n in parent if parent[n]["kind"] == kind]
        kinds.append(
            row(
                kind,
                kind,
                sum(parent[n]["rows"] for n in members),
                pooled([parent[n] for n in members]),
                pooled([new[n] for n in members if n in new]),
            )
        )
    return {"datasets": datasets, "kinds": kinds} | ({"benchmarks": benchmarks} if benchmarks else {})


def benchmark_row(name: str, before: dict, after: dict) -> dict[str, Any]:
    """A benchmark's accuracy (acc, and acc_norm: per byte of option) for the parent and the new version."""
    result: dict[str, Any] = {"name": name, "questions": before["rows"]}
    for metric in ("acc", "acc_norm"):
        old, new = before.get(metric), after.get(metric)
        result[metric] = {
            "parent": rounded(old),
            "new": rounded(new),
            "change": rounded(new - old) if old is not None and new is not None else None,
        }
    return result


def row(name: str, kind: str, rows: int, before: float | None, after: float | None) -> dict[str, Any]:
    change = after - before if before is not None and after is not None else None
    return {
        "name": name,
        "kind": kind,
        "rows": rows,
        "parent": rounded(before),
        "new": rounded(after),
        "change": rounded(change),
    }


def pooled(entries: list[dict]) -> float | None:
    """Token-weighted loss over datasets: the loss of their rows taken together."""
    tokens = sum(e["tokens"] for e in entries)
    return sum(e["sum"] for e in entries) / tokens if tokens else None


def kind_rank(kind: str) -> tuple[int, str]:
    return (KIND_ORDER.index(kind) if kind in KIND_ORDER else len(KIND_ORDER), kind)


def kind_losses(heldout: dict) -> dict[str, float | None]:
    """{kind: the new version's loss} from a job's stored table (what a sweep charts)."""
    return {entry["kind"]: entry["new"] for entry in heldout.get("kinds", [])}
