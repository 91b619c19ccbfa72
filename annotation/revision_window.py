"""Whether an annotator may still revise her annotation of a pair: one rule for gold and other pairs.

A pair closes (consensus or dispute) when its required annotations are all in, and from then on
its annotations are final. Gold pairs never close (every annotator judges them, and they are not
counted towards consensus), so a rule that looked only at the state would keep them revisable for
ever, and an annotator who tries to revise all her pairs would learn exactly which are gold. A gold
pair therefore locks as another pair in her place would have: once it holds the campaign's
required number of annotations.
"""

from __future__ import annotations

from annotation.models import Annotation, Pair, PairState


def open_for_revision(pair: Pair) -> bool:
    """True while annotations of `pair` may still be revised (pending and, if gold, not yet 'full')."""
    if pair.state != PairState.PENDING:
        return False
    if not pair.is_gold:
        return True
    return Annotation.objects.filter(pair=pair).count() < pair.campaign.annotations_per_pair
