"""Scripted annotation helpers shared by service-level tests."""
import uuid

from annotation.rules import Scores
from annotation.services.submission import submit_annotation


def judge_pair(user, pair, a: Scores, b: Scores, client_id=None, **kwargs):
    """Submit scores for this exact pair without taking a lease (a free slot is enough)."""
    return submit_annotation(annotator=user, pair_id=pair.pk, client_id=client_id or uuid.uuid4(), scores={"a": a, "b": b}, **kwargs)
