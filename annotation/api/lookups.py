"""Lookups shared by the API views: an object the requesting user may see, else 404."""

from __future__ import annotations

from django.shortcuts import get_object_or_404

from annotation.errors import NotFound
from annotation.models import Campaign, Pair
from annotation.selectors.visibility import visible_campaigns, visible_pairs


def campaign_for(request, pk: int) -> Campaign:
    return get_object_or_404(visible_campaigns(request.user), pk=pk)


def pair_for(request, pk: int, *, related: bool = False) -> Pair:
    """The pair if her role lets her see it; 404 otherwise (its existence is not disclosed)."""
    pairs = visible_pairs(request.user)
    if related:
        pairs = pairs.select_related("campaign", "prompt", "response_a", "response_b")
    pair = pairs.filter(pk=pk).first()
    if pair is None:
        raise NotFound(f"pair {pk} does not exist or was not handed to you")
    return pair
