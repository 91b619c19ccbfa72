"""Waiting on a generation job through the API, as a client would, for the tests that run rounds on
the real worker."""

from __future__ import annotations

import time

ENDED = ("succeeded", "failed", "cancelled")  # the states a generation job does not leave


def wait_until(admin, job_id: int, predicate, timeout: float = 180, poll: float = 0.5) -> dict:
    """The job's state as the API serves it, once `predicate` holds for it; fails after `timeout` seconds."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        state = admin.get(f"/api/v1/generation-jobs/{job_id}/").json()
        if predicate(state):
            return state
        time.sleep(poll)
    raise AssertionError(f"generation job {job_id} timed out: {state}")
