"""Training job configuration: medpref's own fields plus two dicts handed to the libraries' own
config classes, `lora` to PEFT's LoraConfig and `trainer` to TRL's DPOConfig or SFTConfig.

medpref does not re-declare TRL's or PEFT's fields: any field of those classes can be set, and a
config is checked by building those classes (an unknown or misspelt name fails there), plus a few
range checks the libraries leave to the first training step. The defaults below are the only
ones: a job stores the merged result, so it records exactly what it ran with.

Runs in the training child process too (`python -m training.run`): no database, no app registry.
"""

from __future__ import annotations

import copy
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from django.db.models import TextChoices
from django.utils.translation import gettext_noop

from medpref.core.i18n import gettext


class JobKind(TextChoices):
    """What a job trains; a job trains on a snapshot of the same kind (annotation's SnapshotKind)."""

    SFT = "sft", "SFT"
    DPO = "dpo", "DPO"


DEFAULT_TARGET_MODULES = ["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"]
# Defaults for real base models (7B-14B with LoRA). A campaign's training_config or a job's config
# overrides them field by field; the tiny model's settings are training.tiny.TINY_TRAINING_CONFIG.
DEFAULT_LORA: dict[str, Any] = {
    "r": 16,
    "lora_alpha": 32,
    "lora_dropout": 0.05,
    "target_modules": DEFAULT_TARGET_MODULES,
}
COMMON_TRAINER: dict[str, Any] = {
    "learning_rate": 5e-6,
    "num_train_epochs": 1.0,
    "per_device_train_batch_size": 4,
    "gradient_accumulation_steps": 4,
    "max_length": 2048,
    "logging_steps": 1,  # every step's metrics reach the job's curves
    "seed": 42,  # also seeds the new adapter's initial weights (training.run)
    "dataloader_num_workers": 0,
}
DEFAULT_TRAINER: dict[str, dict[str, Any]] = {
    JobKind.DPO: {**COMMON_TRAINER, "beta": 0.1, "loss_type": ["sigmoid"]},
    JobKind.SFT: {**COMMON_TRAINER, "assistant_only_loss": True},  # learn the assistant turns only
}
SECTIONS = ("lora", "trainer")
# medpref decides these itself: where files go, that nothing is uploaded or reported elsewhere.
FIXED_TRAINER = {"save_strategy": "no", "report_to": [], "disable_tqdm": True}
FIXED_TRAINER_FIELDS = {
    "output_dir",
    "logging_dir",
    "push_to_hub",
    "hub_model_id",
    "hub_token",
    "resume_from_checkpoint",
    *FIXED_TRAINER,
}
FIXED_LORA_FIELDS = {"task_type", "base_model_name_or_path"}
# Decided by the GPU the job runs on when not given (training.run.hardware_defaults): bf16 where
# supported, activation checkpointing on GPU only (6x slower on CPU). `gradient_checkpointing` is
# transformers' older name for activation checkpointing.
HARDWARE_FIELDS = ("bf16", "fp16", "activation_checkpointing", "gradient_checkpointing")
# What checking on a web server (no GPU) sets instead, so that bf16: true is not refused there.
CPU_CHECK = {"bf16": False, "fp16": False, "tf32": None}


class ConfigError(ValueError):
    """A configuration that cannot run, with the field it is about."""


def is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


# Ranges the libraries only notice at the first training step (or never): (section, field, test, why).
RANGE_CHECKS = [
    ("lora", "r", lambda v: is_int(v) and v > 0, gettext_noop("must be a positive integer")),
    ("lora", "lora_alpha", lambda v: is_number(v) and v > 0, gettext_noop("must be positive")),
    ("lora", "lora_dropout", lambda v: is_number(v) and 0 <= v < 1, gettext_noop("must be in [0, 1)")),
    (
        "lora",
        "target_modules",
        lambda v: isinstance(v, list) and bool(v) and "lm_head" not in v,
        gettext_noop("must name the attention/MLP projections (not lm_head)"),
    ),
    ("trainer", "learning_rate", lambda v: is_number(v) and 0 < v < 1, gettext_noop("must be in (0, 1)")),
    ("trainer", "num_train_epochs", lambda v: is_number(v) and v > 0, gettext_noop("must be positive")),
    (
        "trainer",
        "max_steps",
        lambda v: is_int(v) and (v == -1 or v > 0),
        gettext_noop("must be -1 or a positive integer"),
    ),
    (
        "trainer",
        "per_device_train_batch_size",
        lambda v: is_int(v) and v > 0,
        gettext_noop("must be a positive integer"),
    ),
    (
        "trainer",
        "gradient_accumulation_steps",
        lambda v: is_int(v) and v > 0,
        gettext_noop("must be a positive integer"),
    ),
    ("trainer", "max_length", lambda v: is_int(v) and v >= 32, gettext_noop("must be an integer of at least 32")),
    ("trainer", "logging_steps", lambda v: is_number(v) and v > 0, gettext_noop("must be positive")),
    ("trainer", "beta", lambda v: is_number(v) and v > 0, gettext_noop("must be positive")),
    (
        "trainer",
        "loss_type",
        lambda v: isinstance(v, list) and bool(v) and all(isinstance(x, str) for x in v),
        gettext_noop('must be a non-empty list, e.g. ["sigmoid"]'),
    ),
    (
        "trainer",
        "warmup_steps",
        lambda v: is_number(v) and v >= 0,
        gettext_noop("must be a number of steps, or a ratio of all steps when below 1"),
    ),
    *[
        ("trainer", name, lambda v: isinstance(v, bool), gettext_noop("must be true or false"))
        for name in HARDWARE_FIELDS
    ],
]


def merged(kind: str, overrides: dict[str, Any] | None = None) -> dict[str, dict[str, Any]]:
    """The defaults of `kind` with `overrides` ({"lora": {...}, "trainer": {...}}) laid over them, field by field."""
    overrides = overrides or {}
    if not isinstance(overrides, dict):
        raise ConfigError(gettext('the config must be an object with "lora" and "trainer" objects'))
    unknown = sorted(set(overrides) - set(SECTIONS))
    if unknown:
        raise ConfigError(
            gettext(
                'unknown config section(s) %(sections)s: settings go in "lora" (PEFT\'s LoraConfig) '
                'or "trainer" (TRL\'s %(config_class)s)'
            )
            % {"sections": ", ".join(unknown), "config_class": config_class_name(kind)}
        )
    for section in SECTIONS:
        if not isinstance(overrides.get(section, {}), dict):
            raise ConfigError(gettext("%(section)s must be an object") % {"section": section})
    defaults = {"lora": DEFAULT_LORA, "trainer": DEFAULT_TRAINER[JobKind(kind)]}
    return {
        section: {**copy.deepcopy(defaults[section]), **copy.deepcopy(overrides.get(section, {}))}
        for section in SECTIONS
    }


def config_class_name(kind: str) -> str:
    return "DPOConfig" if kind == JobKind.DPO else "SFTConfig"


def check(kind: str, lora: dict[str, Any], trainer: dict[str, Any]) -> None:
    """Raise ConfigError unless PEFT and TRL accept these settings; builds their config classes
    (the first call in a process imports TRL: seconds, not milliseconds)."""
    if kind not in JobKind.values:
        raise ConfigError(gettext("kind must be one of %(kinds)s") % {"kinds": ", ".join(JobKind.values)})
    for section, values, fixed in (("lora", lora, FIXED_LORA_FIELDS), ("trainer", trainer, FIXED_TRAINER_FIELDS)):
        taken = sorted(set(values) & fixed)
        if taken:
            raise ConfigError(
                gettext("%(field)s is decided by medpref, not by the config") % {"field": f"{section}.{taken[0]}"}
            )
    for section, name, ok, message in RANGE_CHECKS:
        values = lora if section == "lora" else trainer
        if name in values and not ok(values[name]):
            raise ConfigError(
                gettext("%(field)s %(requirement)s") % {"field": f"{section}.{name}", "requirement": gettext(message)}
            )
    weights = trainer.get("loss_weights")
    if weights is not None and (
        not isinstance(weights, list) or len(weights) != len(trainer.get("loss_type", ["sigmoid"]))
    ):
        raise ConfigError(gettext("trainer.loss_weights needs one weight per loss_type"))
    build_lora(lora)
    build_trainer_config(kind, {**trainer, **CPU_CHECK}, output_dir="unused")


def build_lora(lora: dict[str, Any]):
    from peft import LoraConfig

    try:
        return LoraConfig(task_type="CAUSAL_LM", **lora)
    except (TypeError, ValueError) as exc:
        raise ConfigError(gettext("lora: %(problem)s") % {"problem": exc}) from exc


def build_trainer_config(
    kind: str, trainer: dict[str, Any], *, output_dir: str, hardware: dict[str, Any] | None = None
):
    """TRL's DPOConfig or SFTConfig from the job's `trainer` settings; `hardware` fills in what the
    job left to the machine, and medpref's fixed fields (no checkpoints, no reporting) go last."""
    from trl import DPOConfig, SFTConfig

    config_class = DPOConfig if kind == JobKind.DPO else SFTConfig
    arguments = {**(hardware or {}), **trainer, **FIXED_TRAINER, "output_dir": output_dir}
    try:
        return config_class(**arguments)
    except (TypeError, ValueError) as exc:
        raise ConfigError(
            gettext("trainer (%(config_class)s): %(problem)s") % {"config_class": config_class.__name__, "problem": exc}
        ) from exc


@dataclass
class JobConfig:
    """Everything `python -m training.run` needs: where the data, base and output are, and the settings."""

    kind: str
    base_model: str
    dataset_path: str
    output_dir: str
    adapter: str | None = None  # start from this LoRA adapter (e.g. the SFT result) instead of a new one
    snapshot_sha256: str = ""
    # A mixture job: its held-out rows (the forgetting check) and its manifest (the model card's mixture card).
    heldout_path: str | None = None
    mixture: dict[str, Any] | None = None
    lora: dict[str, Any] = field(default_factory=dict)
    trainer: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: dict[str, Any], *, validate: bool = True) -> JobConfig:
        known = set(cls.__dataclass_fields__)
        unknown = sorted(set(data) - known)
        if unknown:
            raise ConfigError(gettext("unknown config field(s): %(fields)s") % {"fields": ", ".join(unknown)})
        missing = [name for name in ("kind", "base_model", "dataset_path", "output_dir") if not data.get(name)]
        if missing:
            raise ConfigError(gettext("missing config field(s): %(fields)s") % {"fields": ", ".join(missing)})
        if data["kind"] not in JobKind.values:
            raise ConfigError(gettext("kind must be one of %(kinds)s") % {"kinds": ", ".join(JobKind.values)})
        settings = merged(data["kind"], {section: data[section] for section in SECTIONS if section in data})
        config = cls(**{**data, **settings})
        if validate:
            check(config.kind, config.lora, config.trainer)
        return config

    @classmethod
    def load(cls, path: str | Path) -> JobConfig:
        return cls.from_dict(json.loads(Path(path).read_text(encoding="utf-8")))

    def save(self, path: str | Path) -> None:
        Path(path).write_text(json.dumps(asdict(self), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    @property
    def max_length(self) -> int:
        return self.trainer["max_length"]
