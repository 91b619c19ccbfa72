"""Loading a model version (base + LoRA adapter) for generation, offline."""

from __future__ import annotations

import os

os.environ.setdefault("HF_HUB_OFFLINE", "1")


def load_version(base_model: str, adapter_path: str = "", *, merge: bool = False):
    """Model and tokenizer of a version; `merge` folds the adapter into the weights (faster to run)."""
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    dtype = torch.bfloat16 if torch.cuda.is_available() and torch.cuda.is_bf16_supported() else torch.float32
    tokenizer = AutoTokenizer.from_pretrained(adapter_path or base_model)
    model = AutoModelForCausalLM.from_pretrained(base_model, dtype=dtype)
    if adapter_path:
        from peft import PeftModel

        model = PeftModel.from_pretrained(model, adapter_path)
        if merge:
            model = model.merge_and_unload()
    if torch.cuda.is_available():
        model = model.to("cuda")
    model.eval()
    return model, tokenizer


def generate(
    model, tokenizer, messages: list[dict], *, max_new_tokens: int = 64, do_sample: bool = False, **sampling
) -> str:
    """The next assistant turn for a conversation, through the tokenizer's chat template."""
    import torch

    inputs = tokenizer.apply_chat_template(
        messages, add_generation_prompt=True, return_tensors="pt", return_dict=True
    ).to(model.device)
    with torch.no_grad():
        output = model.generate(
            **inputs,
            max_new_tokens=max_new_tokens,
            do_sample=do_sample,
            pad_token_id=tokenizer.pad_token_id,
            **sampling,
        )
    return tokenizer.decode(output[0][inputs["input_ids"].shape[1] :], skip_special_tokens=True)
