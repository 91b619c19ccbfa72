"""Train a LoRA adapter with TRL: `python -m training.run dpo --config job.json` (or `sft`).

Parse the config, load model and tokenizer, load the snapshot, build the trainer, train, save the
adapter, tokenizer and a model card. Progress and metrics go to stdout as event lines
(medpref.core.events), which the Celery task streams into the database; everything else
(warnings, tracebacks) goes to stderr. Under `accelerate launch` only rank 0 reports.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("HF_DATASETS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

from medpref.core.events import emit  # noqa: E402
from training import forgetting  # noqa: E402
from training.config import JobConfig, JobKind, build_lora, build_trainer_config  # noqa: E402


def is_main_process() -> bool:
    return int(os.environ.get("RANK", "0")) == 0


def make_callback():
    from transformers import TrainerCallback

    class EventCallback(TrainerCallback):
        """Reports progress and every logged metric (rank 0 only)."""

        def on_train_begin(self, args, state, control, **kwargs):
            if state.is_world_process_zero:
                emit("start", max_steps=state.max_steps)

        def on_step_end(self, args, state, control, **kwargs):
            if state.is_world_process_zero:
                emit("progress", step=state.global_step, max_steps=state.max_steps)

        def on_log(self, args, state, control, logs=None, **kwargs):
            if state.is_world_process_zero and logs:
                numbers = {
                    k: float(v)
                    for k, v in logs.items()
                    if isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)
                }
                emit("metrics", step=state.global_step, values=numbers)

    return EventCallback()


def hardware_defaults(trainer: dict) -> dict:
    """What a job leaves to the machine: bf16 where the GPU supports it, activation checkpointing
    on GPU only (on CPU it makes training about 6x slower)."""
    import torch

    on_gpu = torch.cuda.is_available()
    defaults = {"bf16": on_gpu and torch.cuda.is_bf16_supported()}
    if "gradient_checkpointing" not in trainer:  # transformers' older name of the same switch
        defaults["activation_checkpointing"] = on_gpu
    return defaults


def load_model(config: JobConfig):
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    on_gpu = torch.cuda.is_available()
    bf16 = bool({**hardware_defaults(config.trainer), **config.trainer}["bf16"])
    tokenizer = AutoTokenizer.from_pretrained(config.adapter or config.base_model)
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token
    model = AutoModelForCausalLM.from_pretrained(config.base_model, dtype=torch.bfloat16 if bf16 else torch.float32)
    peft_config = None
    if config.adapter:
        from peft import PeftModel

        # Continue training this adapter; TRL keeps a frozen copy of it as the DPO reference.
        model = PeftModel.from_pretrained(model, config.adapter, is_trainable=True)
    else:
        peft_config = build_lora(config.lora)
    return model, tokenizer, peft_config, bf16, on_gpu


def load_rows(config: JobConfig, tokenizer):
    """The snapshot's rows, with only the columns TRL needs and overlong prompts left out."""
    from datasets import load_dataset

    dataset = load_dataset("json", data_files=config.dataset_path, split="train")
    columns = ["prompt", "chosen", "rejected"] if config.kind == JobKind.DPO else ["messages"]
    missing = [c for c in columns if c not in dataset.column_names]
    if missing:
        raise SystemExit(
            f"{config.dataset_path}: not a {config.kind} snapshot (missing column(s) {', '.join(missing)})"
        )
    dataset = dataset.select_columns(columns)
    if config.kind == JobKind.DPO:
        # DPO truncates at max_length; a prompt that alone fills it teaches nothing.
        limit = config.max_length - 16
        before = len(dataset)
        dataset = dataset.filter(
            lambda row: (
                len(
                    tokenizer.apply_chat_template(
                        row["prompt"], tokenize=True, add_generation_prompt=True, return_dict=False
                    )
                )
                <= limit
            )
        )
        if len(dataset) < before:
            emit(
                "warning", message=f"left out {before - len(dataset)} row(s) whose prompt is longer than {limit} tokens"
            )
    if len(dataset) == 0:
        raise SystemExit(f"{config.dataset_path}: no rows to train on")
    return dataset


def build_trainer(config: JobConfig, model, tokenizer, peft_config, dataset):
    """TRL's trainer for the job's kind, its config built from the job's `trainer` settings."""
    args = build_trainer_config(
        config.kind, config.trainer, output_dir=config.output_dir, hardware=hardware_defaults(config.trainer)
    )
    callbacks = [make_callback()]
    if config.kind == JobKind.DPO:
        from trl import DPOTrainer

        return DPOTrainer(
            model=model,
            args=args,
            train_dataset=dataset,
            processing_class=tokenizer,
            peft_config=peft_config,
            callbacks=callbacks,
        )
    from trl import SFTTrainer

    return SFTTrainer(
        model=model,
        args=args,
        train_dataset=dataset,
        processing_class=tokenizer,
        peft_config=peft_config,
        callbacks=callbacks,
    )


def final_metrics(log_history: list[dict]) -> dict[str, float]:
    """The last value of each metric, plus the run's totals."""
    metrics: dict[str, float] = {}
    for entry in log_history:
        for name, value in entry.items():
            if isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value):
                metrics[name] = float(value)
    return metrics


def mixture_card(mixture: dict | None) -> list[str]:
    """The model card's section on the data mixture: every source with its share, sha256 and seed."""
    if not mixture:
        return []
    lines = [
        "## Data mixture",
        "",
        f"- mixture: `{mixture.get('name', '')}`, seed {mixture.get('seed')}, basis {mixture.get('basis')}",
        f"- training rows: {mixture['train']['rows']} (sha256 `{mixture['train']['sha256']}`); "
        f"held-out rows: {mixture['heldout']['rows']} (sha256 `{mixture['heldout']['sha256']}`)",
    ]
    if mixture.get("general_share") is not None:
        lines.append(f"- general share set by a sweep: {mixture['general_share']}")
    lines += [
        "",
        "| dataset | kind | rows | share (rows) | share (tokens) | times used | duplicates dropped | held out | sha256 |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for s in mixture["sources"]:
        tokens = "" if s.get("share_tokens") is None else f"{s['share_tokens']:.4f}"
        lines.append(
            f"| {s['name']} | {s['kind']} | {s['rows']} | {s['share_rows']:.4f} | {tokens} | {s['times_used']} "
            f"| {s['exact_duplicates'] + s['near_duplicates']} | {s['heldout_rows']} | `{s['sha256'][:16]}` |"
        )
    return [*lines, ""]


def forgetting_card(heldout: dict | None) -> list[str]:
    if not heldout:
        return []
    lines = [
        "## Held-out loss (forgetting check)",
        "",
        "| dataset / kind | rows | parent | new | change |",
        "|---|---|---|---|---|",
    ]
    for entry in [*heldout["datasets"], *heldout["kinds"]]:
        lines.append(f"| {entry['name']} | {entry['rows']} | {entry['parent']} | {entry['new']} | {entry['change']} |")
    for bench in heldout.get("benchmarks", []):
        acc, norm = bench["acc"], bench["acc_norm"]
        lines.append(
            f"| {bench['name']} (accuracy / normalised) | {bench['questions']} | {acc['parent']} / {norm['parent']} "
            f"| {acc['new']} / {norm['new']} | {acc['change']} / {norm['change']} |"
        )
    return [*lines, ""]


def write_model_card(config: JobConfig, metrics: dict[str, float], output: Path, heldout: dict | None = None) -> None:
    card = [
        f"# medpref {config.kind.upper()} adapter",
        "",
        f"- base model: `{config.base_model}`",
        f"- started from adapter: `{config.adapter}`" if config.adapter else "- new LoRA adapter",
        f"- data snapshot sha256: `{config.snapshot_sha256 or 'unknown'}`",
        "",
        *mixture_card(config.mixture),
        *forgetting_card(heldout),
        "## Configuration",
        "",
        "```json",
        json.dumps(config.as_dict(), indent=2, ensure_ascii=False),
        "```",
        "",
        "## Final metrics",
        "",
        *[f"- {name}: {value:.6g}" for name, value in sorted(metrics.items())],
        "",
    ]
    (output / "README.md").write_text("\n".join(card), encoding="utf-8")
    (output / "medpref_result.json").write_text(
        json.dumps({"config": config.as_dict(), "metrics": metrics, "heldout": heldout}, indent=2, ensure_ascii=False)
        + "\n",
        encoding="utf-8",
    )


def run(config: JobConfig) -> dict[str, float]:
    import torch
    from transformers import set_seed

    if not torch.cuda.is_available():
        torch.set_num_threads(int(os.environ.get("OMP_NUM_THREADS", "0")) or min(4, os.cpu_count() or 1))
    set_seed(config.trainer["seed"])
    started = time.perf_counter()
    if os.path.isdir(config.base_model):
        config.base_model = os.path.abspath(config.base_model)  # adapters record their base as given
    model, tokenizer, peft_config, bf16, on_gpu = load_model(config)
    dataset = load_rows(config, tokenizer)
    if is_main_process():
        emit(
            "loaded",
            rows=len(dataset),
            device="cuda" if on_gpu else "cpu",
            bf16=bf16,
            world_size=int(os.environ.get("WORLD_SIZE", "1")),
            seconds=round(time.perf_counter() - started, 2),
        )
    heldout_rows = forgetting.read_rows(config.heldout_path) if config.heldout_path else []
    # Before training the model is the parent (a new LoRA adapter starts as a no-op).
    parent_losses = measure_heldout(model, tokenizer, heldout_rows, config, "parent")
    trainer = build_trainer(config, model, tokenizer, peft_config, dataset)
    trainer.train()
    metrics = final_metrics(trainer.state.log_history)
    heldout = None
    if heldout_rows:
        heldout = forgetting.table(
            parent_losses, measure_heldout(trainer.model, tokenizer, heldout_rows, config, "new")
        )
    if trainer.is_world_process_zero():
        output = Path(config.output_dir)
        output.mkdir(parents=True, exist_ok=True)
        trainer.save_model(str(output))
        tokenizer.save_pretrained(str(output))
        write_model_card(config, metrics, output, heldout)
        emit(
            "done",
            metrics=metrics,
            heldout=heldout,
            output_dir=str(output.resolve()),
            seconds=round(time.perf_counter() - started, 2),
        )
    return metrics


def measure_heldout(model, tokenizer, rows: list[dict], config: JobConfig, which: str) -> dict:
    """Held-out loss per dataset (rank 0 only, every rank keeps the same model); reported as it is known."""
    if not rows or not is_main_process():
        return {}
    started = time.perf_counter()
    losses = forgetting.measure(model, tokenizer, rows, max_length=config.max_length)
    emit(
        "heldout",
        model=which,
        losses={name: entry["loss"] for name, entry in losses.items()},
        seconds=round(time.perf_counter() - started, 2),
    )
    return losses


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m training.run", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("kind", choices=JobKind.values)
    parser.add_argument(
        "--config", required=True, type=Path, help="JSON file with the fields of training.config.JobConfig"
    )
    args = parser.parse_args(argv)
    data = json.loads(args.config.read_text(encoding="utf-8"))
    data["kind"] = args.kind
    config = JobConfig.from_dict(data)
    run(config)


if __name__ == "__main__":
    sys.exit(main())
