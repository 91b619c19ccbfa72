"""The learned Chinese-name tagger beside the rules (`annotation.deid.tagger`, issue 10).

The cases here are written for these tests (no labelled set's text): a name with no cue that the
rules leave and the model takes, words, herbs and drugs it must leave, the middle band that goes to
the review queue instead of being replaced, and output that does not depend on PYTHONHASHSEED.
"""

from __future__ import annotations

import json
import math
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
    best: dict[str, float] = {}
    for c, features in tagger.candidate_features(text):
        p = tagger.probability(model.score(features))
        best[c.text_in(text)] = max(best.get(c.text_in(text), 0.0), p)
    return best


def rules_alone(turns: list[str]):
    with tagger.using(None):
        return scrub_conversation(turns)


def test_a_candidate_is_a_surname_and_one_or_two_given_characters():
    assert [c.text_in("患者王建国今天") for c in tagger.surname_candidates("患者王建国今天")] == ["王建", "王建国"]


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
    candidate = tagger.candidates(text)[0]
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


def test_a_sure_full_name_whose_given_name_is_a_word_is_replaced():
    # 和平 is an everyday word, 汤和平 none: since round 15 a name the model is sure of is replaced.
    text = "汤和平最近一直咳嗽，汤和平夜里也睡不好。"
    assert scores(text)["汤和平"] >= tagger.probability(tagger.stored_model().replace_at)
    assert rules_alone([text]).texts[0] == text
    assert scrub_conversation([text]).texts[0] == "[NAME_1]最近一直咳嗽，[NAME_1]夜里也睡不好。"


def logit(p: float) -> float:
    return math.log(p / (1 - p))


def candidate_in(text: str, span: str, surname: int = 1) -> tagger.Candidate:
    start = text.index(span)
    return tagger.Candidate(start, start + len(span), surname)


def test_what_may_be_replaced_however_sure_the_model_is():
    sure = logit(0.999)
    assert tagger.replaceable("邬珂宁来了", candidate_in("邬珂宁来了", "邬珂宁"), sure)
    assert tagger.replaceable("邬芳来了", candidate_in("邬芳来了", "邬芳"), sure)
    assert not tagger.replaceable("常山6g", candidate_in("常山6g", "常山"), sure)  # a word, a dose after it
    assert not tagger.replaceable("蒲公英煎水", candidate_in("蒲公英煎水", "蒲公英"), sure)  # a word of the dictionary
    assert not tagger.replaceable("做小燕飞", candidate_in("做小燕飞", "燕飞"), sure)  # 小燕 would be the nickname


def test_one_given_character_of_names_is_replaced_at_the_models_threshold_a_drugs_syllable_needs_more():
    # Drug names read the same way (右美沙芬): a character names use less (沙) is replaced only above SHORT_NAME_SURE;
    # one that names are commonly made of (芳) at the model's own threshold (round 22).
    threshold = tagger.probability(tagger.stored_model().replace_at)
    between = logit((threshold + tagger.SHORT_NAME_SURE) / 2)
    assert tagger.replaceable("邬芳来了", candidate_in("邬芳来了", "邬芳"), between)
    assert not tagger.replaceable("邬沙来了", candidate_in("邬沙来了", "邬沙"), between)
    below = logit(threshold - 0.01)
    assert not tagger.replaceable("邬芳来了", candidate_in("邬芳来了", "邬芳"), below)


def test_a_sure_name_of_one_given_character_is_replaced():
    text = "蔺芳最近一直咳嗽，蔺芳夜里也睡不好。"
    assert scores(text)["蔺芳"] >= tagger.SHORT_NAME_SURE
    assert rules_alone([text]).texts[0] == text
    assert scrub_conversation([text]).texts[0] == "[NAME_1]最近一直咳嗽，[NAME_1]夜里也睡不好。"


def test_a_middle_score_goes_to_review_not_replaced():
    text = "邬敏陪着来的。"  # a rare surname and one character: a name, or a word?
    model = tagger.stored_model()
    p = scores(text)["邬敏"]
    assert tagger.probability(model.review_at) <= p < tagger.SHORT_NAME_SURE
    result = scrub_conversation([text])
    assert "邬敏" in result.texts[0]
    assert [u.text for u in result.uncertain] == ["邬敏"]


def given_spans(text: str) -> list[str]:
    return [c.text_in(text) for c in tagger.given_candidates(text)]


def test_a_given_name_alone_or_a_nickname_is_a_candidate():
    assert "欣怡" in given_spans("昨天欣怡来了")
    assert given_spans("阿敏发烧了") == ["阿敏"]
    assert "秀英" not in given_spans("张秀英来了")  # after a surname: the full name's to score
    assert given_spans("病情明显平稳") == []  # both words of the dictionary
    assert given_spans("阿姨说") == []
    assert not any(s.startswith("阿") for s in given_spans("阿奇霉素、阿德福韦、阿立哌唑和阿普唑仑"))  # medicines
    assert given_spans("继续做小燕飞，德康 G7探头，桃仁10g") == []  # an exercise, a brand's model, a herb
    assert "欣怡" in spans("昨天欣怡来了")  # `candidates` holds both kinds


@pytest.mark.parametrize(
    "text, expected",
    [
        ("我跟婉清、梦瑶轮流照顾妈妈，梦瑶昨晚没睡。", "我跟[NAME_1]、[NAME_2]轮流照顾妈妈，[NAME_2]昨晚没睡。"),
        ("昨天欣怡来医院看外婆，欣怡说外婆精神好多了。", "昨天[NAME_1]来医院看外婆，[NAME_1]说外婆精神好多了。"),
    ],
)
def test_a_given_name_alone_that_the_rules_leave_is_taken_by_the_model(text, expected):
    assert rules_alone([text]).texts[0] == text
    assert scrub_conversation([text]).texts[0] == expected


def test_a_review_span_points_into_the_scrubbed_turn_after_earlier_replacements():
    turns = ["电话13912345678，住址：北京市朝阳区建国路88号", "已联系。邬敏陪着来的。"]
    result = scrub_conversation(turns)
    assert "13912345678" not in result.texts[0]
    (span,) = [u for u in result.uncertain if u.text == "邬敏"]
    assert span.turn == 1
    assert result.texts[span.turn][span.start : span.end] == "邬敏"


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
found = tagger.candidate_features(text)
model = tagger.stored_model()
result = scrub_conversation([text])
print(json.dumps([[c.start, c.end, round(model.score(features), 9)] for c, features in found]
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


# --- round 15's review: what the new candidates must leave -------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "处方：远志、竹茹、茯神、酸枣仁，水煎服。",  # herbs jieba lists (竹茹, 佩兰), however rare
        "佩兰、藿香、苍术，化湿。",
        "台北、新竹、嘉义、台南都有分院。",  # places
        "冰霜、雨雪、大风天都要注意保暖。",  # weather
        "表面光洁、平整、无破损。",
        "阿芬太尼用于麻醉，阿奇霉素口服。",  # medicines after 阿
        "祝平安，祝健康，贺新春。",  # wishes: 祝 and 贺 are surnames too
        "阿里巴巴健康的药便宜吗？",
        "雨顺、陈皮、甘草，水煎服。",  # an item of a list of herbs
        "我住在碧辉，最近咳嗽。",  # a place
        "季德胜蛇药片外用。",  # a medicine named after its maker
    ],
)
def test_review_round_15_words_the_given_name_candidates_leave(text):
    assert scrub_conversation([text]).texts[0] == text


def test_review_round_15_a_name_whose_given_name_the_conversation_uses_as_a_word_is_only_listed():
    turns = ["我叫黄和平，今年45岁，高血压。", "世界和平需要每个人，和平时期也要注意身体。"]
    result = scrub_conversation(turns)
    assert "世界和平" in result.texts[1] and "和平时期" in result.texts[1]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("龙龙老师说孩子发烧。", "[NAME_1]老师说孩子发烧。"),  # a child's name doubled is no 謝謝
        ("王大夫说明天复查。", "[NAME_1]大夫说明天复查。"),
    ],
)
def test_review_round_15_names_before_titles_kept_found(text, expected):
    assert scrub_conversation([text]).texts[0] == expected
