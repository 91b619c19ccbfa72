"""The demo's instruction datasets and mixture: medical instructions, medical dialogues and general
instructions written for medpref (data/), small enough that the tiny model runs a ratio sweep on CPU.

Each file uses another upload layout (instruction/input/output, ShareGPT, messages), so the demo
also shows the importer reading them. `benchmark.jsonl` is a small multiple-choice benchmark (40
questions, Chinese and English, medical and general, in the CMExam, MedQA and plain letter
layouts) that the forgetting check scores after every job on the demo mixture.
"""

from __future__ import annotations

from pathlib import Path

from annotation.models import User
from training import services
from training.models import Benchmark, DatasetKind, InstructionDataset, Mixture, ModelVersion

DATA = Path(__file__).with_name("data")
DEMO_DATASETS = (
    ("demo-medical-instructions", DatasetKind.MEDICAL, "medical_instructions.jsonl"),
    ("demo-medical-dialogue", DatasetKind.DIALOGUE, "medical_dialogue.jsonl"),
    ("demo-general-instructions", DatasetKind.GENERAL, "general_instructions.jsonl"),
)
DEMO_MIXTURE = "demo-mixture"
DEMO_BENCHMARK = ("demo-benchmark", "benchmark.jsonl")
# Medical rows hold most of the mixture; the general share is what the demo's sweep varies.
DEMO_SHARES = {DatasetKind.MEDICAL: 0.5, DatasetKind.DIALOGUE: 0.3, DatasetKind.GENERAL: 0.2}


def load_demo_datasets(user: User | None = None, tokenizer_version: ModelVersion | None = None) -> Mixture:
    """Upload the demo datasets (de-identified like any upload) and their mixture, once; returns the mixture."""
    datasets = []
    for name, kind, filename in DEMO_DATASETS:
        dataset = InstructionDataset.objects.filter(name=name).first() or services.upload_dataset(
            name=name,
            kind=kind,
            data=(DATA / filename).read_bytes(),
            filename=filename,
            description="Written for the medpref demo.",
            tokenizer_version=tokenizer_version,
            user=user,
        )
        datasets.append(dataset)
    name, filename = DEMO_BENCHMARK
    benchmark = Benchmark.objects.filter(name=name).first() or services.upload_benchmark(
        name=name,
        data=(DATA / filename).read_bytes(),
        filename=filename,
        description="Written for the medpref demo: medical and general questions, Chinese and English.",
        user=user,
    )
    return Mixture.objects.filter(name=DEMO_MIXTURE).first() or services.create_mixture(
        name=DEMO_MIXTURE,
        description="The demo's medical and general datasets; run a ratio sweep from its page.",
        components=[{"dataset": d, "share": DEMO_SHARES[d.kind]} for d in datasets],
        seed=0,
        heldout_fraction=0.1,
        heldout_max=30,
        user=user,
        benchmarks=[benchmark],
    )
