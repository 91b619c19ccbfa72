"""What the hostile-input tests throw at each pattern, and how they tell linear time from worse: shared by
test_hostile_input (every rule on 1 MB inputs) and test_deid_speed (the shortcuts on the same inputs)."""

import random
import time
from collections.abc import Callable

MB = 1_000_000
# CPU seconds. Measured on the shared 2-core machine: 0.01-0.6 s per input when idle, up to 1.7 s
# under the other sessions' load; the quadratic e-mail pattern this replaces needed ~20 s for 120 kB.
# Slower machines take longer on the densest near misses (3-4.7 s on the one of session 7): past the
# limit, the time must grow with the text as a line does (`assert_linear_time`), not as a square.
TIME_LIMIT_S = 4.0
LINEAR_RATIO = 8  # 1 MB against its first quarter: 4 when linear (3.4-6.1 measured), 16 when quadratic


def cpu_seconds(work: Callable[[str], object], text: str) -> float:
    started = time.process_time()
    work(text)
    return time.process_time() - started


def assert_linear_time(work: Callable[[str], object], text: str, what: str) -> None:
    """`work(text)` takes less than TIME_LIMIT_S, or, on a machine slow enough to take longer, at most
    LINEAR_RATIO times what it takes on the text's first quarter (what a backtracking blow-up is not)."""
    elapsed = cpu_seconds(work, text)
    if elapsed < TIME_LIMIT_S:
        return
    quarter = max(cpu_seconds(work, text[: len(text) // 4]) for _ in range(2))  # the slower of two: noise
    assert elapsed < LINEAR_RATIO * quarter, (
        f"{what} took {elapsed:.2f} s on {len(text):,} characters and {quarter:.2f} s on a quarter of them"
    )


def run(chars: str, length: int = MB) -> str:
    return (chars * (length // len(chars) + 1))[:length]


def address_characters() -> str:
    rng = random.Random(8)
    return "".join(rng.choice("省市区县路街巷大道号楼室北京自治区") for _ in range(MB))


# Inputs every pattern meets: long runs of what its classes accept (digits, spaces, letters, capitalised
# words, Han characters that are surnames, titles or address units) ...
COMMON_ATTACKS = {
    "digits": lambda: run("1"),
    "spaces": lambda: run(" "),
    "letters": lambda: run("a"),
    "capitalised words": lambda: run("Aa "),
    "surnames": lambda: run("王"),
    "address characters": address_characters,
}


# ... and its own near miss (`Rule.probe`: almost an identifier), again and again and once before a run
# of spaces, which makes a backtracking engine retry.
def attacks(rule) -> dict:
    return {
        **COMMON_ATTACKS,
        "near misses": lambda: run(rule.probe),
        "near miss then spaces": lambda: rule.probe + run(" ") + "x",
    }
