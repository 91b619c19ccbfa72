"""Statistics of evaluations as pure functions: win rates with intervals, a position-bias test,
and Bradley-Terry scores, raw or style-controlled, with bootstrap intervals.

Bradley-Terry is fitted as a logistic regression, as Chatbot Arena does (FastChat's
`compute_mle_elo` / `compute_style_control`): P(x beats y) = sigmoid(theta_x - theta_y + beta . z),
where z holds the style differences of the two answers (length, headings, list items, bold runs).
With z empty it is the plain Bradley-Terry model. Ties count as half a win (a fractional target).
"""

from __future__ import annotations

import math
import re
from collections.abc import Hashable, Sequence
from dataclasses import dataclass

import numpy as np

Z95 = 1.959963984540054
STYLE_FEATURES = ("length", "headings", "list_items", "bold")
HEADING = re.compile(r"^\s{0,3}#{1,6}\s", re.MULTILINE)
LIST_ITEM = re.compile(r"^\s*(?:[-*+•]|\d{1,3}[.)、])\s", re.MULTILINE)
BOLD = re.compile(r"\*\*[^*\n]+\*\*|__[^_\n]+__")


def win_rate(wins: int, ties: int, losses: int, identical: int = 0) -> dict:
    """Win rate counting a tie (judged or identical answers) as half a win, with its 95% Wilson interval."""
    n = wins + ties + losses + identical
    counts = {"wins": wins, "ties": ties, "losses": losses, "identical": identical, "n": n}
    if n == 0:
        return {**counts, "win_rate": None, "ci_low": None, "ci_high": None}
    p = (wins + (ties + identical) / 2) / n
    low, high = wilson_interval(p, n)
    return {**counts, "win_rate": round(p, 4), "ci_low": round(low, 4), "ci_high": round(high, 4)}


def wilson_interval(p: float, n: int, z: float = Z95) -> tuple[float, float]:
    denominator = 1 + z * z / n
    center = (p + z * z / (2 * n)) / denominator
    margin = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denominator
    return max(0.0, center - margin), min(1.0, center + margin)


def binomial_two_sided_p(successes: int, n: int, p: float = 0.5) -> float | None:
    """Exact two-sided binomial test: the probability of an outcome no likelier than the one seen."""
    if n == 0:
        return None
    probabilities = [math.comb(n, k) * p**k * (1 - p) ** (n - k) for k in range(n + 1)]
    observed = probabilities[successes]
    return min(1.0, sum(q for q in probabilities if q <= observed * (1 + 1e-9)))


def position_bias(left_wins: int, n: int) -> dict:
    """How often the answer shown on the left won a non-tie judgement; 0.5 means no bias."""
    if n == 0:
        return {"n": 0, "left_wins": 0, "left_share": None, "ci_low": None, "ci_high": None, "p_value": None}
    low, high = wilson_interval(left_wins / n, n)
    return {
        "n": n,
        "left_wins": left_wins,
        "left_share": round(left_wins / n, 4),
        "ci_low": round(low, 4),
        "ci_high": round(high, 4),
        "p_value": round(binomial_two_sided_p(left_wins, n), 4),
    }


# --- style ------------------------------------------------------------------------------------


def style_counts(text: str) -> dict[str, int]:
    """Length in characters (CJK-safe, unlike word counts) and markdown elements of one answer."""
    return {
        "length": len(text),
        "headings": len(HEADING.findall(text)),
        "list_items": len(LIST_ITEM.findall(text)),
        "bold": len(BOLD.findall(text)),
    }


def style_difference(x: str, y: str) -> tuple[float, ...]:
    """Per feature (x - y) / (x + y): scale-free, in [-1, 1], 0 when neither answer has it."""
    a, b = style_counts(x), style_counts(y)
    return tuple((a[f] - b[f]) / (a[f] + b[f]) if a[f] + b[f] else 0.0 for f in STYLE_FEATURES)


# --- Bradley-Terry ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Outcome:
    """One judged comparison: x against y, x's score (1 win, 0.5 tie, 0 loss), style differences x - y."""

    x: Hashable
    y: Hashable
    score: float
    style: tuple[float, ...] = ()


@dataclass(frozen=True)
class Fit:
    scores: dict[Hashable, float]  # log-odds strengths, centred at 0
    style: dict[str, float]  # coefficient per style feature (per unit of its scaled difference)


def design(outcomes: Sequence[Outcome], models: list, with_style: bool) -> tuple[np.ndarray, np.ndarray]:
    index = {m: i for i, m in enumerate(models)}
    columns = len(models) + (len(STYLE_FEATURES) if with_style else 0)
    X = np.zeros((len(outcomes), columns))
    for row, outcome in enumerate(outcomes):
        X[row, index[outcome.x]] += 1.0
        X[row, index[outcome.y]] -= 1.0
        if with_style:
            X[row, len(models) :] = outcome.style
    if with_style:
        # Scaled by their root mean square, not centred: which model is x is fixed by the evaluation
        # (model A), so a non-zero mean is signal (A writes longer), not a nuisance to remove.
        style = X[:, len(models) :]
        rms = np.sqrt((style**2).mean(axis=0))
        X[:, len(models) :] = np.divide(style, rms, out=np.zeros_like(style), where=rms > 0)
    return X, np.array([o.score for o in outcomes], dtype=float)


def fit_bradley_terry(outcomes: Sequence[Outcome], *, with_style: bool = False, ridge: float = 0.1) -> Fit:
    """Maximum (penalised) likelihood: see `newton`."""
    models = sorted({m for o in outcomes for m in (o.x, o.y)}, key=str)
    if not models:
        return Fit({}, {})
    X, y = design(outcomes, models, with_style)
    theta = newton(X, y, len(models), ridge)
    scores = {m: float(theta[i]) for i, m in enumerate(models)}
    style = {f: float(theta[len(models) + i]) for i, f in enumerate(STYLE_FEATURES)} if with_style else {}
    return Fit(scores, style)


def newton(X: np.ndarray, y: np.ndarray, models: int, ridge: float, iterations: int = 50) -> np.ndarray:
    """Newton's method on the logistic log-likelihood with a Gaussian prior of precision `ridge` on
    every coefficient: it keeps the scores finite when a version won every comparison, and is what
    centres them at 0. ridge=0 is the plain maximum-likelihood estimate."""
    theta = np.zeros(X.shape[1])
    penalty = ridge * np.eye(X.shape[1])
    for _ in range(iterations):
        p = 1.0 / (1.0 + np.exp(-(X @ theta)))
        gradient = X.T @ (y - p) - penalty @ theta
        hessian = (X * (p * (1 - p))[:, None]).T @ X + penalty
        step = np.linalg.lstsq(hessian, gradient, rcond=None)[0]  # singular without a ridge: minimal-norm step
        theta += step
        theta[:models] -= theta[:models].mean()  # strengths are defined up to a constant
        if np.abs(step).max() < 1e-10:
            break
    return theta


def bootstrap_intervals(
    outcomes: Sequence[Outcome], *, with_style: bool = False, rounds: int = 200, seed: int = 0, ridge: float = 0.1
) -> dict[Hashable, tuple[float, float]]:
    """95% percentile intervals of the scores, resampling the judged comparisons with replacement
    (style differences keep the scale of the full sample, so every refit measures them alike)."""
    models = sorted({m for o in outcomes for m in (o.x, o.y)}, key=str)
    if not models:
        return {}
    X, y = design(outcomes, models, with_style)
    rng = np.random.default_rng(seed)
    samples = np.array(
        [
            newton(X[rows], y[rows], len(models), ridge, iterations=25)[: len(models)]
            for rows in rng.integers(0, len(y), (rounds, len(y)))
        ]
    )
    low, high = np.percentile(samples, [2.5, 97.5], axis=0)
    return {m: (float(low[i]), float(high[i])) for i, m in enumerate(models)}
