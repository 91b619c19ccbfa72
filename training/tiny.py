"""A tiny causal LM and tokenizer built offline, for tests and the demo (nothing is downloaded).

A Llama-architecture model (~0.2M parameters) with a byte-level BPE tokenizer trained on the demo
texts (Chinese and English, 256-byte alphabet, so no unknown tokens) and a ChatML chat template
whose assistant turns are marked for `assistant_only_loss`. It is briefly pretrained on the same
text: from purely random weights SFT barely moves and DPO tests become flaky.

    python -m training.tiny var/models/tiny
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("HF_DATASETS_OFFLINE", "1")

# The demo's pairs (a data file of the project-level demo, read, not imported): the default corpus.
DEMO_PAIRS = Path(__file__).resolve().parents[1] / "medpref" / "demo" / "pairs.jsonl"
# Training settings that suit the tiny model on two CPU cores: the demo's one-click DPO and the
# training tests finish in well under two minutes.
TINY_TRAINING_CONFIG = {
    "lora": {"r": 8, "lora_alpha": 16, "lora_dropout": 0.0},
    "trainer": {
        "learning_rate": 5e-3,
        "max_steps": 30,
        "per_device_train_batch_size": 8,
        "gradient_accumulation_steps": 1,
        "max_length": 512,
    },
}
SPECIAL_TOKENS = ["<|endoftext|>", "<|im_start|>", "<|im_end|>"]
# ChatML; {% generation %} marks what the assistant says so SFT can train on it alone.
CHAT_TEMPLATE = (
    "{% for message in messages %}"
    "{% if message['role'] == 'assistant' %}"
    "{{ '<|im_start|>assistant\n' }}{% generation %}{{ message['content'] + '<|im_end|>' }}{% endgeneration %}{{ '\n' }}"
    "{% else %}"
    "{{ '<|im_start|>' + message['role'] + '\n' + message['content'] + '<|im_end|>\n' }}"
    "{% endif %}"
    "{% endfor %}"
    "{% if add_generation_prompt %}{{ '<|im_start|>assistant\n' }}{% endif %}"
)


def demo_texts() -> list[str]:
    """Every prompt and answer of the demo data, the tiny model's whole world."""
    texts = []
    for line in DEMO_PAIRS.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        prompt = row["prompt"]
        texts += [prompt] if isinstance(prompt, str) else [m["content"] for m in prompt]
        texts += [row["response_a"], row["response_b"]]
    return texts


def build_tokenizer(texts: list[str], vocab_size: int = 2000):
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import PreTrainedTokenizerFast

    tokenizer = Tokenizer(models.BPE())
    tokenizer.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tokenizer.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=vocab_size,
        special_tokens=SPECIAL_TOKENS,
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
    )
    tokenizer.train_from_iterator(texts, trainer=trainer)
    wrapped = PreTrainedTokenizerFast(
        tokenizer_object=tokenizer, eos_token="<|im_end|>", pad_token="<|endoftext|>", bos_token=None, unk_token=None
    )
    wrapped.chat_template = CHAT_TEMPLATE
    return wrapped


def build_model(tokenizer, *, seed: int = 0):
    import torch
    from transformers import LlamaConfig, LlamaForCausalLM

    torch.manual_seed(seed)
    config = LlamaConfig(
        vocab_size=len(tokenizer),
        hidden_size=64,
        intermediate_size=128,
        num_hidden_layers=2,
        num_attention_heads=4,
        num_key_value_heads=2,
        max_position_embeddings=1024,
        pad_token_id=tokenizer.pad_token_id,
        eos_token_id=tokenizer.eos_token_id,
        bos_token_id=None,
        tie_word_embeddings=True,
    )
    return LlamaForCausalLM(config)


def pretrain(model, tokenizer, texts: list[str], *, steps: int = 150, seed: int = 0) -> float:
    """A short full-parameter LM pass over the demo conversations; returns the last loss."""
    import random

    import torch

    rng = random.Random(seed)
    samples = [
        tokenizer.apply_chat_template(
            [{"role": "user", "content": q}, {"role": "assistant", "content": a}], tokenize=False
        )
        for q, a in zip(texts[::3], texts[1::3])
    ]
    samples += texts
    optimizer = torch.optim.AdamW(model.parameters(), lr=3e-3)
    model.train()
    loss_value = float("nan")
    for _ in range(steps):
        batch = tokenizer(rng.sample(samples, 8), return_tensors="pt", padding=True, truncation=True, max_length=256)
        labels = batch["input_ids"].masked_fill(batch["attention_mask"] == 0, -100)
        loss = model(**batch, labels=labels).loss
        loss.backward()
        optimizer.step()
        optimizer.zero_grad()
        loss_value = loss.item()
    model.eval()
    return loss_value


def build_tiny_model(path: str | Path, *, pretrain_steps: int = 150, seed: int = 0) -> Path:
    """Build, pretrain and save the tiny model and tokenizer to `path` (absolute path returned)."""
    import torch

    path = Path(path).resolve()
    torch.set_num_threads(max(1, min(2, os.cpu_count() or 1)))
    texts = demo_texts()
    tokenizer = build_tokenizer(texts)
    model = build_model(tokenizer, seed=seed)
    loss = pretrain(model, tokenizer, texts, steps=pretrain_steps, seed=seed)
    path.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(path)
    tokenizer.save_pretrained(path)
    (path / "medpref_tiny.json").write_text(
        json.dumps({"pretrain_steps": pretrain_steps, "final_loss": loss, "seed": seed}) + "\n"
    )
    return path


if __name__ == "__main__":
    target = build_tiny_model(sys.argv[1] if len(sys.argv) > 1 else "var/models/tiny")
    print(target)
