"""De-identification figures on the labelled sets (tests/data/deid_*.jsonl).

    .venv/bin/python bench/deid.py                    # every split whose file is there
    .venv/bin/python bench/deid.py dev fresh          # only these splits
    .venv/bin/python bench/deid.py fresh --misses     # and list what was missed or wrongly replaced
    .venv/bin/python bench/deid.py dev --rules        # and the rules that take the most time

Prints recall per kind and language, precision, the share of PHI-free texts changed at all, the
protected clinical values lost, and throughput (MB of UTF-8 per second of this process's CPU time,
scrubbing only: on a machine shared with other work, wall-clock time says more about the others). An
identifier counts as caught only when none of its distinctive parts (`parts` in the set) survives
anywhere in the scrubbed conversation. Figures, not assertions: tests/annotation/test_deid.py pins floors.

The scrubber was tuned on `dev`, `seen`, `heldout`, `fresh` and `fresh2`: each was held out once and
tuned on after its figures were reported (`fresh`, written by someone who never read the scrubber with
tests/data/make_deid_fresh.py, in the third round of issue 10; `fresh2`, written the same way by
someone else, reported with scrubbers 4 and 5, then retired and tuned on in round 6). `dev2`
(tests/data/make_deid_dev2.py, round 4), `dev3` and `dev4` (round 7, written blind to the scrubber, Chinese-
and English-first) are development data in styles the others lacked. `fresh3`
(tests/data/make_deid_fresh3.py, written blind in round 6 by someone who never read the scrubber)
is for reporting only: its figures are the honest ones. Never tune on it, read its texts or misses,
or pin floors from it; it is skipped while its file is absent. `fresh4` (tests/data/make_deid_fresh4.py, round 7) is
a second blind held-out set under the same rules. `dev5` (tests/data/make_deid_dev5.py, round 8, Chinese person
names first, written blind to the scrubber) was reported on before scrubber 9's rules were tuned on it.
`clean6` (tests/data/make_deid_clean6.py, round 9) is 400 PHI-free conversations written blind to the scrubber, for
the share of PHI-free texts changed and the protected values lost; it was reported before round 9 tuned on it.
`dev6` (tests/data/make_deid_dev6.py, round 10, written blind: names without cue words, 30% PHI-free look-alikes)
was reported on (scrubber 10: recall 0.829, names 0.770, 22/108 PHI-free texts changed) before round 10 tuned on it.
`dev7` (tests/data/make_deid_dev7.py, round 11, written blind: record excerpts, signatures, nicknames, pinyin and
non-Anglo names, voice transcripts, 30% PHI-free) was reported on (scrubber 11: recall 0.922, names 0.893,
precision 0.930, 9/108 PHI-free texts changed, 15 protected values lost) before round 11 tuned on it.
`dev8` (record labels, tables, dates of birth) and `dev9` (addresses) were written blind in rounds 12 and 13,
`dev10` (tests/data/make_deid_dev10.py, round 14: person names in rosters, lists, chats, handovers, names that are
words, 35% PHI-free) was reported on (recall 0.836, names 0.777) before round 14 tuned on it. `fresh5`
(tests/data/make_deid_fresh5.py, written blind in round 14 by someone who read neither the scrubber nor the other
sets) is a third held-out set under the rules of `fresh3`: figures only. `dev12` (tests/data/make_deid_dev12.py, round 15,
written blind: Chinese names in running text without cue words, given names alone, nicknames, 35% PHI-free) was
reported on (scrubber 15: recall 0.644, names 0.570, Chinese names 0.470) before round 15 trained the tagger on it.
`dev13` (tests/data/make_deid_dev13.py, round 15, written blind by another writer: names in genres the others lack,
Hong Kong and Taiwan text, mixed Chinese and English, 35% PHI-free) was read with scrubbers 15 and 16 (0.807 and 0.847,
names 0.737 and 0.792) before round 15's last changes were tuned on it and the tagger trained on it.
`dev14` (tests/data/make_deid_dev14.py, round 16, written blind: names in Latin letters from many countries, pinyin
and Cantonese spellings, lowercase chat, names that are words, 35% PHI-free) was read with scrubber 18 (recall 0.806,
names 0.749, English names 0.743) and with the Latin-name tagger trained without it (0.836, names 0.788 at 0.97)
before round 16 trained that tagger on it.
`dev15` (tests/data/make_deid_dev15.py, round 17, written blind: Chinese names in many genres and positions, rare
and double surnames, minority names, names that are words, nicknames, Hong Kong and Taiwan text, mixed Chinese and
English, 35% PHI-free look-alikes) was read with scrubber 19 (recall 0.863, names 0.839, precision 0.968, 13 of 140
PHI-free texts changed, 13 values lost) before round 17 tuned on it.
`dev16` (tests/data/make_deid_dev16.py, round 18, written blind: addresses of every shape in both languages, dates of
birth, record numbers with many labels, phones and IDs, names in Latin letters, 35% PHI-free look-alikes) was read
with scrubber 20 (recall 0.876, addresses 0.811, dates of birth 0.875, record numbers 0.871, precision 0.973, 5 of
140 PHI-free texts changed, 8 values lost) before round 18 tuned on it.
`dev17` (tests/data/make_deid_dev17.py, round 19, written blind: names above all, Chinese ones without cues and in
Latin letters from Singapore, Malaysia, Vietnam, South Africa, India and New Zealand, with the addresses, IDs, record
numbers and phones of those countries, Ireland and Canada, about a third PHI-free look-alikes) was read with scrubber
21 (recall 0.859, names 0.864, addresses 0.619, IDs 0.733, record numbers 0.853, precision 0.977, 7 of 130 PHI-free
texts changed, 9 values lost) before round 19 tuned on it.
`dev18` (tests/data/make_deid_dev18.py, round 20, written blind: Chinese names without cues as a clause's subject,
before a kin word, in family chats and as pet names, English names without titles and names that are words,
narrative addresses and dates of birth of the UK, Ireland, the US, Canada and Australia, 35% PHI-free look-alikes)
was read with scrubber 22 (recall 0.894, names 0.850, Chinese names 0.823, precision 0.992, 2 of 140 PHI-free texts
changed, 1 value lost) before round 20 tuned on it.
`dev19` (tests/data/make_deid_dev19.py, round 21, written blind: hospital record excerpts in both languages (EMR
headers, lab, imaging and discharge reports, flattened tables, voice transcripts), English addresses of ten countries
and dates of birth in many forms, 35% PHI-free look-alikes) was read with scrubber 23 (recall 0.945, names 0.964,
addresses 0.833, English addresses 0.699, precision 0.969, 12 of 140 PHI-free texts changed, 24 values lost); its
record numbers were then relabelled to the owner's policy (the generator's data card: exam, lab, specimen,
prescription and policy numbers are records), which read 0.946, precision 0.986, 7 of 135 changed, 8 lost, before
round 21 tuned on it.
`dev20` (tests/data/make_deid_dev20.py, round 22, written blind: Chinese names without cue words (a clause's
subject, lists, group chats, names that are words such as 高峰 or 黎明), English addresses written in conversation
and letters, dates of birth said in words, 35% PHI-free look-alikes) was read with scrubber 24 (recall 0.801, names
0.794, Chinese names 0.730, addresses 0.613, English addresses 0.545, precision 0.975, 6 of 112 PHI-free texts
changed, 6 values lost) before round 22 tuned on it.
"""

from __future__ import annotations

import json
import re
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from annotation.deid import (  # noqa: E402
    RULES,
    SEPARATOR,
    VERSION,
    resumed,
    rules_for,
    scrub_conversation,
    trigger_mask,
)
from annotation.deid.rules import features  # noqa: E402
from annotation.text import normalise  # noqa: E402

HELD_OUT_SPLITS = ("fresh3", "fresh4", "fresh5")  # written blind, never tuned on: figures only
TUNED_SPLITS = (
    "dev",
    "seen",
    "heldout",
    "fresh",
    "dev2",
    "fresh2",
    "dev3",
    "dev4",
    "dev5",
    "clean6",
    "dev6",
    "dev7",
    "dev8",
    "dev9",
    "dev10",
    "clean7",
    "dev11",
    "dev12",
    "dev13",
    "dev14",
    "dev15",
    "dev16",
    "dev17",
    "dev18",
    "dev19",
    "dev20",
)
SETS = {split: ROOT / f"tests/data/deid_{split}.jsonl" for split in TUNED_SPLITS + HELD_OUT_SPLITS}
TUNED_ON = set(TUNED_SPLITS)
HELD_OUT = set(HELD_OUT_SPLITS)


PLACEHOLDER = re.compile(r"\[[A-Z]++(?:_\d++)?\]")


def load(split: str) -> list[dict]:
    return [json.loads(line) for line in SETS[split].read_text(encoding="utf-8").splitlines() if line.strip()]


def survives(part: str, text: str) -> bool:
    """Whether `part` is still in `text`: whole words for Latin script, case-insensitive."""
    part = normalise(part)
    if part.isascii():
        return re.search(rf"(?<![A-Za-z0-9]){re.escape(part)}(?![A-Za-z0-9])", text, re.IGNORECASE) is not None
    return part in text


@dataclass
class Figures:
    caught: Counter = field(default_factory=Counter)
    total: Counter = field(default_factory=Counter)
    true_detections: int = 0
    detections: int = 0
    over_wide: int = 0  # true detections that also took 4 or more characters around the identifier
    clean_texts: int = 0
    clean_changed: int = 0
    protected: int = 0
    protected_lost: int = 0
    misses: list[str] = field(default_factory=list)

    def recall(self, key=None) -> float:
        keys = [k for k in self.total if key is None or key in k]
        total = sum(self.total[k] for k in keys)
        return sum(self.caught[k] for k in keys) / total if total else 1.0

    @property
    def precision(self) -> float:
        return self.true_detections / self.detections if self.detections else 1.0

    @property
    def clean_change_rate(self) -> float:
        return self.clean_changed / self.clean_texts if self.clean_texts else 0.0


def evaluate(rows: list[dict]) -> Figures:
    figures = Figures()
    for row in rows:
        result = scrub_conversation(row["turns"])
        # Without the placeholders: the 2 of [NAME_2] is no house number that survived.
        output = PLACEHOLDER.sub(" ", "\n".join(result.texts))
        for span in row["spans"]:
            key = (span["kind"], row["lang"])
            figures.total[key] += 1
            left = [part for part in span["parts"] if survives(part, output)]
            if left:
                figures.misses.append(f"{row['id']} missed {span['kind']} {span['text']!r} (left: {left})")
            else:
                figures.caught[key] += 1
        labelled = [normalise(s["text"]).lower() for s in row["spans"]] + [
            normalise(p).lower() for s in row["spans"] for p in s["parts"]
        ]
        for detection in result.detections:
            figures.detections += 1
            found = detection.text.lower()
            if any(found in text or text in found for text in labelled):
                figures.true_detections += 1
                inside = [text for text in labelled if text in found]
                if not any(found in text for text in labelled) and len(found) - max(map(len, inside)) >= 4:
                    figures.over_wide += 1
                    figures.misses.append(f"{row['id']} replaced too much: {detection.kind} {detection.text!r}")
            else:
                figures.misses.append(f"{row['id']} wrongly replaced {detection.kind} {detection.text!r}")
        if not row["spans"]:
            figures.clean_texts += 1
            figures.clean_changed += any(out != normalise(turn) for out, turn in zip(result.texts, row["turns"]))
        for value in row["protect"]:
            figures.protected += 1
            if normalise(value) not in output:
                figures.protected_lost += 1
                figures.misses.append(f"{row['id']} lost protected value {value!r}")
    return figures


def throughput(rows: list[dict], seconds: float = 2.0) -> float:
    """MB of UTF-8 scrubbed per CPU second (whole conversations, as the import does)."""
    size = sum(len(turn.encode()) for row in rows for turn in row["turns"])
    for row in rows:  # once untimed: word lists and tables load on first use, once per process
        scrub_conversation(row["turns"])
    done, started = 0, time.process_time()
    while time.process_time() - started < seconds:
        for row in rows:
            scrub_conversation(row["turns"])
        done += size
    return done / 1e6 / (time.process_time() - started)


def rule_times(rows: list[dict], top: int = 10) -> list[tuple[float, int, str]]:
    """CPU seconds each rule spends on the split's conversations where `detect` runs it, slowest first.

    Which rules a text wakes is worked out once per text, untimed, as `detect` does it (`rules_for`
    from its features and one automaton scan for all trigger words: `trigger_mask`); each rule is then
    charged only its own work there: the characters its matches need, its prefix pattern, its search
    and its check. Testing a rule's trigger words with `Rule.applies` instead (one `in` per word)
    charged the table rules, with their thousand header words, ~35 ms each that `detect` never spends."""
    texts = [SEPARATOR.join(normalise(turn) for turn in row["turns"]) for row in rows]
    index_of = {id(rule): index for index, rule in enumerate(RULES)}
    woken: dict[int, list[tuple[str, tuple, object, object]]] = defaultdict(list)
    for text in texts:
        for rule, needed, search, others in rules_for(features(text), trigger_mask(text.lower())):
            woken[index_of[id(rule)]].append((text, needed, search, others))
    times = []
    for index, rule in enumerate(RULES):
        runs = woken.get(index, [])
        started = time.process_time()
        for _ in range(3):
            for text, needed, search, others in runs:
                if needed and not all(c in text for c in needed):
                    continue
                if others is not None and others.search(text) is None:
                    continue
                if (first := search(text, 0)) is None:
                    continue
                for _span in rule.find(text, resumed(search, first)):
                    pass
        times.append(((time.process_time() - started) / 3, index, rule.kind))
    return sorted(times, reverse=True)[:top]


def report(split: str, show_misses: bool, show_rules: bool = False) -> None:
    rows = load(split)
    figures = evaluate(rows)
    status = "tuned on" if split in TUNED_ON else "held out, never tuned on"
    print(
        f"== {split} ({status}): {len(rows)} conversations, {sum(figures.total.values())} identifiers, {figures.clean_texts} PHI-free (scrubber {VERSION})"
    )
    by_kind = defaultdict(dict)
    for kind, lang in figures.total:
        by_kind[kind][lang] = (figures.caught[(kind, lang)], figures.total[(kind, lang)])
    for kind in sorted(by_kind):
        cells = "  ".join(f"{lang} {c}/{t} = {c / t:.3f}" for lang, (c, t) in sorted(by_kind[kind].items()))
        print(f"  recall {kind:<8} {figures.recall(kind):.3f}   ({cells})")
    print(f"  recall overall  {figures.recall():.3f}   (zh {figures.recall('zh'):.3f}, en {figures.recall('en'):.3f})")
    print(
        f"  precision       {figures.precision:.3f}   ({figures.true_detections}/{figures.detections} replacements on labelled identifiers,"
        f" {figures.over_wide} of them 4+ characters wider than the identifier)"
    )
    print(
        f"  clean changed   {figures.clean_change_rate:.3f}   ({figures.clean_changed}/{figures.clean_texts} PHI-free texts)"
    )
    print(f"  protected lost  {figures.protected_lost}/{figures.protected} clinical values")
    print(f"  throughput      {throughput(rows):.2f} MB/s (CPU time)")
    if show_rules:
        for seconds, index, kind in rule_times(rows):
            print(f"    rule {index:2d} {kind:<8} {seconds * 1000:6.1f} ms  {RULES[index].pattern.pattern[:70]!r}")
    if show_misses and split in HELD_OUT:
        print("    (misses of a held-out set are not listed: reading them would tune on it)")
    elif show_misses:
        for line in figures.misses:
            print("   ", line)


def main(arguments: list[str]) -> None:
    options = {a for a in arguments if a.startswith("--")}
    unknown = options - {"--misses", "--rules"} or {a for a in arguments if a not in options and a not in SETS}
    if unknown:
        raise SystemExit(f"bench/deid.py: unknown argument {sorted(unknown)[0]!r}; splits are {', '.join(SETS)}")
    chosen = [a for a in arguments if a in SETS] or [split for split in SETS if SETS[split].exists()]
    for name in chosen:
        if not SETS[name].exists():
            raise SystemExit(f"bench/deid.py: {SETS[name].relative_to(ROOT)} does not exist")
        report(name, "--misses" in options, "--rules" in options)


if __name__ == "__main__":
    main(sys.argv[1:])
