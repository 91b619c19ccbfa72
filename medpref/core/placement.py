"""Where a response is placed (A or B, a candidate's position), drawn so that judges cannot recompute it.

Judges see the texts, the pair's external id and its letters. A placement derived from those alone
(a plain hash of the id or of the texts) lets anyone holding them recover what blinding hides: which
response an imported file labelled chosen, which model wrote side A. So each placement is an HMAC
keyed with a key derived from the server's SECRET_KEY (as Django's `salted_hmac`, one salt per purpose):
as random as a coin to anyone without the secret, yet the same every time on this server, so
importing the same file again draws the same placements. Stored pairs keep theirs: nothing is
recomputed after storing, so a new SECRET_KEY changes only pairs made after it.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import random
from functools import lru_cache
from typing import Any

from django.conf import settings

#: Prefix of every purpose's salt, so that no other keyed value of the project shares a key with these.
SALT = "medpref.core.placement"


def keyed_digest(purpose: str, *parts: Any) -> bytes:
    """The HMAC of `parts` (JSON) under the server's key for `purpose`: what Django's
    `salted_hmac(f"{SALT}.{purpose}", message, algorithm="sha256")` gives, with the key derived
    once per purpose and secret rather than per row (an import draws one per row)."""
    message = json.dumps(parts, ensure_ascii=False, sort_keys=True, default=str)
    return hmac.digest(purpose_key(purpose, settings.SECRET_KEY), message.encode(), "sha256")


@lru_cache(maxsize=64)
def purpose_key(purpose: str, secret: str) -> bytes:
    """The key `salted_hmac` derives from its salt and the secret (the secret is an argument, so
    that a new SECRET_KEY, as tests set, gives a new key)."""
    return hashlib.sha256(f"{SALT}.{purpose}{secret}".encode()).digest()


def keyed_coin(purpose: str, *parts: Any) -> bool:
    """A fair coin for `parts`: True or False, each for half of all inputs, unpredictable without the key."""
    return keyed_digest(purpose, *parts)[0] % 2 == 0


def keyed_permutation(count: int, purpose: str, *parts: Any) -> list[int]:
    """A permutation of range(count), uniform over all of them to anyone without the key."""
    places = list(range(count))
    random.Random(keyed_digest(purpose, *parts)).shuffle(places)
    return places
