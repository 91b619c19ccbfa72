"""Batched generation against one prompt at a time, on the same model and prompts.

    .venv/bin/python bench/generation.py                       # the tiny offline model, CPU
    .venv/bin/python bench/generation.py --shape 0.5b          # a Qwen2.5-0.5B-shaped model (random weights), GPU

Prints new tokens per second for both ways, their ratio and the peak memory (GPU memory on a GPU,
the process's peak RSS on the CPU). Greedy decoding with a fixed number of new tokens, so both ways
do the same work; nothing is downloaded.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")


def demo_conversations(count: int) -> list[list[dict]]:
    rows = [
        json.loads(line)
        for line in (ROOT / "medpref" / "demo" / "pairs.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    conversations = [
        row["prompt"] if isinstance(row["prompt"], list) else [{"role": "user", "content": row["prompt"]}]
        for row in rows
    ]
    return (conversations * (count // len(conversations) + 1))[:count]


def timed(generator, conversations, sampling) -> tuple[float, int]:
    started = time.perf_counter()
    results = generator.generate(conversations, sampling)
    return time.perf_counter() - started, sum(tokens for _, tokens in results)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--shape", default="tiny", help="tiny (the offline demo model) or a shape of bench/gpu_dpo.py: 0.5b, 1.5b"
    )
    parser.add_argument("--prompts", type=int, default=32)
    parser.add_argument("--batch", type=int, default=16)
    parser.add_argument("--new-tokens", type=int, default=64)
    args = parser.parse_args()
    import torch

    from inference.generation import Generator, Sampling

    with tempfile.TemporaryDirectory() as tmp:
        if args.shape == "tiny":
            from training.tiny import build_tiny_model

            model_dir = build_tiny_model(Path(tmp) / "tiny")
        else:
            from bench.gpu_dpo import build

            model_dir = build(args.shape, Path(tmp) / "model")
        generator = Generator(str(model_dir))
        # A fixed length: no early stop, so both ways generate exactly the same number of tokens.
        generator.tokenizer.eos_token_id = None
        generator.model.generation_config.eos_token_id = None
        conversations = demo_conversations(args.prompts)
        batched = Sampling(temperature=0, max_new_tokens=args.new_tokens, batch_size=args.batch)
        single = Sampling(temperature=0, max_new_tokens=args.new_tokens, batch_size=1)
        timed(generator, conversations[:2], batched)  # warm-up
        if torch.cuda.is_available():
            torch.cuda.reset_peak_memory_stats()
        batch_seconds, batch_tokens = timed(generator, conversations, batched)
        single_seconds, single_tokens = timed(generator, conversations, single)
        peak = (
            f"{torch.cuda.max_memory_allocated() / 2**30:.2f} GiB GPU"
            if torch.cuda.is_available()
            else f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20:.2f} GiB RSS"
        )
    device = torch.cuda.get_device_name() if torch.cuda.is_available() else f"CPU ({torch.get_num_threads()} threads)"
    print(f"model: {args.shape}, {args.prompts} prompts, {args.new_tokens} new tokens each, greedy, on {device}")
    print(
        f"batched (batch {args.batch}): {batch_tokens / batch_seconds:9.1f} tokens/s  ({batch_tokens} tokens in {batch_seconds:.2f} s)"
    )
    print(
        f"one at a time     : {single_tokens / single_seconds:9.1f} tokens/s  ({single_tokens} tokens in {single_seconds:.2f} s)"
    )
    print(
        f"ratio batched/one : {(batch_tokens / batch_seconds) / (single_tokens / single_seconds):.2f}x; peak memory {peak}"
    )


if __name__ == "__main__":
    main()
