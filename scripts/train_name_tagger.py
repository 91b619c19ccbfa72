"""Train a name tagger and measure how well it carries over: the Chinese one (`annotation/deid/tagger.py`),
or with --latin the one for names in Latin letters (`annotation/deid/latin_tagger.py`, round 16).

    .venv/bin/python scripts/train_name_tagger.py                # cross-validate, choose, write name_model.json
    .venv/bin/python scripts/train_name_tagger.py --latin        # the same for latin_name_model.json
    .venv/bin/python scripts/train_name_tagger.py --cv-only      # only the tables
    .venv/bin/python scripts/train_name_tagger.py --shared-only  # what the stored weights add on ../shared/data

(three to six minutes on two cores; then pin the scrubbed output's new digest in
tests/annotation/test_deid_speed.py and bump `annotation.deid.VERSION`.)

With --latin a candidate is a capitalised Latin word or a given name in lower case
(`latin_tagger.candidates`), labelled a name when it is a word of a labelled name's parts; the tables'
"names en" column then counts the names of English texts and the "han" column names in Latin letters.
The same procedure and constraints choose its thresholds.

Reads only the development splits (`bench/deid.py` TUNED_ON), never the held-out ones. Each
candidate (a surname and one or two Han characters, or since round 15 a given name alone or a 阿 nickname:
`tagger.candidates`) is labelled a name when
its text is a labelled Chinese name or one of its parts in that conversation. Leave-one-split-out
cross-validation: for each split, a model trained on the others scores it, and its figures are
printed with the rules alone and with the tagger at each pair of thresholds tried. The rules were
tuned on every one of these splits, so this table says what the tagger adds to rules that already
know the split (little); what it adds on a new writer's text is better estimated against a scrubber
from before a split was tuned on (README: dev5 against scrubber 8, dev3 against scrubber 6, each
checkout with this module hooked in). The thresholds written are the ones `choose` picks (not from
any held-out set), the weights are then trained on every development split. Deterministic: a fixed
shuffle seed, features as strings, no `hash()`.
"""

from __future__ import annotations

import json
import math
import random
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from annotation.deid import (  # noqa: E402
    SEPARATOR,
    latin_tagger,
    scrub_conversation,
    tagger,
)
from annotation.deid.lexicon import LATIN_FOLD  # noqa: E402
from annotation.deid.names import is_han  # noqa: E402
from annotation.deid.weights import Model, Stored, probability  # noqa: E402
from annotation.text import normalise  # noqa: E402
from bench.deid import TUNED_ON, evaluate, load  # noqa: E402

SPLITS = sorted(TUNED_ON)
EPOCHS = 8
RATE = 0.2
L2 = 1e-5
MIN_COUNT = 2  # a feature seen once in training gets no weight (keeps the file small, the model general)
LATIN_MIN_COUNT = 3  # names in Latin letters: word endings seen in two names only made drugs names (Farxiga)
# Thresholds tried, as probabilities: (replace at, review at).
THRESHOLDS = ((0.99, 0.9), (0.97, 0.9), (0.97, 0.8), (0.95, 0.9), (0.95, 0.8), (0.9, 0.7), (0.85, 0.6), (0.8, 0.5))

Example = tuple[list[str], int]

# Which tagger this run trains: the Chinese one, or with --latin the one for names in Latin letters.
LATIN = "--latin" in sys.argv
WEIGHTS: Stored = latin_tagger.WEIGHTS if LATIN else tagger.WEIGHTS


def in_script(text: str) -> bool:
    """Whether a labelled name is written in the trained tagger's script (Han, or Latin letters)."""
    if LATIN:
        return not any(map(is_han, text)) and any(c.isascii() and c.isalpha() for c in text)
    return any(map(is_han, text))


def joined_text(row: dict) -> str:
    return SEPARATOR.join(normalise(t).replace(SEPARATOR, "") for t in row["turns"])


def han_names(row: dict) -> set[str]:
    """The labelled Chinese names of a conversation, whole and in parts, as they are written there."""
    names = set()
    for span in row["spans"]:
        if span["kind"] != "NAME":
            continue
        for text in [span["text"], *span["parts"]]:
            text = "".join(normalise(text).split())
            if text and all(is_han(c) for c in text):
                names.add(text)
    return names


def latin_names(row: dict) -> set[str]:
    """The words of the labelled names' parts in a conversation written in Latin letters, in lower case
    (the parts, not the span: "Dr C. Osei-Bonsu" is labelled with its title, its parts without)."""
    return {
        word.lower()
        for span in row["spans"]
        if span["kind"] == "NAME"
        for text in span["parts"]
        for word in latin_tagger.WORD.findall(normalise(text).translate(LATIN_FOLD))
    }


def lowercase_vocabulary(data: dict[str, list[dict]], excluding: str | None = None) -> frozenset[str]:
    """The Latin tagger's vocabulary: the words the splits (all but `excluding`) write in lower case, none
    of them a labelled name's word. Each split's examples are read with the vocabulary of the others (as new
    text is read with that of all): its own words would tell the model what it cannot know of a new writer's."""
    words: set[str] = set()
    names: set[str] = set()
    for split, rows in data.items():
        if split == excluding:
            continue
        for row in rows:
            words.update(latin_tagger.LOWER_WORD.findall(joined_text(row).translate(LATIN_FOLD)))
            names |= latin_names(row)
    return frozenset(words - names)


def examples(rows: list[dict], vocabulary: frozenset[str] = frozenset()) -> list[Example]:
    found = []
    for row in rows:
        text = joined_text(row)
        if LATIN:
            names = latin_names(row)
            for c, features in latin_tagger.candidates(text, vocabulary):
                found.append((features, int(c.text_in(text).lower() in names)))
            continue
        names = han_names(row)
        for c, features in tagger.candidate_features(text):
            found.append((features, int(c.text_in(text) in names)))
    return found


def train(data: list[Example], seed: int = 0) -> dict[str, float]:
    """Logistic regression by AdaGrad over the examples in a fixed shuffled order."""
    counts = Counter(f for features, _ in data for f in set(features))
    kept = {f for f, n in counts.items() if n >= (LATIN_MIN_COUNT if LATIN else MIN_COUNT)}
    rows = [([f for f in features if f in kept], label) for features, label in data]
    weights: dict[str, float] = {}
    squares: dict[str, float] = {}
    order = list(range(len(rows)))
    shuffle = random.Random(seed)
    for _ in range(EPOCHS):
        shuffle.shuffle(order)
        for index in order:
            features, label = rows[index]
            score = sum(weights.get(f, 0.0) for f in features)
            gradient = probability(score) - label
            for f in features:
                w = weights.get(f, 0.0)
                g = gradient + L2 * w
                squares[f] = squares.get(f, 0.0) + g * g
                weights[f] = w - RATE * g / math.sqrt(squares[f] + 1e-8)
    return weights


def logit(p: float) -> float:
    return math.inf if p >= 1 else math.log(p / (1 - p))


def model_of(
    weights: dict[str, float], replace_at: float, review_at: float, vocabulary: frozenset[str] = frozenset()
) -> Model:
    return Model(weights, logit(replace_at), logit(review_at), vocabulary)


@dataclass
class Row:
    names: tuple[int, int]  # names caught in the texts of the tagger's language, all (NAME, zh or en)
    han: tuple[int, int]  # names written in Han characters caught, all
    recall: float
    clean_changed: tuple[int, int]
    protected_lost: int
    wrong: int  # replacements on no labelled identifier
    review: int  # spans listed for review
    named: int  # of those, ones on a labelled name


def figures(rows: list[dict]) -> Row:
    """The split's figures as `bench/deid.py` counts them, with names written in Han characters apart."""
    f = evaluate(rows)
    han_total = sum(1 for row in rows for span in row["spans"] if span["kind"] == "NAME" and in_script(span["text"]))
    missed_han = sum(
        1 for m in f.misses if " missed NAME " in m and in_script(m.split(" missed NAME ", 1)[1].split(" (left")[0])
    )
    wrong = sum(1 for m in f.misses if " wrongly replaced " in m)
    review = named = 0
    for row in rows:
        names = latin_names(row) if LATIN else han_names(row)
        for span in scrub_conversation(row["turns"]).uncertain:
            review += 1
            named += any(name in span.text.lower() or span.text.lower() in name for name in names)
    key = ("NAME", "en" if LATIN else "zh")
    return Row(
        (f.caught[key], f.total[key]),
        (han_total - missed_han, han_total),
        f.recall(),
        (f.clean_changed, f.clean_texts),
        f.protected_lost,
        wrong,
        review,
        named,
    )


def show(label: str, r: Row) -> str:
    return (
        f"{label:<14} names {'en' if LATIN else 'zh'} {r.names[0]:4d}/{r.names[1]:<4d} {r.names[0] / max(r.names[1], 1):.3f}"
        f"  han {r.han[0]:4d}/{r.han[1]:<4d} {r.han[0] / max(r.han[1], 1):.3f}  overall {r.recall:.3f}"
        f"  clean {r.clean_changed[0]}/{r.clean_changed[1]}  lost {r.protected_lost}  wrong {r.wrong}  review {r.review} ({r.named} names)"
    )


def cross_validate(
    data: dict[str, list[dict]], vocabularies: dict[str, frozenset[str]]
) -> dict[tuple[float, float], list[tuple[Row, Row]]]:
    """For each split, a model trained on the others: its figures with the rules alone and with the tagger
    (`vocabularies`: each split's, from the others)."""
    table: dict[tuple[float, float], list[tuple[Row, Row]]] = {t: [] for t in THRESHOLDS}
    cached = {split: examples(rows, vocabularies[split]) for split, rows in data.items()}
    for split in SPLITS:
        weights = train([e for other in SPLITS if other != split for e in cached[other]])
        with WEIGHTS.using(None):
            alone = figures(data[split])
        print(show(f"{split} rules", alone), flush=True)
        for thresholds in THRESHOLDS:
            with WEIGHTS.using(model_of(weights, *thresholds, vocabularies[split])):
                both = figures(data[split])
            table[thresholds].append((alone, both))
            print(show(f"  +tagger {thresholds[0]}/{thresholds[1]}", both), flush=True)
    return table


def totals(pairs: list[tuple[Row, Row]]) -> tuple[int, int, int, int, int, int, int]:
    """Han names gained, clean texts changed more, protected values lost more, wrong replacements
    more, reviews more, of them on names, all Han names."""
    return (
        sum(b.han[0] - a.han[0] for a, b in pairs),
        sum(b.clean_changed[0] - a.clean_changed[0] for a, b in pairs),
        sum(b.protected_lost - a.protected_lost for a, b in pairs),
        sum(b.wrong - a.wrong for a, b in pairs),
        sum(b.review - a.review for a, b in pairs),
        sum(b.named - a.named for a, b in pairs),
        sum(a.han[1] for a, _ in pairs),
    )


# The Latin tagger replaces at this probability or more. ../shared/data holds almost no Latin names or brands,
# and the labelled sets few brand names: in round 16 an independent review's 2,087 PHI-free probes of its own
# lost 29 words (drug brands, places, software) at 0.9 and 10 at 0.95, and 65 against 31 of 2,388 drug probes.
LATIN_REPLACE_AT_LEAST = 0.95
# One PHI-free text more changed (and one protected value more lost) per this many PHI-free texts of the
# cross-validation is allowed (round 17: 2,637 such texts, so two). Before, none was: in round 17 a literary essay's
# petrel (海燕飞过) alone held the Chinese tagger at 0.97, where an independent review's 354 names without cues
# lost 39 against 0.95.
PHI_FREE_PER_SLACK = 1000
REAL_REVIEW_BUDGET = 60  # review spans at most on the 1,454 real conversations (scrubber 10 listed 40)


def choose(
    table: dict[tuple[float, float], list[tuple[Row, Row]]], real: dict[tuple[float, float], tuple[int, int]]
) -> tuple[float, float]:
    """The thresholds with the most names gained in cross-validation among those that change at most one more
    PHI-free text and lose at most one more protected value per PHI_FREE_PER_SLACK PHI-free texts, make at most one wrong replacement for every two
    names gained, and add no replacement on the real conversations of ../shared/data (`real`: added
    replacements and review spans there; a constraint checked, not a figure tuned: the labelled sets
    hold a name in nearly every conversation, real consultations almost never do) nor more than
    REAL_REVIEW_BUDGET spans to review there (lower thresholds list everyday words, 梅毒, 薄荷, by the
    hundred: an admin's review queue is for the few that may be names); for the Latin tagger, replacing
    at LATIN_REPLACE_AT_LEAST or more; of equal gains, the one that lists the fewest spans there for review."""
    slack = sum(a.clean_changed[1] for a, _ in next(iter(table.values()))) // PHI_FREE_PER_SLACK
    allowed = [
        (totals(pairs)[0], -real[thresholds][1], thresholds)
        for thresholds, pairs in table.items()
        if totals(pairs)[1] <= slack
        and totals(pairs)[2] <= slack
        and totals(pairs)[3] * 2 <= totals(pairs)[0]
        and real[thresholds][0] == 0
        and real[thresholds][1] <= REAL_REVIEW_BUDGET
        and (not LATIN or thresholds[0] >= LATIN_REPLACE_AT_LEAST)
    ]
    return max(allowed)[2] if allowed else (1.0, 1.0)  # none: the tagger replaces and lists nothing


def shared_conversations() -> list[list[str]]:
    """The real conversations of ../shared/data (read-only, the demo's instruction data)."""
    folder = ROOT.parent / "shared" / "data"
    found = []
    for item in json.loads((folder / "zhongjing_CMtMedQA_test.json").read_text(encoding="utf-8")):
        turns = [t for pair in item.get("history") or [] for t in pair]
        turns += [item.get("instruction") or item.get("instruct") or "", item.get("output") or ""]
        found.append([t for t in turns if t])
    for item in json.loads((folder / "huatuogpt_eval_KUAKE-QIC_100.json").read_text(encoding="utf-8")):
        found.append([item["query"]])
    for item in json.loads((folder / "huatuogpt_eval_Med-dialog_100.json").read_text(encoding="utf-8")):
        found.append([item["medical_case"], item["doctor_diagnosis"]])
    for line in (folder / "medicalgpt_reward_test_medical_zh_100.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            item = json.loads(line)
            found.append([item["question"], item["response_chosen"], item["response_rejected"]])
    for item in json.loads((folder / "zhongjing_rlhf_label_tool_input_file.json").read_text(encoding="utf-8")).values():
        turns = [t for pair in item.get("history") or [] for t in pair]
        found.append([*turns, item["query"], *(item[f"response_{i}"] for i in range(4))])
    return [[str(t) for t in turns] for turns in found]


def shared_added(conversations: list[list[str]]) -> tuple[Counter, Counter]:
    """The NAME replacements and review spans the active tagger adds to the rules' on `conversations`."""
    added, reviewed = Counter(), Counter()
    for turns in conversations:
        with WEIGHTS.using(None):
            before = scrub_conversation(turns)
        after = scrub_conversation(turns)
        old = Counter(d.text for d in before.detections if d.kind == "NAME")
        new = Counter(d.text for d in after.detections if d.kind == "NAME")
        added.update(new - old)
        reviewed.update(Counter(u.text for u in after.uncertain) - Counter(u.text for u in before.uncertain))
    return added, reviewed


def shared_replacements() -> None:
    """What the stored tagger adds on real text with (almost) no names: every one is read by hand."""
    conversations = shared_conversations()
    added, reviewed = shared_added(conversations)
    print(f"shared/data: {len(conversations)} conversations")
    print(f"  new NAME replacements: {sum(added.values())} {added.most_common(40)}")
    print(f"  new review spans: {sum(reviewed.values())} {reviewed.most_common(40)}")


def main(arguments: list[str]) -> None:
    data = {split: load(split) for split in SPLITS}
    if "--shared-only" in arguments:
        shared_replacements()
        return
    vocabularies = {split: lowercase_vocabulary(data, split) if LATIN else frozenset() for split in SPLITS}
    vocabulary = lowercase_vocabulary(data) if LATIN else frozenset()
    table = cross_validate(data, vocabularies)
    weights = train([e for split in SPLITS for e in examples(data[split], vocabularies[split])])
    conversations = shared_conversations()
    real = {}
    print("\nthresholds     gained  clean+  lost+  wrong+  review+ (names)  (han names)  shared/data: added, reviews")
    for thresholds, pairs in table.items():
        gained, clean, lost, wrong, review, named, total = totals(pairs)
        with WEIGHTS.using(model_of(weights, *thresholds, vocabulary)):
            added, reviewed = shared_added(conversations)
        real[thresholds] = (sum(added.values()), sum(reviewed.values()))
        print(
            f"{thresholds!s:<14} {gained:6d}  {clean:6d} {lost:6d} {wrong:7d} {review:8d} ({named})  ({total})"
            f"  {real[thresholds][0]} {sorted(added)[:8]}, {real[thresholds][1]}"
        )
    chosen = choose(table, real)
    print(f"chosen: replace at {chosen[0]}, review at {chosen[1]}")
    if "--cv-only" in arguments:
        return
    WEIGHTS.path.write_text(model_of(weights, *chosen, vocabulary).to_json(), encoding="utf-8")
    print(f"wrote {WEIGHTS.path.relative_to(ROOT)}: {WEIGHTS.path.stat().st_size} bytes")
    WEIGHTS.stored.cache_clear()
    shared_replacements()


if __name__ == "__main__":
    main(sys.argv[1:])
