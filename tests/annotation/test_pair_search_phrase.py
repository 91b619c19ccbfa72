"""The phrase route (PostgreSQL, turned on with its indexes: services.phrase_index): a phrase of two
whole words or more is looked up by its adjacent word pairs, then every candidate text is tested for
the phrase itself, so the route finds exactly the pairs the walk finds, only all of them and
counted. The shapes that made the walk and the trigram route stop (a phrase of common words in few
pairs, or in none) answer in full. Turned off (the default), the search is what it was."""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from annotation.models import Pair, PairState, Prompt, Response
from annotation.selectors import pair_search as text_search
from annotation.selectors import pairs as browser
from annotation.services import phrase_index
from frontend.views import pairs as pair_pages
from tests.annotation.ranking_support import make_ranking_campaign, make_ranking_item
from tests.factories import client_for, make_campaign, make_pairs

pytestmark = pytest.mark.usefixtures("merged_search_indexes")

PAGE = 3
COMMON = "Should we go to the emergency department now or can we wait and watch at home?"
SPARSE = "4 years old and has had a fever of 38.2 degrees for 3 days"


@pytest.fixture(autouse=True)
def phrase_route(request, settings):
    """The route turned on, with its indexes (built in the test's transaction: rolled back with it)."""
    settings.PAIR_SEARCH_PHRASES = True
    if request.node.get_closest_marker("postgres"):
        request.getfixturevalue("db")
        phrase_index.create()


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("emergency department", None),  # each word may be part of a longer one
        ("department now or can we wait at home", "now or can we wait at"),
        ("Answer 4242:", None),
        ("(fever of 38.5)", "fever of 38.5"),
        ("腹痛三天", "腹痛三天"),  # each Han character a whole word
        ("CT扫描", "扫描"),  # "CT" may end "PCT"
        ("扫描 and", "扫描"),
        ("fièvre de 38 et plus", None),  # a letter outside ASCII may upper-case to ASCII in the database
        ("烧三天了，体温38", "烧三天了，体温"),  # Chinese punctuation has no case: it separates words
        ("fever of 38.5°C, since", "of 38.5°C"),
    ],
)
def test_the_words_a_phrase_is_looked_up_by_are_the_whole_ones(text, words):
    assert text_search.phrase_words(text) == words


def texts_pairs(campaign) -> list[Pair]:
    """Pairs whose texts hold the cases the route must get exactly right."""
    cases = [
        ("My son has a fever of 38.5°C, since Monday! Should we worry?", "Give fluids.", "See a doctor."),
        ("EMERGENCY Department NOW or can we wait?", "Go to the EMERGENCY department now.", "Wait at home."),
        ("I am very very very tired and dizzy.", "Rest, drink water.", "Very tired: check iron."),
        ("To be or not to be seen today, that is the question.", "Be seen today.", "Not today."),
        ("孩子发烧三天了，体温38.5度，要去急诊吗？", "发烧三天应该去看医生。", "可以在家观察。"),
        ("The CT扫描显示正常 report came back.", "A normal CT扫描 is reassuring.", "Ask for the report."),
        ("Can we wait at home", "Go to the hospital now.", "Stay at home tonight."),  # at the boundary
        ('He said "stop now" and left the nonemergency department now.', "OK.", "Fine."),
        ("A word longer than forty letters: " + "x" * 50 + " then more words here.", "Yes.", "No."),
    ]
    pairs = []
    for index, (question, a, b) in enumerate(cases):
        prompt = Prompt.objects.create(
            campaign=campaign, external_id=f"case{index}", messages=[{"role": "user", "content": question}]
        )
        answer_a = Response.objects.create(prompt=prompt, text=a, source="model-a")
        answer_b = Response.objects.create(prompt=prompt, text=b, source="model-b")
        pairs.append(
            Pair.objects.create(
                campaign=campaign, prompt=prompt, response_a=answer_a, response_b=answer_b, external_id=f"case{index}"
            )
        )
    return pairs


PHRASES = [
    "fever of 38.5°C, since",  # punctuation
    "a fever of 38.5",
    "emergency department now or can",  # case: EMERGENCY Department NOW
    "emergency department now.",  # in an answer
    "department now or call",  # in a ranking item's third candidate
    "very very very tired",  # repeated words
    "very very tired and",
    "very tired: check",
    "to be or not to be seen",  # stop-word-like words
    "or not to be",
    "发烧三天",  # Chinese
    "烧三天了，体温38",
    "体温38.5度",
    "CT扫描显示",  # Han next to Latin
    "扫描显示正常 report",
    "wait at home Go to the",  # across the prompt and its answer: no pair holds it
    "can we wait at home",  # in a prompt, and in no answer
    "stay at home tonight",
    'said "stop now" and',  # as she reads it (the messages' JSON text escapes the quotes)
    'said \\"stop now\\" and',
    "nonemergency department now",
    "emergency department now",  # in "nonemergency department now" and "EMERGENCY department now."
    "x" * 50 + " then more",  # a word past 40 letters
    "xxxxxxxxxx then more words",
    "rash serious at all",  # words in every pair, not in this order: nowhere
    "is this rash serious",  # in every pair
]


@pytest.mark.postgres
@pytest.mark.django_db
@pytest.mark.parametrize("phrase", PHRASES)
def test_the_phrase_route_finds_exactly_the_pairs_the_walk_finds(admin, phrase):
    campaign = make_campaign("Phrases", gold_rate=0)
    make_pairs(campaign, 5)
    texts_pairs(campaign)
    ranking = make_ranking_campaign()
    make_ranking_item(ranking, ["Drink.", "Rest.", "Go to the emergency department now or call."], external_id="r1")
    for listed in (campaign, ranking):
        filters = browser.PairFilters(text=phrase, campaign_id=listed.pk)
        search = browser.browse_search(admin, filters, order=("id",))
        # The walk's test, on every pair of the campaign: what the search must find.
        walked = list(
            Pair.objects.filter(campaign=listed)
            .filter(text_search.own_texts_match(phrase))
            .values_list("pk", flat=True)
        )
        routed = search.by_phrase() if search.phrased() else None
        if text_search.phrase_words(phrase) is not None:
            assert routed is not None, phrase
        if routed is not None:
            assert sorted(routed.values_list("pk", flat=True)) == sorted(walked), (phrase, listed.kind)
    # Not vacuous: most phrases are found somewhere, and the boundary one nowhere.
    everywhere = Pair.objects.filter(text_search.own_texts_match(phrase))
    if phrase in ("wait at home Go to the", "rash serious at all"):
        assert not everywhere.exists()
    else:
        assert everywhere.exists(), phrase


def sparse_campaign(size: int, every: int):
    """`size` pairs whose prompts all hold COMMON, and one in `every` SPARSE as well."""
    campaign = make_campaign(f"Sparse {size}", gold_rate=0)
    pairs = make_pairs(campaign, size)
    for index, pair in enumerate(pairs):
        sparse = f"My son is {SPARSE}. " if index % every == every - 1 else "My son is 3 years old. "
        Prompt.objects.filter(pk=pair.prompt_id).update(messages=[{"role": "user", "content": sparse + COMMON}])
    return campaign, [pair.pk for index, pair in enumerate(pairs) if index % every == every - 1]


def search(admin, campaign, text: str, **params) -> dict:
    response = client_for(admin).get(
        "/api/v1/pairs/", {"campaign": campaign.pk, "q": text, "page_size": PAGE, **params}
    )
    assert response.status_code == 200, response.content
    return response.json()


@pytest.fixture
def small_walks(monkeypatch):
    """The walk tests ten pairs at most and the trigram route's rare check calls 4 prompts common:
    at this scale, what a million pairs do to a 250 ms budget."""
    monkeypatch.setattr(text_search, "WALK_PAIRS", 10)
    monkeypatch.setattr(text_search, "WALK_MAX", 10)
    monkeypatch.setattr(text_search, "COUNT_CAP", 4)


@pytest.mark.postgres
@pytest.mark.django_db
def test_a_sparse_phrase_and_one_found_nowhere_are_answered_in_full_where_the_walk_stopped(
    admin, small_walks, monkeypatch, settings
):
    campaign, sparse = sparse_campaign(60, every=10)  # 6 matches, one in ten pairs
    nothing = "department now or can we wait at home"  # its words in every prompt, never in this order
    # Without the phrase route, where the rare check runs out of time (common trigrams, as at a
    # million pairs: the trigram route is then not tried), both stop, as they did.
    monkeypatch.setattr(text_search, "RARE_BUDGET_S", 0)
    settings.PAIR_SEARCH_PHRASES = False
    for text in (SPARSE, nothing):
        old = search(admin, campaign, text)
        assert (old["search_complete"], old["count_exact"]) == (False, False), text
    settings.PAIR_SEARCH_PHRASES = True
    first, second = search(admin, campaign, SPARSE), search(admin, campaign, SPARSE, page=2)
    assert (first["count"], first["count_exact"], first["search_complete"]) == (6, True, True)
    assert [row["id"] for row in first["results"] + second["results"]] == sparse
    assert second["next"] is None and "cursor" not in (first["next"] or "")
    none = search(admin, campaign, nothing)
    assert (none["count"], none["count_exact"], none["search_complete"], none["results"]) == (0, True, True, [])
    # The console says how many, exactly.
    console = Client()
    console.force_login(admin)
    monkeypatch.setattr(pair_pages, "PAGE_SIZE", PAGE)
    page = console.get("/console/pairs/", {"campaign": campaign.pk, "q": SPARSE}).content.decode()
    assert "6 pairs</p>" in page and "Page 1 of 2" in page and 'id="search-stopped"' not in page


@pytest.mark.postgres
@pytest.mark.django_db
def test_past_its_cap_of_candidate_texts_the_phrase_is_walked(admin, small_walks, monkeypatch):
    campaign, _sparse = sparse_campaign(30, every=10)
    monkeypatch.setattr(text_search, "PHRASE_CAP", 2)  # 3 prompts hold its word pairs: too many
    monkeypatch.setattr(text_search, "COUNT_CAP", 2)  # and the rare check calls its 3 prompts common
    walked = []
    real_walk = text_search.TextSearch.walk
    monkeypatch.setattr(
        text_search.TextSearch, "walk", lambda self, *a, **kw: walked.append(self.text) or real_walk(self, *a, **kw)
    )
    body = search(admin, campaign, SPARSE)  # the walk falls short: the trigram route answers, as before
    assert walked == [SPARSE] and body["count"] == 3
    monkeypatch.setattr(text_search, "PHRASE_CAP", 3)
    assert search(admin, campaign, SPARSE)["count"] == 3 and walked == [SPARSE]


@pytest.mark.postgres
@pytest.mark.django_db
def test_a_phrase_page_costs_the_same_queries_with_ten_times_the_data(admin, small_walks):
    counts = []
    for size in (20, 200):
        campaign, sparse = sparse_campaign(size, every=4)
        client_for(admin).get("/api/v1/me/")
        with CaptureQueriesContext(connection) as queries:
            body = search(admin, campaign, SPARSE, page=2)
        assert body["count"] == len(sparse) and body["count_exact"] is True
        counts.append(len(queries))
    assert counts[0] == counts[1], counts


@pytest.mark.postgres
@pytest.mark.django_db
def test_an_expert_finds_through_the_phrase_route_only_the_pairs_she_may_browse(campaign, expert, monkeypatch):
    pairs = make_pairs(campaign, 6)
    disputed = [pairs[1].pk, pairs[4].pk]
    Pair.objects.filter(pk__in=disputed).update(state=PairState.DISPUTED)
    hidden = make_pairs(make_campaign("Elsewhere", gold_rate=0), 3, start=100, state=PairState.DISPUTED)
    said = [{"role": "user", "content": f"My son is {SPARSE}."}]
    Prompt.objects.filter(pairs__in=pairs + hidden).update(messages=said)
    looked_up = []
    real = text_search.TextSearch.by_phrase
    monkeypatch.setattr(text_search.TextSearch, "by_phrase", lambda self: looked_up.append(1) or real(self))
    body = client_for(expert).get("/api/v1/pairs/", {"q": SPARSE, "page_size": PAGE}).json()
    assert looked_up and [row["id"] for row in body["results"]] == disputed
    assert (body["count"], body["count_exact"], body["search_complete"]) == (2, True, True)


@pytest.mark.postgres
@pytest.mark.django_db
def test_a_phrase_page_out_of_time_stops_and_its_next_link_walks_with_a_whole_budget(admin, small_walks, monkeypatch):
    campaign, sparse = sparse_campaign(30, every=10)
    monkeypatch.setattr(text_search, "SEARCH_BUDGET_S", 1)
    real = text_search.TextSearch.by_phrase
    slow = ["(SELECT 1 FROM pg_sleep(3)) = 1"]  # the page's statement runs past the budget
    monkeypatch.setattr(text_search.TextSearch, "by_phrase", lambda self: real(self).extra(where=slow))
    stopped = search(admin, campaign, SPARSE)
    assert (stopped["results"], stopped["count"], stopped["search_complete"]) == ([], 0, False)
    assert "after testing 0 pairs" in stopped["search_note"] and "cursor=" in stopped["next"]
    # Searching further walks from the list's start without the phrase route (ten pairs here, one match),
    # then the trigram route counts them all, as before the phrase route.
    walked = []
    real_walk = text_search.TextSearch.walk
    monkeypatch.setattr(
        text_search.TextSearch,
        "walk",
        lambda self, *a, **kw: walked.append(kw.get("after")) or real_walk(self, *a, **kw),
    )
    further = client_for(admin).get(stopped["next"]).json()
    assert walked == [None] and [row["id"] for row in further["results"]] == sparse
    assert (further["count"], further["count_exact"], further["search_complete"]) == (3, True, True)


@pytest.mark.postgres
@pytest.mark.django_db
def test_turned_off_the_search_does_not_take_the_phrase_route(admin, settings, monkeypatch):
    campaign, sparse = sparse_campaign(60, every=10)
    taken = []
    real = text_search.TextSearch.by_phrase
    monkeypatch.setattr(text_search.TextSearch, "by_phrase", lambda self: taken.append(self.text) or real(self))
    settings.PAIR_SEARCH_PHRASES = False
    off = search(admin, campaign, SPARSE)
    assert taken == []  # the trigram route and the walk, as before the phrase route
    settings.PAIR_SEARCH_PHRASES = True
    on = search(admin, campaign, SPARSE)
    assert taken == [SPARSE]
    assert off["count"] == on["count"] == len(sparse) and off["results"] == on["results"]


@pytest.mark.postgres
@pytest.mark.django_db
def test_the_command_builds_lists_and_drops_the_indexes():
    phrase_index.drop()
    assert phrase_index.present() == []
    call_command("phrase_index", "create", stdout=(out := io.StringIO()))
    assert phrase_index.present() == sorted(phrase_index.INDEXES)
    assert "built" in out.getvalue()
    call_command("phrase_index", "drop", stdout=io.StringIO())
    assert phrase_index.present() == []


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_outside_a_transaction_the_indexes_are_dropped_concurrently():
    """As `manage.py phrase_index drop` runs (autocommit): DROP INDEX CONCURRENTLY, which PostgreSQL
    refuses inside a transaction block, so that searches and imports go on while the indexes go."""
    assert not connection.in_atomic_block
    assert phrase_index.present() == sorted(phrase_index.INDEXES)  # built by `phrase_route`, committed
    try:
        with CaptureQueriesContext(connection) as queries:
            assert phrase_index.drop() == list(phrase_index.INDEXES)
    finally:
        phrase_index.drop()  # a transactional test's flush keeps indexes: none is left to the next tests
    assert phrase_index.listed() == []
    assert [query["sql"] for query in queries] == [
        f"DROP INDEX CONCURRENTLY IF EXISTS {name}" for name in phrase_index.INDEXES
    ]


@pytest.mark.postgres
@pytest.mark.django_db
def test_an_invalid_index_left_by_a_failed_concurrent_build_is_not_reported_present_and_is_built_again():
    """`CREATE INDEX CONCURRENTLY` that fails (cancelled, timed out, deadlock, disk full) leaves an INVALID
    index under its name: the planner never uses it, every write still maintains it, `IF NOT EXISTS`
    then skips it on `create` and pg_indexes lists it, so `phrase_index status` says it is there."""
    phrase_index.create()
    # What a failed CONCURRENTLY build leaves (superuser: the test database's owner).
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE pg_index SET indisvalid = false WHERE indexrelid = 'prompt_messages_word_pairs'::regclass"
        )
    assert "prompt_messages_word_pairs" not in phrase_index.present()
    phrase_index.create()
    with connection.cursor() as cursor:
        cursor.execute("SELECT indisvalid FROM pg_index WHERE indexrelid = 'prompt_messages_word_pairs'::regclass")
        assert cursor.fetchone() == (True,)


@pytest.mark.postgres
@pytest.mark.django_db
def test_the_route_look_up_out_of_time_answers_no_worse_than_the_route_off(admin, small_walks, settings, monkeypatch):
    """Turned on without its indexes (or with them, on a loaded machine) the look-up runs out of its 100 ms:
    the page must then be what it was with the route off. It is not: `crowded` is set, so neither the
    rare check nor the trigram route is tried, and a phrase that was answered in full now stops."""
    campaign, sparse = sparse_campaign(60, every=10)  # 6 matches, one in ten pairs
    settings.PAIR_SEARCH_PHRASES = False
    off = search(admin, campaign, SPARSE)
    assert (off["count"], off["count_exact"], off["search_complete"]) == (6, True, True)  # the trigram route
    settings.PAIR_SEARCH_PHRASES = True
    monkeypatch.setattr(text_search, "PHRASE_BUDGET_S", 0)  # the look-up out of time (as without the indexes)
    on = search(admin, campaign, SPARSE)
    assert (on["count"], on["count_exact"], on["search_complete"]) == (6, True, True), on
