"""The scrubber's shortcuts (`annotation.deid.prefilter`) change its speed, never its output.

Each shortcut skips work only where the pattern itself says nothing can match; these tests check
that claim on the labelled sets (not `fresh3`, which is held out) and on hostile inputs, and pin
the scrubbed output of the labelled sets so that a faster scrubber is known to be the same one.
"""

from __future__ import annotations

import hashlib
import json
import time
from pathlib import Path

import pytest

from annotation.deid import (
    RULE_BEGINNINGS,
    RULE_REQUIRED,
    RULE_SEARCHES,
    RULES,
    SEPARATOR,
    VERSION,
    scrub_conversation,
)
from annotation.deid.prefilter import required_chars, skipping_search, starts
from annotation.text import normalise
from tests.annotation.test_hostile_input import TIME_LIMIT_S, attacks

DATA = Path(__file__).resolve().parents[1] / "data"
SPLITS = ("dev", "seen", "heldout", "fresh", "dev2", "fresh2")  # never fresh3: held out
# sha256 of the scrubbed texts and counts of SPLITS, by scrubber VERSION: a change of what is replaced
# bumps VERSION and pins its new digest here; a change of speed alone must leave the digest as it is.
PINNED = {"6": "d482cb661eab1f69f87799e9681a49a01d3d4d876ff57624fd8facff87ded558"}


def conversations() -> list[list[str]]:
    return [
        json.loads(line)["turns"]
        for split in SPLITS
        for line in (DATA / f"deid_{split}.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


def test_scrubbed_output_of_the_labelled_sets_is_pinned():
    digest = hashlib.sha256()
    for turns in conversations():
        result = scrub_conversation(turns)
        digest.update(json.dumps([result.texts, sorted(result.counts.items())], ensure_ascii=False).encode())
    assert VERSION in PINNED, "what is replaced changed: pin the new VERSION's digest"
    assert digest.hexdigest() == PINNED[VERSION]


def test_a_rule_is_skipped_only_where_it_finds_nothing():
    texts = [SEPARATOR.join(normalise(t) for t in turns) for turns in conversations()]
    skipped = 0
    for text in texts:
        held = set(text)
        for rule, beginning, needed in zip(RULES, RULE_BEGINNINGS, RULE_REQUIRED):
            if (beginning is not None and beginning.isdisjoint(held)) or not needed <= held:
                skipped += 1
                assert not list(rule.find(text)), (rule.kind, rule.pattern.pattern[:80])
    assert skipped > len(texts)  # the shortcut does skip work


def test_required_characters_are_read_from_the_pattern():
    import re

    assert required_chars(re.compile(r"\d+年(?:出生|生于)")) == {"年", "生"}
    assert required_chars(re.compile(r"a|b")) == set()
    assert required_chars(re.compile(r"x(?=@)(?!#)")) == {"x", "@"}


def test_skipping_search_finds_what_search_finds():
    texts = [SEPARATOR.join(normalise(t) for t in turns) for turns in conversations()]
    searched = [(rule, search) for rule, search in zip(RULES, RULE_SEARCHES) if search is not None]
    assert searched
    for text in texts:
        for rule, search in searched:
            assert list(rule.find(text, search)) == list(rule.find(text))


def test_a_start_class_is_only_made_where_every_match_begins_with_it():
    import re

    pattern = re.compile(r"(?<![a-z])(?P<v>[A-Z][a-z]+|Q\d)")
    start = starts(pattern)
    assert start is not None and start.pattern == "[A-ZQ]"
    assert starts(re.compile(r"(?<!x)(?:\d|[A-Z])y")) is None  # \d is too common to loop over in Python
    search = skipping_search(pattern, start)
    assert search("xAb Cd", 0).span() == pattern.search("xAb Cd", 0).span() == (4, 6)


@pytest.mark.parametrize("index", [i for i, search in enumerate(RULE_SEARCHES) if search is not None])
def test_skipping_search_takes_linear_time_on_1mb_adversarial_input(index):
    rule, search = RULES[index], RULE_SEARCHES[index]
    for name, make in attacks(rule).items():
        text = make()
        started = time.process_time()
        list(rule.find(text, search))
        elapsed = time.process_time() - started
        assert elapsed < TIME_LIMIT_S, f"pattern {index} ({rule.kind}) took {elapsed:.2f} s on 1 MB of {name}"


def test_characters_under_an_inline_ignorecase_flag_are_not_required():
    import re

    assert required_chars(re.compile(r"(?i:ab)c")) == {"c"}
