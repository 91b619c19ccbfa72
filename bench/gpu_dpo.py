"""DPO with LoRA on a model of realistic shape, random weights built offline: tokens/s and peak memory.

    .venv/bin/python bench/gpu_dpo.py                      # ~0.5B Qwen2-shaped model, bf16 on GPU
    .venv/bin/python bench/gpu_dpo.py --shape tiny --steps 3   # a smoke run on CPU

Runs the same DPO config twice, without and with `precompute_ref_log_probs`, through our runner's
trainer builder, and prints tokens/second (prompt + chosen + rejected tokens seen per second of
training), peak GPU memory and the final loss for each. Nothing is downloaded: the tokenizer is
the tiny offline one (vocabulary resized in the model config) and the text is the demo pairs.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")

SHAPES = {
    # Qwen2.5-0.5B's shape: 24 layers, hidden 896, 14 heads (2 KV), MLP 4864.
    "0.5b": {
        "hidden_size": 896,
        "intermediate_size": 4864,
        "num_hidden_layers": 24,
        "num_attention_heads": 14,
        "num_key_value_heads": 2,
    },
    # Qwen2.5-1.5B's shape.
    "1.5b": {
        "hidden_size": 1536,
        "intermediate_size": 8960,
        "num_hidden_layers": 28,
        "num_attention_heads": 12,
        "num_key_value_heads": 2,
    },
    "tiny": {
        "hidden_size": 64,
        "intermediate_size": 128,
        "num_hidden_layers": 2,
        "num_attention_heads": 4,
        "num_key_value_heads": 2,
    },
}


def build(shape: str, directory: Path) -> Path:
    import torch
    from transformers import Qwen2Config, Qwen2ForCausalLM

    from training.tiny import build_tokenizer, demo_texts

    tokenizer = build_tokenizer(demo_texts())
    config = Qwen2Config(
        vocab_size=len(tokenizer),
        max_position_embeddings=4096,
        tie_word_embeddings=True,
        pad_token_id=tokenizer.pad_token_id,
        eos_token_id=tokenizer.eos_token_id,
        **SHAPES[shape],
    )
    torch.manual_seed(0)
    model = Qwen2ForCausalLM(config)
    model.save_pretrained(directory)
    tokenizer.save_pretrained(directory)
    return directory


def dpo_rows(path: Path, repeat: int) -> None:
    from bench.train_overhead import demo_dpo_rows

    demo_dpo_rows(path)
    lines = path.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join(lines * repeat) + "\n", encoding="utf-8")


def run_once(model_dir: Path, data: Path, out: Path, steps: int, precompute: bool, batch: int) -> dict:
    import torch

    from training import run as runner
    from training.config import JobConfig

    config = JobConfig.from_dict(
        {
            "kind": "dpo",
            "base_model": str(model_dir),
            "dataset_path": str(data),
            "output_dir": str(out),
            "trainer": {
                "max_steps": steps,
                "learning_rate": 5e-5,
                "per_device_train_batch_size": batch,
                "gradient_accumulation_steps": 1,
                "max_length": 1024,
                "precompute_ref_log_probs": precompute,
            },
        }  # fmt: skip
    )
    model, tokenizer, peft_config, bf16, on_gpu = runner.load_model(config)
    dataset = runner.load_rows(config, tokenizer)
    trainer = runner.build_trainer(config, model, tokenizer, peft_config, dataset)
    if on_gpu:
        torch.cuda.reset_peak_memory_stats()
    started = time.perf_counter()
    trainer.train()
    seconds = time.perf_counter() - started
    metrics = runner.final_metrics(trainer.state.log_history)
    tokens = metrics.get("num_tokens", 0.0)
    return {
        "precompute_ref_log_probs": precompute,
        "seconds": round(seconds, 2),
        "tokens": int(tokens),
        "tokens_per_second": round(tokens / seconds, 1) if tokens else None,
        "peak_gpu_memory_gib": round(torch.cuda.max_memory_allocated() / 2**30, 2) if on_gpu else None,
        "final_loss": metrics.get("loss"),
        "device": torch.cuda.get_device_name() if on_gpu else "cpu",
        "bf16": bf16,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shape", choices=sorted(SHAPES), default="0.5b")
    parser.add_argument("--steps", type=int, default=30)
    parser.add_argument("--batch", type=int, default=8)
    args = parser.parse_args()
    import torch

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        model_dir = build(args.shape, tmp / "model")
        parameters = sum(
            p.numel()
            for p in __import__("safetensors.torch", fromlist=["load_file"])
            .load_file(str(model_dir / "model.safetensors"))
            .values()
        )
        dpo_rows(tmp / "dpo.jsonl", repeat=8)
        results = [
            run_once(model_dir, tmp / "dpo.jsonl", tmp / f"out{p}", args.steps, p, args.batch) for p in (False, True)
        ]
    print(
        json.dumps(
            {
                "shape": args.shape,
                "parameters": parameters,
                "steps": args.steps,
                "batch": args.batch,
                "torch": torch.__version__,
                "results": results,
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
