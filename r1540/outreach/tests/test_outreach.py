"""Outreach: the real FAQ, courses and events load from the files; pages in six languages; what
is unpublished stays out of pages, feeds and the API."""

import csv
import shutil

import pytest
from django.urls import reverse

from r1540.core.datafiles import DataFileInvalid
from r1540.outreach import reference, services
from r1540.outreach.models import Event, Question

pytestmark = pytest.mark.django_db


@pytest.fixture
def directory(db):
    from r1540.directory import services as directory_services

    directory_services.reference_data_load()


def test_the_real_faq_courses_and_events_load_and_reload_unchanged(directory):
    report = services.outreach_load()
    assert Question.objects.count() == 16
    assert Event.objects.filter(kind="training_course").count() == 8
    assert Event.objects.filter(is_demo=True).count() == 0
    qingdao = Event.objects.get(code="poc-2015-qingdao")
    assert qingdao.country.iso3 == "CHN" and qingdao.region == "asia_pacific"
    assert "青岛" in qingdao.title_zh_hans
    question = Question.objects.get(position=1)
    assert all(getattr(question, "answer_{}".format(code)) for code in ("en", "fr", "es", "ru", "zh_hans", "ar"))
    assert str(report).startswith("events: 16 created")
    again = services.outreach_load()
    assert not again.created and not again.updated
    services.outreach_load(demo=True)
    assert Event.objects.filter(is_demo=True).count() == 24


def test_a_bad_file_names_every_bad_row_and_writes_nothing(directory, tmp_path):
    for name in ("faq.csv", "training_courses.csv", "events.csv", "cooperation.csv", "cooperation_activities.csv"):
        shutil.copy(reference.DATA_DIR / name, tmp_path / name)
    rows = list(csv.DictReader((tmp_path / "events.csv").open(encoding="utf-8")))
    rows[0]["country"] = "ZZZ"
    rows[1]["organizations"] = "NOPE"
    rows[2]["end_date"] = "1999-01-01"
    with (tmp_path / "events.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    with pytest.raises(DataFileInvalid) as error:
        services.outreach_load(data_dir=tmp_path)
    message = str(error.value)
    assert "“ZZZ” is not in the directory" in message and "“NOPE” is not in the directory" in message
    assert "cannot end before it starts" in message
    assert not Event.objects.exists() and not Question.objects.exists()


def test_the_faq_answers_in_every_language(client, directory):
    services.outreach_load()
    question = Question.objects.get(position=1)
    url = reverse("outreach:faq")  # before any request activates another language
    for prefix, code in (("", "en"), ("/zh-hans", "zh_hans"), ("/ar", "ar"), ("/ru", "ru")):
        page = client.get(prefix + url).content.decode()
        assert getattr(question, "question_{}".format(code)) in page
    arabic = client.get("/ar" + url).content.decode()
    assert 'dir="rtl"' in arabic and 'hreflang="zh-hans"' in arabic


def test_an_event_says_which_languages_it_exists_in_and_falls_back_visibly(client, directory):
    services.outreach_load()
    url = reverse("outreach:event", kwargs={"code": "poc-2015-qingdao"})
    chinese = client.get("/zh-hans" + url).content.decode()
    assert "亚太地区" in chinese  # the title exists in Chinese
    assert 'class="fallback" lang="en" dir="ltr"' in chinese  # the curriculum is not: English, marked so
    english = client.get(url).content.decode()
    assert 'class="fallback"' not in english


def test_unpublished_events_stay_out_of_lists_feeds_and_the_api(client, world):
    listing = client.get(reverse("outreach:event_list")).content.decode()
    assert "Workshop on export controls" in listing and "still being planned" not in listing
    feed = client.get(reverse("outreach:events_rss")).content.decode()
    assert "Workshop on export controls" in feed and "still being planned" not in feed
    api = client.get(reverse("event-list")).json()
    assert [event["code"] for event in api["results"]] == ["ev-test-workshop"]
    assert api["results"][0]["title"]["zh-hans"] == "出口管制讲习班"


def test_events_are_found_in_chinese_and_filtered(client, world):
    found = client.get(reverse("outreach:event_list") + "?q=出口").content.decode()
    assert "Workshop on export controls" in found
    upcoming = client.get(reverse("outreach:event_list") + "?when=upcoming").content.decode()
    assert "Workshop on export controls" not in upcoming


def test_the_language_switcher_survives_a_page_that_lists_its_own_languages(client, world):
    """An event page lists the languages its text exists in; the header still offers all six."""
    page = client.get(world["published_event"].get_absolute_url()).content.decode()
    switcher = page[page.index('id="language-select"') : page.index("</select>")]
    assert switcher.count("<option") == 6 and 'value="en" lang="en" selected' in switcher
    assert page.count('rel="alternate" hreflang=') == 6
