"""How a run's child process reports to its supervisor: one stdout line per event, `@medpref `
followed by JSON. Everything else the child prints (warnings, tracebacks) is kept as its log tail.

Imported by the child processes themselves (`python -m training.run`, `python -m inference.generation`),
which run without Django: this module needs nothing but the standard library.
"""

from __future__ import annotations

import json

EVENT_PREFIX = "@medpref "


def emit(event: str, **data) -> None:
    """Report `event` with its data to the supervisor (a line on stdout, flushed at once)."""
    print(EVENT_PREFIX + json.dumps({"event": event, **data}, ensure_ascii=False, default=str), flush=True)


def parse(line: str) -> dict | None:
    """The event a stdout line carries, or None for an ordinary line."""
    if not line.startswith(EVENT_PREFIX):
        return None
    try:
        event = json.loads(line[len(EVENT_PREFIX) :])
    except json.JSONDecodeError:
        return None
    return event if isinstance(event, dict) else None
