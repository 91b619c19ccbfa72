"""Multiple-choice benchmarks for the forgetting check: reading the user's file, and scoring a model.

A benchmark file is JSONL or a JSON array (Parquet too), one question a row, in one of the usual
layouts, decided per row by its keys:
- `question` + `options` + `answer`: options {"A": text, ...}, a list of texts (labelled A, B, ...)
  or of {label, text} (the stored layout); answer the letter (or a list's 0-based index);
- MedQA: `question` + `options` + `answer_idx` (the letter; MedQA's `answer` holds the answer's text);
- CMExam: `Question` + `Options` + `Answer`, the options one a line, "A xxx" (also "A. xxx", "A、xxx").
Every row becomes `{"question", "options": [{"label", "text"}, ...], "answer": label}`, checked
like imported texts and de-identified as one conversation (a case vignette may name a patient). A
file with any bad row is refused whole, each problem with its line and field.

Scoring is lm-evaluation-harness (`lm_eval`) on the model already in memory: a multiple-choice task
whose context is the question as the user's turn (through the chat template when the tokenizer has
one) and whose choices are the options' texts, so each option is scored by its log-likelihood
given the question. `acc` picks the most likely option, `acc_norm` the most likely per byte of
option text (lm-eval's length normalisation). No Django in the scoring: it runs in the training
child process (training.forgetting).
"""

from __future__ import annotations

import json
import os
import re
import string
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

from django.utils.translation import gettext

from annotation.deid import scrub_conversation
from annotation.formats import RowInvalid
from training.datasets import ParsedFile, read_rows

LABELS = string.ascii_uppercase
MAX_OPTIONS = 10
# "A xxx", "A. xxx", "A、xxx", "(A) xxx", "A：xxx" at the start of a line of CMExam's Options.
OPTION_LINE = re.compile(r"^\s*\(?([A-Za-z])(?:\)\s*|\s*[.．、:：]\s*|\s+)(.+?)\s*$")


def layout_of(row: dict) -> str:
    if "Question" in row and "Options" in row:
        return "cmexam"
    if "question" in row and "options" in row:
        return "medqa" if "answer_idx" in row else "letter"
    raise RowInvalid(
        None,
        gettext(
            "unrecognised row: expected question/options/answer, MedQA question/options/answer_idx or CMExam Question/Options/Answer"
        ),
    )


def text_of(row: dict, key: str) -> str:
    value = row.get(key)
    if not isinstance(value, str) or not value.strip():
        raise RowInvalid(key, gettext("must be non-empty text"))
    return value.strip()


def options_of(value: Any, key: str) -> list[dict[str, str]]:
    """Options from {"A": text}, a list of texts, or CMExam's "A xxx" lines."""
    if isinstance(value, dict):
        pairs = list(value.items())
    elif isinstance(value, list) and all(isinstance(item, dict) for item in value):
        pairs = [(item.get("label"), item.get("text")) for item in value]  # the stored layout, read back
    elif isinstance(value, list):
        pairs = list(zip(LABELS, value))
    elif isinstance(value, str):
        pairs = []
        for number, line in enumerate(part for part in value.split("\n") if part.strip()):
            match = OPTION_LINE.match(line)
            if not match:
                raise RowInvalid(
                    key,
                    gettext("option line %(n)s must start with its letter, e.g. 'A xxx', got %(line)s")
                    % {"n": number + 1, "line": repr(line)[:40]},
                )
            pairs.append((match.group(1), match.group(2)))
    else:
        raise RowInvalid(key, gettext("must be an object of letter: text, a list of texts, or 'A xxx' lines"))
    if not 2 <= len(pairs) <= MAX_OPTIONS:
        raise RowInvalid(
            key, gettext("needs 2 to %(most)s options, got %(n)s") % {"most": MAX_OPTIONS, "n": len(pairs)}
        )
    options, seen = [], set()
    for label, text in pairs:
        label = str(label).strip().upper()
        if len(label) != 1 or label not in LABELS:
            raise RowInvalid(f"{key}.{label}"[:60], gettext("an option's label must be one letter"))
        if label in seen:
            raise RowInvalid(f"{key}.{label}", gettext("the option appears twice"))
        if not isinstance(text, str) or not text.strip():
            raise RowInvalid(f"{key}.{label}", gettext("must be non-empty text"))
        seen.add(label)
        options.append({"label": label, "text": text.strip()})
    return options


def answer_of(value: Any, key: str, options: list[dict[str, str]]) -> str:
    labels = [o["label"] for o in options]
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value < len(options):
        return labels[value]
    answer = value.strip().upper().rstrip(".") if isinstance(value, str) else None
    if answer and len(answer) > 1 and all(letter in labels for letter in answer):
        raise RowInvalid(
            key,
            gettext("has several answers (%(answer)s): only single-answer questions are scored") % {"answer": answer},
        )
    if answer not in labels:
        raise RowInvalid(
            key,
            gettext("must be one of the options' letters %(labels)s, got %(value)s")
            % {"labels": ", ".join(labels), "value": repr(value)[:40]},
        )
    return answer


def question(row: dict) -> tuple[str, dict]:
    """The row's layout and its canonical question (not yet de-identified)."""
    layout = layout_of(row)
    if layout == "cmexam":
        text, options = text_of(row, "Question"), options_of(row["Options"], "Options")
        return layout, {"question": text, "options": options, "answer": answer_of(row.get("Answer"), "Answer", options)}
    text, options = text_of(row, "question"), options_of(row["options"], "options")
    key = "answer_idx" if layout == "medqa" else "answer"
    return layout, {"question": text, "options": options, "answer": answer_of(row.get(key), key, options)}


def deidentified(item: dict, counts: Counter) -> dict:
    """Question and options scrubbed as one conversation, so a person keeps one number across them."""
    result = scrub_conversation([item["question"], *(o["text"] for o in item["options"])])
    counts.update(result.counts)
    question_text, *texts = result.texts
    return {
        "question": question_text,
        "options": [{"label": o["label"], "text": t} for o, t in zip(item["options"], texts)],
        "answer": item["answer"],
    }


def parse_benchmark(data: bytes, filename: str = "") -> ParsedFile:
    """Every row of the file as a checked, de-identified question; all errors (up to MAX_ERRORS) when any row is bad."""
    return read_rows(data, filename, question, deidentified)


# --- scoring (the training child process: no Django) ----------------------------------------------


def task_config(name: str, path: str) -> dict:
    """An lm-eval multiple-choice task over a local JSONL of {question, choices, gold}: nothing downloaded."""
    return {
        "task": name,
        "dataset_path": "json",
        "dataset_kwargs": {"data_files": {"test": path}},
        "test_split": "test",
        "output_type": "multiple_choice",
        "doc_to_text": "{{question}}",
        "doc_to_choice": "{{choices}}",
        "doc_to_target": "gold",
        "metric_list": [
            {"metric": "acc", "aggregation": "mean", "higher_is_better": True},
            {"metric": "acc_norm", "aggregation": "mean", "higher_is_better": True},
        ],
    }


def score(model, tokenizer, benchmarks: dict[str, list[dict]], *, batch_size: int = 8) -> dict[str, dict[str, Any]]:
    """{benchmark: {questions, acc, acc_norm}} of the model in memory, each question's options scored
    by their log-likelihood given the question (lm-eval). The global random seeds are left alone:
    the runner scores the parent just before training, whose seed is the job's."""
    os.environ.setdefault("HF_DATASETS_OFFLINE", "1")
    import lm_eval
    from lm_eval.models.huggingface import HFLM
    from lm_eval.tasks import TaskManager

    if not benchmarks:
        return {}
    was_training = model.training
    model.eval()
    with tempfile.TemporaryDirectory(prefix="medpref-benchmark-") as folder:
        tasks, names = [], {}
        for index, (name, rows) in enumerate(sorted(benchmarks.items())):
            path = Path(folder) / f"{index}.jsonl"
            path.write_text(
                "".join(
                    json.dumps(
                        {
                            "question": row["question"],
                            "choices": [o["text"] for o in row["options"]],
                            "gold": [o["label"] for o in row["options"]].index(row["answer"]),
                        },
                        ensure_ascii=False,
                    )
                    + "\n"
                    for row in rows
                ),
                encoding="utf-8",
            )
            task = f"medpref_benchmark_{index}"
            tasks.append(task_config(task, str(path)))
            names[task] = (name, len(rows))
        lm = HFLM(pretrained=model, tokenizer=tokenizer, batch_size=batch_size, device=str(model.device))
        output = lm_eval.simple_evaluate(
            model=lm,
            tasks=tasks,
            apply_chat_template=bool(getattr(tokenizer, "chat_template", None)),
            random_seed=None,
            numpy_random_seed=None,
            torch_random_seed=None,
            fewshot_random_seed=None,
            log_samples=False,
            bootstrap_iters=0,
            # Only our tasks: indexing lm-eval's thousands of built-in task files costs a minute.
            task_manager=TaskManager(include_defaults=False),
            verbosity="WARNING",
        )
    if was_training:
        model.train()
    results = {}
    for task, (name, count) in names.items():
        found = output["results"][task]
        results[name] = {"questions": count, "acc": found["acc,none"], "acc_norm": found["acc_norm,none"]}
    return results
