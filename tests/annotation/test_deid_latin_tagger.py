"""The learned tagger of names in Latin letters beside the rules (`annotation.deid.latin_tagger`, issue 10).

The cases are written for these tests (no labelled set's text): names that no cue announces and no
list knows, which the rules leave and the model takes; the places, herbs, companies and drugs it must
leave whatever it scores; one placeholder for a whole name; and the middle band that goes to review.
"""

from __future__ import annotations

import math

import pytest

from annotation.deid import latin_tagger, scrub_conversation
from annotation.deid.weights import Model, probability

ALWAYS = Model({"b": 10.0}, 0.0, -1.0)  # scores every candidate as sure: what is left is the guards' doing


def scrubbed(text: str) -> str:
    return scrub_conversation([text]).texts[0]


def rules_alone(text: str) -> str:
    with latin_tagger.WEIGHTS.using(None):
        return scrubbed(text)


def words(text: str) -> list[str]:
    return [c.text_in(text) for c, _ in latin_tagger.candidates(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a pinyin given name alone, a Shona and a Yoruba given name with no cue: the rules leave them
        ("Xiaoyan said the pain was worse at night.", "[NAME_1] said the pain was worse at night."),
        ("Tendai has been taking the tablets since March.", "[NAME_1] has been taking the tablets since March."),
        (
            "Babajide Adeyemi was seen in clinic today with his wife.",
            "[NAME_1] was seen in clinic today with his wife.",
        ),
    ],
)
def test_a_name_no_cue_announces_is_taken_where_the_rules_leave_it(text, expected):
    assert rules_alone(text) == text
    assert scrubbed(text) == expected


def test_a_name_after_a_verb_of_telling_is_at_least_listed_for_review():
    """Scrubber 6 pinned this as left (the visiting hours were the point); the woman told is a person. Scrubber 19
    replaced her; the tagger retrained with dev15 (round 17) was less sure (0.94) and listed her for an admin;
    retrained with dev16 and dev17 (round 20) it replaces her again. Either way she does not pass unseen."""
    text = "Nurse: Hi all, visiting is 2-8pm. Tell Treeve we'll see her later."
    result = scrub_conversation([text])
    replaced = result.texts == [text.replace("Treeve", "[NAME_1]")]
    listed = result.texts == [text] and [u.text for u in result.uncertain] == ["Treeve"]
    assert replaced or listed, (result.texts, result.uncertain)


def test_a_word_the_development_sets_write_in_lower_case_is_no_name():
    assert "far" in latin_tagger.WEIGHTS.stored().vocabulary
    assert scrubbed("LEE Street clinic; SO Far so good.") == "LEE Street clinic; SO Far so good."


def test_a_whole_name_is_one_person_and_its_later_mentions_go_too():
    text = "Spoke with Jiahui Long about her results; Jiahui agreed."
    # The surname is a word too (Long): taken with the given name the model is sure of, not alone.
    assert scrubbed(text) == "Spoke with [NAME_1] about her results; [NAME_1] agreed."


def test_the_words_the_model_is_sure_of_join_the_name_the_rules_took_beside_them():
    # The rules take the surname Kong; the model the given name: one person, one placeholder.
    assert scrubbed("Xiaoyan Kong attended with her husband.") == "[NAME_1] attended with her husband."


def test_a_capitalised_word_the_conversation_also_writes_in_lower_case_is_listed_not_replaced():
    result = scrub_conversation(["Any news on Poppy? The poppy seed tea is fine."])
    assert result.texts == ["Any news on Poppy? The poppy seed tea is fine."]
    assert [u.text for u in result.uncertain] == ["Poppy"]


def test_a_given_name_in_lower_case_is_a_candidate_only_where_the_lists_know_it():
    found = words("hey its chiamaka again, the dose and the pain went away")
    assert "chiamaka" in found
    assert not {"its", "again", "dose", "pain", "went", "away"} & set(found)
    assert scrubbed("hey its chiamaka again, can i move my appt") == "hey its [NAME_1] again, can i move my appt"


def test_titles_and_two_letter_capitals_are_no_candidates():
    assert words("Dr Okafor saw the CT with Mrs Bello") == ["Okafor", "Bello"]


def test_accented_names_are_read_in_ascii_letters_at_the_same_offsets():
    text = "Rocío called about Bùi's results."
    assert words(text) == ["Rocío", "Bùi"]


@pytest.mark.parametrize(
    "text, words_",
    [
        ("Patient also takes Bai Shao and Huang Qi.", "Bai Shao"),  # a herb's pinyin
        ("Seen at Ang Mo Kio Polyclinic.", "Ang Mo Kio"),  # a place
        ("Then the bus to Mong Kok.", "Mong Kok"),
        ("Transferred to Tan Tock Seng Hospital.", "Tan Tock Seng"),  # a hospital named after a person
        ("Made by Johnson & Johnson.", "Johnson"),  # a company
        ("Clinic 12 is in Hope Wing.", "Wing"),  # a part of a hospital
        ("The Marie Curie nurses visit on Fridays.", "Marie"),  # a figure of medicine's history
        ("Keflex 500 mg four times a day.", "Keflex"),  # a drug before its dose
        ("Eyes: Iris, lens and fundi normal.", "Iris"),  # the body's words
    ],
)
def test_the_guards_leave_what_names_no_one_whatever_the_model_scores(text, words_):
    start = text.index(words_)
    assert latin_tagger.no_person(text, start, start + len(words_))
    assert scrubbed(text) == text


def test_the_guards_leave_a_name_alone():
    """The guards' test above can fail: they do not stop an ordinary name, which an always-sure model takes."""
    assert not latin_tagger.no_person("Obafemi called.", 0, 7)
    with latin_tagger.WEIGHTS.using(ALWAYS):
        assert scrubbed("Obafemi called.") == "[NAME_1] called."


def test_a_middle_score_lists_the_word_for_review_and_keeps_it():
    model = latin_tagger.WEIGHTS.stored()
    ((candidate, features),) = latin_tagger.candidates("Obafemi reports the cough is better.")[:1]
    p = probability(model.score(features))
    assert probability(model.review_at) <= p < probability(model.replace_at)
    result = scrub_conversation(["Obafemi reports the cough is better."])
    assert result.texts == ["Obafemi reports the cough is better."]
    assert [u.text for u in result.uncertain] == ["Obafemi"]


def test_the_tagger_off_changes_nothing():
    text = "Tendai has been taking the tablets since March."
    with latin_tagger.WEIGHTS.using(None):
        assert latin_tagger.tag(text, []) == ([], [])


def test_the_stored_model_is_small_and_reads_back_the_same():
    assert latin_tagger.WEIGHTS.path.stat().st_size < 1_000_000
    model = latin_tagger.WEIGHTS.stored()
    assert Model.from_json(model.to_json()) == model
    assert math.isfinite(model.replace_at) and model.review_at <= model.replace_at


# Review of round 16 (a read-only helper's probes against the first design): words that are no one's names.
@pytest.mark.parametrize(
    "text",
    [
        "Flew in from Kano",  # the end of the text is no cue
        "Flew back from Cairo.",  # a city (the time zones' names)
        "Moved to Shenzhen last year",  # a city in pinyin
        "我在Nanshan区上班",  # a district before 区
        "Bought a Xiaomi band",  # a company in pinyin
        "Sent via Siri",  # an assistant in the given names' list
        "Managing Diabetes During Ramadan",
        "Oral candida noted.",
        "saxenda dose 3 mg",
        "Started Lianhua Qingwen capsules.",  # a Chinese patent medicine
        "Takes Long Dan Xie Gan Tang daily.",  # a formula of five words
        "Admitted to Princess Margaret last night.",  # a hospital named after a royal
        "Yasmin已经吃了半年",  # a contraceptive pill, taken
    ],
)
def test_review_round_16_look_alikes_stay(text):
    assert scrubbed(text) == text
