"""The public website: what it shows, that its downloads are the lists it shows, and that
nothing unpublished or personal reaches a visitor."""

import csv
import datetime
import io
import json
import re

import pytest
from django.urls import reverse
from django.utils import translation

from r1540.outreach.models import Event
from r1540.public import selectors
from r1540.public.datasets import DATASETS
from r1540.reporting.tests.factories import ControlListFactory

pytestmark = pytest.mark.django_db

LANGUAGES = {"en": "ltr", "fr": "ltr", "es": "ltr", "ru": "ltr", "zh-hans": "ltr", "ar": "rtl"}


def _csv(response) -> list[list[str]]:
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff"), "Excel needs the byte-order mark to read Chinese and Arabic"
    return list(csv.reader(io.StringIO(text[1:])))


def _page_rows(html: str) -> tuple[int, list[list[str]]]:
    """The page's result count and the text of each cell of its table body."""
    count = int(re.search(r'id="results-summary"[^>]*>\s*([\d,]+)', html).group(1).replace(",", ""))
    body = re.search(r"<tbody[^>]*>(.*?)</tbody>", html, re.S)
    rows = []
    for row in re.findall(r"<tr[^>]*>(.*?)</tr>", body.group(1) if body else "", re.S):
        cells = re.findall(r"<t[dh][^>]*>(.*?)</t[dh]>", row, re.S)
        rows.append([" ".join(re.sub(r"<[^>]+>", "", cell).split()) for cell in cells])
    return count, rows


@pytest.fixture
def published_lists(world):
    """The world with a published row in every list: its one control list is a draft."""
    ControlListFactory(state=world["other_state"], title="Published control list of France")
    return world


@pytest.mark.parametrize("dataset", DATASETS, ids=lambda dataset: dataset.code)
def test_each_download_is_the_list_the_page_shows(client, published_lists, dataset):
    with translation.override("zh-hans"):
        url = dataset.url
    page = client.get(url)
    assert page.status_code == 200
    count, rows = _page_rows(page.content.decode())
    table = _csv(client.get(url, {"_export": "csv"}))
    header, lines = table[0], table[1:]
    assert count and len(lines) == count  # the world fixture gives every list a published row
    assert header == [heading for _key, heading in _fields_in(dataset, "zh-hans")]
    shown = [row for row in rows if row and row[0] != "—"]  # an empty table shows one "—" row
    for page_row, line in zip(shown, lines, strict=False):
        assert page_row[0] == line[0], "{}: the page shows {!r}, the CSV {!r}".format(dataset.code, page_row, line)
    data = json.loads(client.get(url, {"_export": "json"}).content)
    assert len(data) == count
    if data:
        assert list(data[0]) == [key for key, _heading in _fields_in(dataset, "en")]
        first = [next(iter(item.values())) for item in data]  # an empty cell is null in JSON, blank in CSV
        assert ["" if value is None else str(value) for value in first] == [line[0] for line in lines]


def _fields_in(dataset, language):
    with translation.override(language):
        return dataset.fields()


def test_reporting_status_tells_the_public_facts_and_never_who(client, world):
    data = json.loads(client.get(reverse("public:reporting_status"), {"_export": "json", "status": "all"}).content)
    indonesia = next(row for row in data if row["iso3"] == "IDN")
    assert indonesia["first_report_date"] == "2004-10-28"
    assert indonesia["has_action_plan"] == "No"  # its plan is a draft, not published
    assert indonesia["has_point_of_contact"] == "Yes"
    api = client.get(reverse("reportingstatus-detail", kwargs={"iso3": "IDN"})).json()
    assert api["first_report_date"] == "2004-10-28" and api["has_action_plan"] is False
    poc = world["own_state_poc"].person
    for body in (json.dumps(data), json.dumps(api), client.get(world["own_state"].get_absolute_url()).content.decode()):
        assert poc.family_name not in body and poc.email not in body


def test_the_state_profile_says_whether_a_point_of_contact_exists(client, world):
    page = client.get(world["own_state"].get_absolute_url()).content.decode()
    assert re.search(r'id="poc-availability">\s*Designated', page)


def test_the_statistics_page_shows_the_figures_the_database_gives(client, world):
    figures = selectors.statistics()
    page = client.get(reverse("public:statistics")).content.decode()
    assert ">{}</span>".format(figures["reporting"]["reported"]) in page
    for year in figures["reports_by_year"]:
        assert '<th scope="row" class="fw-normal">{}</th>'.format(year["year"]) in page
    assert page.count("data-chart-table=") == 4


def test_the_about_page_documents_every_dataset_and_its_fields(client, world):
    page = client.get(reverse("public:about_data")).content.decode()
    for dataset in DATASETS:
        assert 'href="{}?_export=json"'.format(dataset.url) in page
        assert 'href="{}"'.format(dataset.api_url) in page
        for key, _heading in dataset.fields():
            assert "<code>{}</code>".format(key) in page


def test_anonymous_downloads_and_feeds_hold_nothing_unpublished(client, world):
    hidden = {
        "national-reports": str(world["other_unpublished_report"]),
        "action-plans": "Draft plan of Indonesia",
        "events": "Conference still being planned",
    }
    by_code = {dataset.code: dataset for dataset in DATASETS}
    for code, text in hidden.items():
        for export in ("csv", "json", "xlsx"):
            response = client.get(by_code[code].url, {"_export": export})
            assert response.status_code == 200
            assert text.encode() not in response.content, (code, export)
    for feed in ("outreach:events_rss", "outreach:events_atom"):
        assert b"Conference still being planned" not in client.get(reverse(feed)).content
    assert client.get("/api/v1/events/?format=json").content.count(b"Conference still being planned") == 0


def test_the_sitemap_lists_published_pages_in_six_languages_and_nothing_else(client, world):
    index = client.get(reverse("sitemap")).content.decode()
    assert "sitemap-events.xml" in index and "sitemap-states.xml" in index
    events = client.get(reverse("sitemap-section", kwargs={"section": "events"})).content.decode()
    published, unpublished = world["published_event"], world["unpublished_event"]
    assert "/zh-hans/outreach/events/{}/".format(published.code) in events
    assert 'hreflang="ar"' in events and 'hreflang="x-default"' in events
    assert unpublished.code not in events
    reports = client.get(reverse("sitemap-section", kwargs={"section": "reports"})).content.decode()
    assert world["other_unpublished_report"].get_absolute_url() not in reports
    robots = client.get(reverse("robots")).content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in robots


def test_the_home_page_shows_coming_events_and_key_figures(client, world):
    Event.objects.create(
        code="coming",
        kind="workshop",
        title_en="Coming regional workshop",
        start_date=datetime.date.today() + datetime.timedelta(days=10),
        published=True,
    )
    page = client.get(reverse("public:home")).content.decode()
    assert "Coming regional workshop" in page and "Conference still being planned" not in page
    assert reverse("public:statistics") in page and reverse("public:about_data") in page


def test_the_assistance_guide_counts_what_is_published_and_offers_the_template_to_a_poc(client, world, cast):
    from r1540.assistance.models import AssistanceRequest
    from r1540.core.roles import Role

    page = client.get(reverse("public:assistance_guide")).content.decode()
    published = AssistanceRequest.objects.published_only().count()
    assert published < AssistanceRequest.objects.count()  # the world has unpublished requests too
    assert '<span class="badge text-bg-light border">{}</span>'.format(published) in page
    assert "Sign in to submit a request" in page
    client.force_login(cast[Role.STATE_POC])
    page = client.get(reverse("public:assistance_guide")).content.decode()
    assert 'href="{}"'.format(reverse("assistance:request_add")) in page


@pytest.mark.parametrize(
    "name",
    [
        "public:home",
        "public:statistics",
        "public:about_data",
        "public:reporting_status",
        "public:assistance_guide",
        "search:search",
        "directory:state_list",
        "reporting:report_list",
        "matrices:version_list",
        "assistance:request_list",
        "outreach:event_list",
        "outreach:faq",
        "outreach:cooperation_list",
        "programme:document_list",
    ],
)
def test_every_public_page_answers_in_the_six_languages(client, world, name, settings):
    for language, direction in LANGUAGES.items():
        with translation.override(language):
            url = reverse(name)
        page = client.get(url).content.decode()
        assert '<html lang="{}" dir="{}"'.format(language, direction) in page, (name, language)
        assert 'hreflang="zh-hans"' in page


def test_the_news_feed_has_what_was_published_and_nothing_else(client, world):
    rss = client.get(reverse("public:news_rss")).content.decode()
    atom = client.get(reverse("public:news_atom")).content.decode()
    assert world["own_report"].get_absolute_url() in rss and world["own_report"].get_absolute_url() in atom
    assert world["own_published_matrix"].get_absolute_url() in rss
    assert world["other_unpublished_report"].get_absolute_url() not in rss
    assert "Conference still being planned" not in rss
    with translation.override("zh-hans"):
        url = reverse("public:news_rss")
    assert "/zh-hans/reports/" in client.get(url).content.decode()


def test_the_documents_list_shows_the_public_their_documents_only(client, world, cast):
    from r1540.core.roles import Role

    public, restricted = world["public_document"], world["restricted_document"]
    page = client.get(reverse("programme:document_list")).content.decode()
    assert public.title in page and restricted.title not in page
    rows = _csv(client.get(reverse("programme:document_list"), {"_export": "csv"}))
    assert [row[1] for row in rows[1:]] == [public.title] and rows[1][4] == "en"
    client.force_login(cast[Role.DELEGATION])
    assert restricted.title in client.get(reverse("programme:document_list")).content.decode()


def test_the_new_sitemap_sections_hold_published_items_only(client, world):
    requests = client.get(reverse("sitemap-section", kwargs={"section": "assistance-requests"})).content.decode()
    assert world["other_published_request"].get_absolute_url() in requests
    assert world["other_private_request"].get_absolute_url() not in requests
    assert world["own_draft_request"].get_absolute_url() not in requests
    plans = client.get(reverse("sitemap-section", kwargs={"section": "action-plans"})).content.decode()
    assert world["other_published_plan"].get_absolute_url() in plans
    assert world["own_draft_plan"].get_absolute_url() not in plans
    meetings = client.get(reverse("sitemap-section", kwargs={"section": "meetings"})).content.decode()
    assert world["open_meeting"].get_absolute_url() in meetings
    assert world["closed_meeting"].get_absolute_url() not in meetings
    index = client.get(reverse("sitemap")).content.decode()
    assert "sitemap-organizations.xml" in index and "sitemap-review-decisions.xml" in index
