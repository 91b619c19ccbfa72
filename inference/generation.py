"""Batched generation from a model version: load once, answer many conversations.

The tokenizer's chat template turns each conversation into a prompt; prompts are left-padded and
generated together, stopping at the end-of-turn token. Sampling is seeded so a round can be
reproduced.

Workers never load weights themselves: `python -m inference.generation BASE [--adapter PATH]` is the
child process that does (see inference.runner). It loads the version, says `loaded`, then answers
one JSON request per stdin line (`{conversations, sampling, seed_offset}`) with a `generated` event
on stdout, until stdin closes. It needs neither Django nor the database.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from dataclasses import asdict, dataclass, replace

from medpref.core.i18n import gettext  # noqa: E402

os.environ.setdefault("HF_HUB_OFFLINE", "1")


class ModelLoadError(RuntimeError):
    """The version's weights or adapter could not be loaded; says which and why."""


@dataclass(frozen=True)
class Sampling:
    temperature: float = 0.7
    top_p: float = 0.9
    max_new_tokens: int = 256
    seed: int = 0
    batch_size: int = 8
    # Rankings (PROTOCOL §10): candidate i of a prompt samples at temperatures[i % len]; empty: all at
    # `temperature`. A spread of temperatures gives candidates that differ more than seeds alone do.
    temperatures: tuple[float, ...] = ()

    @classmethod
    def from_dict(cls, data: dict | None) -> Sampling:
        data = dict(data or {})
        unknown = sorted(set(data) - set(cls.__dataclass_fields__))
        if unknown:
            raise ValueError(gettext("unknown sampling field(s): %(fields)s") % {"fields": ", ".join(unknown)})
        temperatures = data.pop("temperatures", ()) or ()
        if not isinstance(temperatures, (list, tuple)) or len(temperatures) > 8:
            raise ValueError(gettext("temperatures must be a list of at most 8 numbers"))
        if not all(isinstance(t, (int, float)) and not isinstance(t, bool) and 0 <= t <= 5 for t in temperatures):
            raise ValueError(gettext("each of temperatures must be a number between 0 and 5 (0: greedy)"))
        sampling = cls(**data, temperatures=tuple(float(t) for t in temperatures))
        if not (0 <= sampling.temperature <= 5):
            raise ValueError(gettext("temperature must be between 0 and 5 (0: greedy)"))
        if not (0 < sampling.top_p <= 1):
            raise ValueError(gettext("top_p must be in (0, 1]"))
        if not (1 <= sampling.max_new_tokens <= 4096):
            raise ValueError(gettext("max_new_tokens must be between 1 and 4096"))
        if not (1 <= sampling.batch_size <= 256):
            raise ValueError(gettext("batch_size must be between 1 and 256"))
        return sampling

    def as_dict(self) -> dict:
        data = asdict(self)
        if self.temperatures:
            data["temperatures"] = list(self.temperatures)
        else:
            del data["temperatures"]  # a pair round's settings read as they always did
        return data

    def for_candidate(self, index: int) -> Sampling:
        """The settings of candidate `index` of a ranking item: its temperature when a list is given."""
        if not self.temperatures:
            return self
        return replace(self, temperature=self.temperatures[index % len(self.temperatures)], temperatures=())


class Generator:
    """One loaded model version, reused for every batch."""

    def __init__(self, base_model: str, adapter_path: str = ""):
        from training.loading import load_version

        try:
            # Merged weights run faster and give the same logits (to ~1e-6) as base + adapter.
            self.model, self.tokenizer = load_version(base_model, adapter_path, merge=bool(adapter_path))
        except Exception as exc:  # noqa: BLE001 - any loading failure is reported with its cause
            where = f"{base_model}" + (f" + adapter {adapter_path}" if adapter_path else "")
            raise ModelLoadError(f"could not load model {where}: {type(exc).__name__}: {exc}") from exc
        self.tokenizer.padding_side = "left"
        if self.tokenizer.pad_token is None:
            self.tokenizer.pad_token = self.tokenizer.eos_token

    def generate(
        self, conversations: list[list[dict]], sampling: Sampling, *, seed_offset: int = 0
    ) -> list[tuple[str, int]]:
        """The next assistant turn for each conversation, with its number of new tokens."""
        import torch

        results: list[tuple[str, int]] = []
        for start in range(0, len(conversations), sampling.batch_size):
            batch = conversations[start : start + sampling.batch_size]
            texts = [
                self.tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)
                for messages in batch
            ]
            inputs = self.tokenizer(texts, return_tensors="pt", padding=True, add_special_tokens=False).to(
                self.model.device
            )
            torch.manual_seed(sampling.seed + seed_offset + start)
            options = {
                "max_new_tokens": sampling.max_new_tokens,
                "pad_token_id": self.tokenizer.pad_token_id,
                "eos_token_id": self.tokenizer.eos_token_id,
            }
            if sampling.temperature > 0:
                options.update(do_sample=True, temperature=sampling.temperature, top_p=sampling.top_p)
            else:
                options.update(do_sample=False)
            with torch.no_grad():
                output = self.model.generate(**inputs, **options)
            new_tokens = output[:, inputs["input_ids"].shape[1] :]
            for row in new_tokens:
                length = int((row != self.tokenizer.pad_token_id).sum())
                results.append((self.tokenizer.decode(row, skip_special_tokens=True).strip(), length))
        return results


def serve(base_model: str, adapter_path: str = "") -> int:
    """The child's loop: load once, then answer requests from stdin until it closes."""
    from medpref.core.events import emit

    try:
        generator = Generator(base_model, adapter_path)
    except ModelLoadError as exc:
        print(exc, file=sys.stderr, flush=True)
        return 2
    emit("loaded", device=str(generator.model.device))
    for line in sys.stdin:
        request = json.loads(line)
        results = generator.generate(
            request["conversations"], Sampling.from_dict(request["sampling"]), seed_offset=request.get("seed_offset", 0)
        )
        emit("generated", results=results)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m inference.generation",
        description="Load a model version and answer generation requests from stdin.",
    )
    parser.add_argument("base_model", help="local path or hub name of the base weights")
    parser.add_argument("--adapter", default="", help="LoRA adapter on top of the base")
    args = parser.parse_args(argv)
    return serve(args.base_model, args.adapter)


if __name__ == "__main__":
    sys.exit(main())
