"""Search: Chinese and Arabic words are found, results are ranked and filtered, and nobody finds
what they may not open — on the page, in the API, whatever the language."""

import datetime

import pytest

from r1540.core.roles import Role
from r1540.core.tests.factories import UserFactory
from r1540.outreach.models import Event, Question
from r1540.search import services, text
from r1540.search.models import SearchEntry
from r1540.search.selectors import search

# --- the text engine (no database) -------------------------------------------------------------


def test_a_chinese_run_is_cut_into_words_so_two_character_words_are_found():
    words = text.tokens("防止大规模杀伤性武器扩散的国家报告")
    assert "武器" in words and "报告" in words and "扩散" in words
    assert text.query_terms("武器") == ["武器"]


def test_case_accents_and_arabic_marks_do_not_matter():
    assert text.tokens("Sécurité NUCLÉAIRE") == ["securite", "nucleaire"]
    # With harakat and a hamza on the alif, or without: the same word.
    assert text.query_terms("أَسْلِحَة") == text.query_terms("اسلحة")
    # A word with the article is found without it too.
    assert "اسلحة" in text.tokens("الأسلحة النووية")
    # …and with a particle before the article (و, ب, ل…).
    assert {"الاسلحة", "اسلحة"} <= set(text.tokens("والأسلحة"))
    assert "اسلحة" in text.tokens("للأسلحة")


def test_query_expressions_quote_the_words_of_the_user():
    assert text.fts5_match(['say "hi"', "export"]) == '"say ""hi"""* AND "export"*'
    assert text.tsquery(["武器", "export", "x:y"]) == "武器:* & export:*"
    assert text.fts5_match(text.query_terms("  ,;  ")) == ""


def test_the_snippet_marks_the_words_found():
    pieces = text.highlight("The State adopted an Export Control law on weapons.", ["export", "weapons"])
    assert [piece for piece, found in pieces if found] == ["Export", "weapons"]
    assert "".join(piece for piece, _found in pieces) == "The State adopted an Export Control law on weapons."


# --- the index and the search ------------------------------------------------------------------


@pytest.fixture
def indexed(world):
    Event.objects.create(
        code="zh-seminar",
        kind="conference",
        title_en="Regional seminar on licensing",
        title_zh_hans="防止大规模杀伤性武器扩散研讨会",
        description_zh_hans="各国交流出口管制经验。",
        start_date=datetime.date(2019, 6, 3),
        country=world["own_state"],
        published=True,
    )
    Event.objects.create(
        code="ar-workshop",
        kind="workshop",
        title_en="Regional workshop on border security",
        title_ar="حلقة عمل بشأن مراقبة الحدود والأسلحة الكيميائية",
        start_date=datetime.date(2021, 3, 1),
        published=True,
    )
    services.search_rebuild()
    return world


def _titles(results) -> set[str]:
    return {hit.entry.title for hit in results.hits}


@pytest.mark.django_db
def test_wuqi_finds_the_chinese_content_that_holds_it(indexed):
    results = search("武器", None)
    assert "防止大规模杀伤性武器扩散研讨会" in _titles(results)
    hit = next(hit for hit in results.hits if hit.entry.kind == "event")
    assert hit.entry.language == "zh-hans" and hit.entry.year == 2019
    # 报告 sits inside longer words of the programme of work's Chinese text (e.g. 国家报告).
    reports = search("报告", None)
    assert "programme_item" in {hit.entry.kind for hit in reports.hits}
    assert {hit.entry.language for hit in reports.hits} == {"zh-hans"}


@pytest.mark.django_db
def test_an_arabic_word_finds_the_arabic_content(indexed):
    results = search("الأسلحة", None)
    assert "حلقة عمل بشأن مراقبة الحدود والأسلحة الكيميائية" in _titles(results)
    assert _titles(search("أسلحة", None)) == _titles(results)  # without the article, and the hamza


@pytest.mark.django_db
def test_an_item_found_in_several_languages_shows_once_in_the_readers_language(indexed):
    from django.utils import translation

    with translation.override("zh-hans"):
        results = search("licensing", None)
    events = [hit for hit in results.hits if hit.entry.kind == "event"]
    assert len(events) == 1 and events[0].entry.language == "en"
    with translation.override("zh-hans"):
        results = search("seminar", None, kind="event")
    assert [hit.url for hit in results.hits] == ["/zh-hans/outreach/events/zh-seminar/"]


@pytest.mark.django_db
def test_filters_by_kind_state_year_and_language(indexed):
    state = indexed["own_state"]
    assert len(search("regional", None, kind="event").hits) == 2
    assert _titles(search("regional", None, state_id=state.pk, kind="event")) == {"Regional seminar on licensing"}
    assert _titles(search("regional", None, year=2021, kind="event")) == {"Regional workshop on border security"}
    assert search("武器", None, language="ar").page.paginator.count == 0


@pytest.mark.django_db
def test_a_better_match_ranks_first(indexed):
    Question.objects.create(
        code="controls", position=99, question_en="Border controls", answer_en="Border controls and border controls."
    )
    services.search_rebuild(kinds=["question"])
    results = search("border controls", None)
    assert results.hits[0].entry.title == "Border controls"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("query", "allowed"),
    [
        ("Conference still being planned", {Role.EXPERT, Role.SECRETARIAT, Role.ADMINISTRATOR}),
        (
            "Draft plan of Indonesia",
            {Role.STATE_POC, Role.DELEGATION, Role.EXPERT, Role.SECRETARIAT, Role.ADMINISTRATOR},
        ),
        ("Draft report restricted", {Role.DELEGATION, Role.EXPERT, Role.SECRETARIAT, Role.ADMINISTRATOR}),
    ],
)
def test_nobody_finds_what_they_may_not_open(indexed, cast, query, allowed):
    for role, user in cast.items():
        found = search(query, user).page.paginator.count > 0
        assert found == (role in allowed), "{} as {}".format(query, role)


@pytest.mark.django_db
def test_the_index_follows_saves_and_deletes(world, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        event = Event.objects.create(
            code="later", kind="workshop", title_en="Workshop on biosecurity", start_date=datetime.date(2022, 1, 1)
        )
    assert search("biosecurity", None).page.paginator.count == 1
    with django_capture_on_commit_callbacks(execute=True):
        event.published = False
        event.title_en = "Workshop on biosafety"
        event.save()
    assert search("biosecurity", None, kind="event").page.paginator.count == 0
    expert = UserFactory(username="search-expert", role=Role.EXPERT)
    assert search("biosafety", expert).page.paginator.count == 1
    assert search("biosafety", None).page.paginator.count == 0  # now unpublished
    with django_capture_on_commit_callbacks(execute=True):
        event.delete()
    assert not SearchEntry.objects.filter(kind="event", object_id=event.pk).exists()
    assert search("biosafety", expert).page.paginator.count == 0


# --- the page and the API ----------------------------------------------------------------------


@pytest.mark.django_db
def test_the_search_page_in_chinese_links_results_in_chinese(client, indexed):
    response = client.get("/zh-hans/search/?q=%E6%AD%A6%E5%99%A8&kind=event")
    page = response.content.decode()
    assert 'lang="zh-hans"' in page and "防止大规模杀伤性武器扩散研讨会" in page
    assert 'href="/zh-hans/outreach/events/zh-seminar/"' in page


@pytest.mark.django_db
def test_the_arabic_page_is_right_to_left_and_marks_the_word(client, indexed):
    response = client.get("/ar/search/?q=%D8%A7%D9%84%D8%AD%D8%AF%D9%88%D8%AF")  # الحدود
    page = response.content.decode()
    assert '<html lang="ar" dir="rtl"' in page
    assert 'dir="rtl">حلقة عمل بشأن مراقبة الحدود والأسلحة الكيميائية</a>' in page


@pytest.mark.django_db
def test_a_bad_filter_is_reported_in_the_readers_language(client, indexed):
    response = client.get("/fr/search/?q=export&state=ZZZ&year=abc")
    page = response.content.decode()
    assert response.status_code == 200
    assert "Sélectionnez un choix valide" in page and "Saisissez un nombre entier" in page
    api = client.get("/api/v1/search/?q=export&state=ZZZ", HTTP_ACCEPT_LANGUAGE="en")
    assert api.status_code == 400 and "state" in api.json()
    assert client.get("/api/v1/search/").status_code == 400


@pytest.mark.django_db
def test_the_api_answers_like_the_page_and_hides_the_unpublished(client, indexed, cast):
    api = client.get("/api/v1/search/?q=武器", HTTP_ACCEPT_LANGUAGE="zh-hans").json()
    assert api["count"] >= 1 and api["kinds"]["event"] == 1
    event = next(row for row in api["results"] if row["kind"] == "event")
    assert event["title"] == "防止大规模杀伤性武器扩散研讨会" and event["state"] == "IDN"
    assert event["url"] == "/zh-hans/outreach/events/zh-seminar/"
    assert client.get("/api/v1/search/?q=Conference+still+being+planned").json()["count"] == 0
    client.force_login(cast[Role.EXPERT])
    assert client.get("/api/v1/search/?q=Conference+still+being+planned").json()["count"] == 1


@pytest.mark.django_db
def test_every_kind_of_item_in_the_world_is_indexed(indexed):
    kinds = set(SearchEntry.objects.values_list("kind", flat=True))
    assert {"state", "organization", "report", "action_plan", "event", "question", "document", "meeting"} <= kinds
