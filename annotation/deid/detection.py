"""What a rule found: its kind and where, shared by the scrubber and the propagation of names."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Detection:
    """An identifier found in the text given to `detect`, with its offsets there."""

    kind: str
    start: int
    end: int
    text: str
