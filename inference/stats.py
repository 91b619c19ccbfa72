"""Statistics of evaluations as pure functions: win rates with intervals, Bradley-Terry scores."""
from __future__ import annotations

import math
import random
from collections import defaultdict
from typing import Hashable, Sequence

Z95 = 1.959963984540054


def win_rate(wins: int, ties: int, losses: int) -> dict:
    """Win rate counting a tie as half a win, with its 95% Wilson score interval."""
    n = wins + ties + losses
    if n == 0:
        return {"wins": 0, "ties": 0, "losses": 0, "n": 0, "win_rate": None, "ci_low": None, "ci_high": None}
    p = (wins + ties / 2) / n
    low, high = wilson_interval(p, n)
    return {"wins": wins, "ties": ties, "losses": losses, "n": n, "win_rate": round(p, 4), "ci_low": round(low, 4), "ci_high": round(high, 4)}


def wilson_interval(p: float, n: int, z: float = Z95) -> tuple[float, float]:
    denominator = 1 + z * z / n
    center = (p + z * z / (2 * n)) / denominator
    margin = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denominator
    return max(0.0, center - margin), min(1.0, center + margin)


Outcome = tuple[Hashable, Hashable, float]  # (model x, model y, score of x: 1 win, 0.5 tie, 0 loss)


def bradley_terry(outcomes: Sequence[Outcome], iterations: int = 200) -> dict[Hashable, float]:
    """Bradley-Terry strengths by the MM algorithm (ties as half a win each), on a log scale
    centred at 0; a small prior of one tie against an average opponent keeps them finite."""
    models = sorted({m for x, y, _ in outcomes for m in (x, y)}, key=str)
    if not models:
        return {}
    wins: dict = defaultdict(float)
    games: dict = defaultdict(float)
    for x, y, score in outcomes:
        wins[x] += score
        wins[y] += 1 - score
        games[frozenset((x, y))] += 1
    strength = {m: 1.0 for m in models}
    for _ in range(iterations):
        updated = {}
        for m in models:
            denominator = sum(count / (strength[m] + strength[other]) for pair, count in games.items() if m in pair for other in pair - {m})
            # Prior: half a win and half a loss against an opponent of strength 1.
            denominator += 1 / (strength[m] + 1.0)
            updated[m] = (wins[m] + 0.5) / denominator
        mean_log = sum(math.log(v) for v in updated.values()) / len(updated)
        strength = {m: v / math.exp(mean_log) for m, v in updated.items()}
    return {m: math.log(v) for m, v in strength.items()}


def bootstrap_intervals(outcomes: Sequence[Outcome], *, rounds: int = 200, seed: int = 0) -> dict[Hashable, tuple[float, float]]:
    """95% percentile intervals of the Bradley-Terry scores, resampling the judged pairs."""
    if not outcomes:
        return {}
    rng = random.Random(seed)
    samples: dict = defaultdict(list)
    for _ in range(rounds):
        resampled = [outcomes[rng.randrange(len(outcomes))] for _ in outcomes]
        for model, score in bradley_terry(resampled, iterations=100).items():
            samples[model].append(score)
    intervals = {}
    for model, values in samples.items():
        values.sort()
        intervals[model] = (values[int(0.025 * (len(values) - 1))], values[int(math.ceil(0.975 * (len(values) - 1)))])
    return intervals
