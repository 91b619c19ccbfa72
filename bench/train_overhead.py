"""What our runner adds to TRL: the same tiny DPO run through `python -m training.run` and a plain script.

    .venv/bin/python bench/train_overhead.py [--steps 30] [--repeats 2]

Both run as fresh processes (interpreter start-up and imports included) on the tiny offline model
and the demo pairs, with the same LoRA and DPO settings. Prints both wall times and their ratio.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

PLAIN_TRL = textwrap.dedent(
    """
    import json, sys
    from datasets import load_dataset
    from peft import LoraConfig
    from transformers import AutoModelForCausalLM, AutoTokenizer
    from trl import DPOConfig, DPOTrainer

    c = json.load(open(sys.argv[1]))
    tokenizer = AutoTokenizer.from_pretrained(c["base_model"])
    model = AutoModelForCausalLM.from_pretrained(c["base_model"])
    dataset = load_dataset("json", data_files=c["dataset_path"], split="train").select_columns(["prompt", "chosen", "rejected"])
    t, l = c["trainer"], c["lora"]
    args = DPOConfig(output_dir=c["output_dir"], max_steps=t["max_steps"], learning_rate=t["learning_rate"], per_device_train_batch_size=t["per_device_train_batch_size"],
                     gradient_accumulation_steps=t["gradient_accumulation_steps"], max_length=t["max_length"], beta=0.1, bf16=False, activation_checkpointing=False, logging_steps=1, save_strategy="no", report_to=[], disable_tqdm=True, seed=42)
    peft = LoraConfig(task_type="CAUSAL_LM", r=l["r"], lora_alpha=l["lora_alpha"], lora_dropout=0.0,
                      target_modules=["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"])
    trainer = DPOTrainer(model=model, args=args, train_dataset=dataset, processing_class=tokenizer, peft_config=peft)
    trainer.train()
    trainer.save_model(c["output_dir"])
    """
)


def demo_dpo_rows(path: Path) -> int:
    rows = 0
    with path.open("w", encoding="utf-8") as out:
        for line in (ROOT / "medpref" / "demo" / "pairs.jsonl").read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            prompt = row["prompt"] if isinstance(row["prompt"], list) else [{"role": "user", "content": row["prompt"]}]
            good, bad = (
                (row["response_a"], row["response_b"])
                if row["meta"]["author_expects"] == "a"
                else (row["response_b"], row["response_a"])
            )
            out.write(
                json.dumps(
                    {
                        "prompt": prompt,
                        "chosen": [{"role": "assistant", "content": good}],
                        "rejected": [{"role": "assistant", "content": bad}],
                    },
                    ensure_ascii=False,
                )
                + "\n"
            )
            rows += 1
    return rows


def timed(command: list[str], env: dict) -> float:
    started = time.perf_counter()
    subprocess.run(command, cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--steps", type=int, default=30)
    parser.add_argument("--repeats", type=int, default=2)
    args = parser.parse_args()
    from training.tiny import build_tiny_model

    env = {
        **os.environ,
        "HF_HUB_OFFLINE": "1",
        "HF_DATASETS_OFFLINE": "1",
        "OMP_NUM_THREADS": os.environ.get("OMP_NUM_THREADS", "1"),
        "PYTHONPATH": str(ROOT),
    }
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        model = build_tiny_model(tmp / "tiny")
        rows = demo_dpo_rows(tmp / "dpo.jsonl")
        config = {"base_model": str(model), "dataset_path": str(tmp / "dpo.jsonl"), "output_dir": str(tmp / "out"), "lora": {"r": 8, "lora_alpha": 16, "lora_dropout": 0.0},
                  "trainer": {"max_steps": args.steps, "learning_rate": 5e-3, "per_device_train_batch_size": 8, "gradient_accumulation_steps": 1, "max_length": 512, "activation_checkpointing": False}}  # fmt: skip
        (tmp / "job.json").write_text(json.dumps(config))
        (tmp / "plain.py").write_text(PLAIN_TRL)
        ours, plain = [], []
        for _ in range(args.repeats):
            plain.append(timed([sys.executable, str(tmp / "plain.py"), str(tmp / "job.json")], env))
            ours.append(timed([sys.executable, "-m", "training.run", "dpo", "--config", str(tmp / "job.json")], env))
    ours_s, plain_s = statistics.median(ours), statistics.median(plain)
    print(
        f"tiny DPO, {rows} pairs, {args.steps} steps, OMP_NUM_THREADS={env['OMP_NUM_THREADS']}, median of {args.repeats}"
    )
    print(f"plain TRL script : {plain_s:.2f} s  {[round(x, 2) for x in plain]}")
    print(f"training.run     : {ours_s:.2f} s  {[round(x, 2) for x in ours]}")
    print(f"ratio ours/plain : {ours_s / plain_s:.3f}")


if __name__ == "__main__":
    main()
