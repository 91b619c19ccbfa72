"""The learned Chinese-name tagger beside the rules (`annotation.deid.tagger`, issue 10).

The cases here are written for these tests (no labelled set's text): a name with no cue that the
rules leave and the model takes, words, herbs and drugs it must leave, the middle band that goes to
the review queue instead of being replaced, and output that does not depend on PYTHONHASHSEED.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from annotation.deid import scrub_conversation, tagger
from annotation.text import normalise

ROOT = Path(__file__).resolve().parents[2]


def spans(text: str) -> list[str]:
    return [c.text_in(text) for c in tagger.candidates(text)]


def scores(text: str) -> dict[str, float]:
    """Each candidate's probability under the stored weights (the highest where it occurs twice)."""
    model = tagger.stored_model()
    found = list(tagger.candidates(text))
    repeats = Counter(c.text_in(text) for c in found)
    best: dict[str, float] = {}
    for c in found:
        p = tagger.probability(model.score(tagger.features(text, c, repeats)))
        best[c.text_in(text)] = max(best.get(c.text_in(text), 0.0), p)
    return best


def rules_alone(turns: list[str]):
    with tagger.using(None):
        return scrub_conversation(turns)


def test_a_candidate_is_a_surname_and_one_or_two_given_characters():
    assert spans("患者王建国今天") == ["王建", "王建国"]


def test_a_double_surname_gives_candidates_with_both_readings_of_the_surname():
    assert {"欧阳明", "欧阳明轩", "阳明", "阳明轩"} <= set(spans("我是欧阳明轩"))


def test_no_candidate_begins_at_an_everyday_character_or_a_word():
    assert spans("和医生说") == []  # 和 is a surname, but here a conjunction
    assert not any(s.startswith("高") for s in spans("他有高血压"))  # 高血 begins a word
    assert spans("我的王。") == []  # no given character after the surname


def test_a_given_name_stops_at_a_character_that_ends_names():
    assert spans("李说") == []
    assert spans("李明说") == ["李明"]


def test_features_name_the_context_and_what_the_dictionary_says():
    text = "我叫王建国医生"
    candidate = next(c for c in tagger.candidates(text) if c.text_in(text) == "王建国")
    found = tagger.features(text, candidate, Counter({"王建国": 1}))
    assert {"bias", "s=王", "gg=建国", "L2=我叫", "R1=医", "cue", "title", "rep=1"} <= set(found)
    assert "L1c=han" in found and "R1c=han" in found


def test_a_dose_after_a_candidate_is_a_feature():
    text = "黄耆15g"
    candidate = next(tagger.candidates(text))
    assert "quantity" in tagger.features(text, candidate, Counter())


def test_the_weights_file_loads_small_with_its_thresholds_in_order():
    assert tagger.MODEL_FILE.stat().st_size < 2_000_000
    model = tagger.stored_model()
    assert len(model.weights) > 1000
    assert model.review_at < model.replace_at
    assert tagger.Model.from_json(model.to_json()) == model


@pytest.mark.parametrize(
    "text, name",
    [
        ("邬珂宁最近一直咳嗽，邬珂宁夜里也睡不好。", "邬珂宁"),
        ("复查结果出来了，覃雨萱血常规正常，覃雨萱可以出院。", "覃雨萱"),
        ("覃雨萱 胸闷两天", "覃雨萱"),
    ],
)
def test_a_name_with_no_cue_that_the_rules_leave_is_taken_by_the_model(text, name):
    assert name in rules_alone([text]).texts[0]
    result = scrub_conversation([text])
    assert name not in result.texts[0]
    assert "[NAME_1]" in result.texts[0]


@pytest.mark.parametrize(
    "text",
    [
        "石决明30g，蒲公英15g，常山6g，水煎服。",
        "黄耆15g，姜半夏9g，甘草6g。",
        "和医生沟通后决定继续用药，注意高血压和白细胞。",
        "利凡诺湿敷，尤卓尔乳膏外用，每日两次。",
        "孩子和宝宝一样需要健康饮食，毛巾要常换。",
        "今天天气很好，周末带孩子去公园。",
    ],
)
def test_everyday_words_herbs_and_drugs_are_not_taken(text):
    result = scrub_conversation([text])
    assert result.texts[0] == normalise(text)


def test_a_sure_name_that_is_also_a_common_word_goes_to_review_not_replaced():
    # 和平 is an everyday word, and would be replaced everywhere by propagation: listed, kept.
    text = "汤和平最近一直咳嗽，汤和平夜里也睡不好。"
    assert scores(text)["汤和平"] >= tagger.probability(tagger.stored_model().replace_at)
    result = scrub_conversation([text])
    assert result.texts[0] == text
    assert [(u.turn, u.start, u.text) for u in result.uncertain] == [(0, 0, "汤和平"), (0, 10, "汤和平")]


def test_a_sure_name_of_one_given_character_goes_to_review_not_replaced():
    # Drug names read the same way (沙芬, 舒芬): a surname and one character is never replaced by the model alone.
    text = "邬芳最近一直咳嗽，邬芳夜里也睡不好。"
    assert scores(text)["邬芳"] >= tagger.probability(tagger.stored_model().review_at)
    result = scrub_conversation([text])
    assert result.texts[0] == text
    assert "邬芳" in [u.text for u in result.uncertain]


def test_a_middle_score_goes_to_review_not_replaced():
    text = "蔺明陪着来的。"  # a rare surname and one character: a name, or a word?
    model = tagger.stored_model()
    p = scores(text)["蔺明"]
    assert tagger.probability(model.review_at) <= p < tagger.probability(model.replace_at)
    result = scrub_conversation([text])
    assert "蔺明" in result.texts[0]
    assert [u.text for u in result.uncertain] == ["蔺明"]


def test_a_review_span_points_into_the_scrubbed_turn_after_earlier_replacements():
    turns = ["电话13912345678，住址：北京市朝阳区建国路88号", "已联系。蔺明陪着来的。"]
    result = scrub_conversation(turns)
    assert "13912345678" not in result.texts[0]
    (span,) = [u for u in result.uncertain if u.text == "蔺明"]
    assert span.turn == 1
    assert result.texts[span.turn][span.start : span.end] == "蔺明"


def test_a_name_the_model_takes_is_replaced_again_later_without_any_cue():
    turns = ["邬珂宁最近一直咳嗽，邬珂宁夜里也睡不好。", "珂宁今天好些了吗？"]
    result = scrub_conversation(turns)
    assert "珂宁" not in "".join(result.texts)


def test_with_the_tagger_off_the_rules_alone_decide():
    text = "邬珂宁最近一直咳嗽，邬珂宁夜里也睡不好。"
    assert rules_alone([text]).texts[0] == text


SCORING = """
import json, sys
from collections import Counter
from annotation.deid import scrub_conversation, tagger
text = sys.argv[1]
found = list(tagger.candidates(text))
repeats = Counter(c.text_in(text) for c in found)
model = tagger.stored_model()
result = scrub_conversation([text])
print(json.dumps([[c.start, c.end, round(model.score(tagger.features(text, c, repeats)), 9)] for c in found]
                 + [result.texts, [u.text for u in result.uncertain]], ensure_ascii=False))
"""


def test_scores_do_not_depend_on_the_hash_seed():
    text = "邬珂宁最近一直咳嗽，邬珂宁夜里也睡不好。这次是蔺思远陪着来的，汤和平、汤和平代为签收。"
    outputs = []
    for seed in ("0", "1", "12345"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(
            [sys.executable, "-c", SCORING, text], cwd=ROOT, env=env, capture_output=True, text=True, check=True
        )
        outputs.append(json.loads(done.stdout))
    assert outputs[0] == outputs[1] == outputs[2]
    assert len(outputs[0]) > 4
