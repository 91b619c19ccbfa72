"""The cyclic garbage collector around bulk work: paused while thousands of rows are alive.

A batch of an export or an import keeps thousands of dicts and lists alive, so the collector ran
every few hundred allocations and walked every object of the process each time it reached the oldest
generation: a fifth of an export's CPU time, a quarter of an import's own process. Reference counting
still frees what holds no cycle; where cycles may form (an exception kept with its traceback, one per
bad row of an import), `collect_young` frees them between batches, walking only the objects made
since the last collection.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def without_cycle_collection() -> Iterator[None]:
    """The cyclic garbage collector paused inside the block (as it was after)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def collect_young() -> None:
    """Free the reference cycles among the objects made since the last collection (the youngest
    generation: while the collector is paused, every new object stays in it)."""
    gc.collect(0)
