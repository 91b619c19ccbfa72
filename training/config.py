"""Training job configuration: one dataclass, the same from the shell, the API and Celery."""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

KINDS = ("sft", "dpo")
DEFAULT_TARGET_MODULES = ["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"]


class ConfigError(ValueError):
    """A configuration that cannot run, with the field it is about."""


@dataclass
class JobConfig:
    kind: str
    base_model: str
    dataset_path: str
    output_dir: str
    adapter: str | None = None  # start from this LoRA adapter (e.g. the SFT result) instead of a new one
    snapshot_sha256: str = ""
    lora_r: int = 16
    lora_alpha: int = 32
    lora_dropout: float = 0.05
    target_modules: list[str] = field(default_factory=lambda: list(DEFAULT_TARGET_MODULES))
    learning_rate: float = 5e-6
    num_train_epochs: float = 1.0
    max_steps: int = -1  # > 0 overrides epochs
    per_device_train_batch_size: int = 4
    gradient_accumulation_steps: int = 1
    max_length: int = 1024
    beta: float = 0.1  # DPO
    loss_type: list[str] = field(default_factory=lambda: ["sigmoid"])  # DPO
    loss_weights: list[float] | None = None  # DPO, e.g. [1.0, 0.2] with ["sigmoid", "sft"]
    precompute_ref_log_probs: bool = False  # DPO: one reference pass up front, then cached
    assistant_only_loss: bool = True  # SFT: learn the assistant turns only
    bf16: bool | None = None  # None: on when the GPU supports it
    gradient_checkpointing: bool | None = None  # None: on GPU only (6x slower on CPU)
    seed: int = 42
    logging_steps: int = 1
    warmup_steps: float = 0  # an integer number of steps, or a ratio of all steps when below 1

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "JobConfig":
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(f"unknown config field(s): {', '.join(unknown)}")
        missing = [name for name in ("kind", "base_model", "dataset_path", "output_dir") if not data.get(name)]
        if missing:
            raise ConfigError(f"missing config field(s): {', '.join(missing)}")
        config = cls(**data)
        config.validate()
        return config

    @classmethod
    def load(cls, path: str | Path) -> "JobConfig":
        return cls.from_dict(json.loads(Path(path).read_text(encoding="utf-8")))

    def save(self, path: str | Path) -> None:
        Path(path).write_text(json.dumps(asdict(self), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    def validate(self) -> None:
        checks = [
            ("kind", self.kind in KINDS, f"must be one of {', '.join(KINDS)}"),
            ("lora_r", isinstance(self.lora_r, int) and self.lora_r > 0, "must be a positive integer"),
            ("lora_alpha", self.lora_alpha > 0, "must be positive"),
            ("lora_dropout", 0 <= self.lora_dropout < 1, "must be in [0, 1)"),
            ("target_modules", bool(self.target_modules) and "lm_head" not in self.target_modules, "must name the attention/MLP projections (not lm_head)"),
            ("learning_rate", 0 < self.learning_rate < 1, "must be in (0, 1)"),
            ("num_train_epochs", self.num_train_epochs > 0, "must be positive"),
            ("max_steps", isinstance(self.max_steps, int) and (self.max_steps == -1 or self.max_steps > 0), "must be -1 or a positive integer"),
            ("per_device_train_batch_size", isinstance(self.per_device_train_batch_size, int) and self.per_device_train_batch_size > 0, "must be a positive integer"),
            ("gradient_accumulation_steps", isinstance(self.gradient_accumulation_steps, int) and self.gradient_accumulation_steps > 0, "must be a positive integer"),
            ("max_length", isinstance(self.max_length, int) and self.max_length >= 32, "must be an integer of at least 32"),
            ("beta", self.beta > 0, "must be positive"),
            ("loss_type", isinstance(self.loss_type, list) and bool(self.loss_type), "must be a non-empty list, e.g. [\"sigmoid\"]"),
            ("loss_weights", self.loss_weights is None or len(self.loss_weights) == len(self.loss_type), "needs one weight per loss_type"),
            ("logging_steps", isinstance(self.logging_steps, int) and self.logging_steps > 0, "must be a positive integer"),
        ]
        for name, ok, message in checks:
            if not ok:
                raise ConfigError(f"{name} {message}")
