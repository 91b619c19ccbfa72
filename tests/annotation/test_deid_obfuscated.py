"""Identifiers a hostile or careless writer slips past the scrubber (issue 10, trust review L4): a name
glued by an invisible character ("John\\u200bSmith"), two words again after `annotation.text.normalise`
(`without_invisible`, `hidden_boundary`), and e-mail addresses with the @ and the full stops spelled
out or bracketed (`annotation.deid.rules.obfuscated_email_rules`); with the look-alikes that must stay
as written."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from annotation.deid import RULES, detect, scrub, scrub_conversation
from annotation.text import comparable, normalise
from tests.annotation.hostile_input_support import assert_linear_time, run

# --- names glued by an invisible character ---------------------------------------------------------


@pytest.mark.parametrize(
    "invisible", ["\u200b", "\u200c", "\u2060", "\u00ad", "\ufeff", "\u200e", "\u2063", "\u200b\u00ad\u2060"]
)
def test_an_invisible_character_between_two_names_becomes_a_space(invisible):
    assert normalise(f"Patient John{invisible}Smith was seen") == "Patient John Smith was seen"


@pytest.mark.parametrize(
    "written, normalised",
    [
        ("SMITH\u200bJohn", "SMITH John"),  # a surname in capitals, then the given name
        ("JOHN\u200bSMITH", "JOHN SMITH"),  # two runs of capitals
        ("Mary\u2060Jones, 45", "Mary Jones, 45"),
        ("O'Brien\u00adSmith", "O'Brien Smith"),
        ("Иван\u200bПетров", "Иван Петров"),  # any script with capitals
        ("ｊｏｈｎ\u200bＳｍｉｔｈ", "john Smith"),  # full-width letters are folded as well
        ("Call John\u200bSmith.", "Call John Smith."),  # a full stop ending the sentence is no domain
        ("J\u200bo\u200bh\u200bn\u200bS\u200bm\u200bi\u200bt\u200bh", "John Smith"),  # one between every letter
        ("Mary-Jane\u200bSmith-Jones", "Mary-Jane Smith-Jones"),
    ],
)
def test_a_hidden_word_boundary_is_read_from_the_letters_case(written, normalised):
    assert normalise(written) == normalised


@pytest.mark.parametrize(
    "written, normalised",
    [
        ("hyphen\u00adation", "hyphenation"),  # inside a word
        ("na\u200bi\u0308ve", "naïve"),
        ("O\u200bK", "OK"),  # single capitals
        ("i\u200bPhone", "iPhone"),  # one lower-case letter before a capital
        ("e\u200bGFR 90", "eGFR 90"),
        ("m\u200bRNA", "mRNA"),
        ("张\u200b伟", "张伟"),  # Chinese writes no spaces
        ("多喝\u2060热水", "多喝热水"),
        ("👩\u200d💻", "👩💻"),  # an emoji sequence (ZWJ)
        ("138\u200b1234\u200b5678", "13812345678"),  # digits
        ("Hb\u200bA1c 7%", "HbA1c 7%"),  # a word glued to a digit: a code
        ("Jane\u200bDoe@example.org", "JaneDoe@example.org"),  # inside an address: one address still
        ("jane\u200b.doe@exam\u200bple.org", "jane.doe@example.org"),
        ("www.Big\u200bHospital.org", "www.BigHospital.org"),  # a domain
        ("https://example.org/Patient\u200bRecords", "https://example.org/PatientRecords"),  # a path
        ("\u200bJohn\u200b", "John"),  # at the text's edges
    ],
)
def test_an_invisible_character_inside_a_word_or_a_token_is_still_removed(written, normalised):
    assert normalise(written) == normalised


@pytest.mark.parametrize("text", ["Dr. O'Brien", "McDonald", "iPhone", "JavaScript", "NovoRapid", "HbA1c", "mmHg"])
def test_words_written_without_invisible_characters_stay_as_they_are(text):
    assert normalise(text) == text
    assert normalise(f"“{text}”，请注意") == f"“{text}”，请注意"  # non-ASCII text takes the slow path


def test_normalising_twice_changes_nothing_after_a_hidden_space():
    once = normalise("Patient John\u200b\u200bSmith, SMITH\u2060John, JOHN\u00adSMITH, O\u200bK")
    assert once == "Patient John Smith, SMITH John, JOHN SMITH, OK"
    assert normalise(once) == once


@given(st.text(alphabet="aAbBjJ'-.@1张 \u200b\u200d\u2060\u00ad\ufe0f"))
def test_normalising_text_full_of_invisible_characters_between_letters_is_idempotent(text):
    once = normalise(text)
    assert normalise(once) == once
    assert not set(once) & set("\u200b\u200d\u2060\u00ad\ufe0f")
    assert once.replace(" ", "") == normalise(text.replace(" ", "")).replace(" ", "")  # only spaces added


def test_a_name_glued_by_an_invisible_character_is_found_again_later_in_the_conversation():
    result = scrub_conversation(["Patient John\u200bSmith has a cough.", "Smith should rest. John agrees."])
    assert result.texts == ["Patient [NAME_1] has a cough.", "[NAME_1] should rest. [NAME_1] agrees."]


def test_a_glued_name_without_a_cue_is_found_like_the_name_written_apart():
    assert scrub("John\u200bSmith has had a cough for 3 days.").text == "[NAME_1] has had a cough for 3 days."


def test_an_address_with_an_invisible_character_inside_stays_one_address():
    assert scrub("mail Jane\u200bDoe@example.org today").text == "mail [EMAIL] today"


def test_texts_differing_by_a_hidden_word_boundary_are_not_the_same_text():
    # "John Smith" and "JohnSmith" are two spellings now; invisible characters inside words still vanish
    assert comparable("John\u200bSmith") == "John Smith" != comparable("JohnSmith")
    assert comparable("Re\u200bst\u00ad.\u2060") == "Rest."


def test_hidden_spaces_take_linear_time_on_hostile_input():
    for text in (
        run("aB\u200b"),
        run("Aa\u200bBB\u200b"),
        run("ab\u200bCd\u200b"),
        run("abcdefgh\u200bIJKLMNOP\u200b"),
        run("a\u200b"),
        run("Ab\u200bCd@"),
    ):
        assert_linear_time(normalise, text, "normalise")


# --- e-mail addresses written to slip past a program -----------------------------------------------


@pytest.mark.parametrize(
    "text, scrubbed",
    [
        ("Contact john.smith(at)example(dot)com for results", "Contact [EMAIL] for results"),
        ("Contact john [at] example [dot] org", "Contact [EMAIL]"),
        ("Contact john at example dot com.", "Contact [EMAIL]."),
        ("Email: jsmith (at) gmail (dot) com", "Email: [EMAIL]"),
        ("reply to jsmith AT gmail DOT com", "reply to [EMAIL]"),
        ("john(dot)smith(at)example(dot)co(dot)uk", "[EMAIL]"),
        ("J.Smith [AT] nhs [DOT] net.", "[EMAIL]."),
        ("mail: a.lee { at } nhs.net, thanks", "mail: [EMAIL], thanks"),
        ("Email john(at)example.com.", "Email [EMAIL]."),
        ("write to bob @ mail.com please", "write to [EMAIL] please"),
        ("reach me at jsmith at gmail dot com", "reach me at [EMAIL]"),
        ("reply to jane at clinic dot co dot uk today", "reply to [EMAIL] today"),
        ("mail jane＠example.com", "mail [EMAIL]"),  # a full-width @ is folded by normalise
        ("邮箱：zhang.wei(at)163(dot)com，谢谢", "邮箱：[EMAIL]，谢谢"),
    ],
)
def test_an_address_with_its_at_and_dots_spelled_out_or_bracketed_is_an_email(text, scrubbed):
    assert scrub(text).text == scrubbed


@pytest.mark.parametrize(
    "text",
    [
        "He was seen at home.",
        "Seen at home dot the i's and cross the t's.",
        "Review at 3 pm.",
        "Patients (at) risk of falls. Review weekly.",
        "risk (at) 30 days.",
        "worked at the dot com",
        "apply the cream at night dot it on the spots",
        "see the guidance at nhs.uk or available at cdc.gov",
        "meet @ 3 pm",
        "seen @ St.Mary's",
        "connect the dots at home",
        "a(at)b and x [at] y",
        "Take Lipitor at night; NovoRapid at meals; JavaScript on the iPhone at McDonald's",
        # A word that ends a clause before "at" and a website after it (review R):
        "I read about it at webmd dot com",
        "Results are posted at nhs dot uk",
        "Contact the team at clinic dot org",
    ],
)
def test_look_alikes_of_an_obfuscated_address_are_left_as_written(text):
    assert scrub(text).text == text


def test_a_name_the_obfuscated_address_spells_is_found_elsewhere():
    result = scrub_conversation(["Write to farida(dot)lomax(at)example(dot)com", "Lomax called back."])
    assert result.texts == ["Write to [EMAIL]", "[NAME_1] called back."]


def test_obfuscated_address_rules_only_run_on_texts_with_their_trigger():
    bracketed, plain = [r for r in RULES if r.kind == "EMAIL" and r.triggers]
    latin = frozenset({"latin"})
    assert not bracketed.applies(latin, "seen at home at 3 pm, dot the i")
    assert not plain.applies(latin, "seen at home at 3 pm, (at) risk")
    assert [d.kind for d in detect("Contact john at example dot com")] == ["EMAIL"]


@pytest.mark.parametrize("link", ["b(dot)", "b[.]", "b (dot) ", "b{.}"])
def test_a_chain_of_bracketed_dots_before_an_at_is_scanned_in_linear_time(link):
    """A match may begin after any bracket: an unbounded local part took each start to the end of the
    chain (quadratic: 5.7 s for 96 KB, review R). Bounded as RFC 5321 bounds a local part."""
    text = run(link, 100_000) + " (at"
    assert_linear_time(detect, text, f"{link!r} repeated before '(at'")
