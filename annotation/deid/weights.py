"""The learned taggers' model: logistic-regression weights over string features and two thresholds,
stored as JSON beside the code and read once on first use (`tagger.py` for Han names,
`latin_tagger.py` for names in Latin letters; both trained by `scripts/train_name_tagger.py`)."""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from itertools import repeat
from pathlib import Path


@dataclass(frozen=True)
class Model:
    """Logistic-regression weights and the two thresholds (on the score, a log-odds)."""

    weights: dict[str, float]
    replace_at: float
    review_at: float
    # Words the development sets write in lower case (the Latin tagger's: "far", "pharmacy"); none for the
    # Chinese one, which reads jieba's dictionary instead.
    vocabulary: frozenset[str] = frozenset()

    def score(self, feature_list: list[str]) -> float:
        return sum(map(self.weights.get, feature_list, repeat(0.0)))

    def to_json(self) -> str:
        data = {
            "replace_at": self.replace_at,
            "review_at": self.review_at,
            "weights": {f: round(w, 4) for f, w in sorted(self.weights.items()) if abs(w) >= 0.001},
        }
        if self.vocabulary:
            data["vocabulary"] = " ".join(sorted(self.vocabulary))
        return json.dumps(data, ensure_ascii=False, indent=0, sort_keys=True) + "\n"

    @classmethod
    def from_json(cls, text: str) -> Model:
        data = json.loads(text)
        vocabulary = frozenset(data.get("vocabulary", "").split())
        return cls(dict(data["weights"]), float(data["replace_at"]), float(data["review_at"]), vocabulary)


OFF = Model({}, math.inf, math.inf)  # replaces and lists nothing


def probability(score: float) -> float:
    return 1.0 / (1.0 + math.exp(-score))


class Stored:
    """A model file's weights, read on first use, and a way to score with others for a while
    (cross-validation scores each split with a model trained on the others)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._override: Model | None = None
        self.stored = cache(self._read)

    def _read(self) -> Model:
        return Model.from_json(self.path.read_text(encoding="utf-8"))

    @contextmanager
    def using(self, model: Model | None) -> Iterator[None]:
        """Score with `model` instead of the stored weights (None: the tagger is off)."""
        previous = self._override
        self._override = model if model is not None else OFF
        try:
            yield
        finally:
            self._override = previous

    def active(self) -> Model:
        return self._override or self.stored()


# The Latin name tagger's model, here rather than in `latin_tagger.py` because the rules read its vocabulary
# too (the words people write in lower case: `names.record_surname_first`), and the tagger reads the rules.
LATIN_MODEL = Stored(Path(__file__).with_name("latin_name_model.json"))
