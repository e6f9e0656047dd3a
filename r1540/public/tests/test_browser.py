"""Journeys through the real UI in headless Chromium (Debian's), with screenshots to look at.

Screenshots go to test-artifacts/screenshots/ (git-ignored).
"""

import re

import pytest
from playwright.sync_api import expect

from r1540.core.testing.browser import shot, wait_until

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_home_to_a_state_then_chinese_then_arabic(page, reference_data):
    page.goto("/")
    assert page.locator("html").get_attribute("dir") == "ltr"
    wait_until(page, "document.querySelector('#groups-chart') && Chart.getChart('groups-chart')")
    shot(page, "01-home")

    page.get_by_role("link", name=re.compile(r"^193 Member States$")).click()
    page.wait_for_url("**/directory/states/**")
    assert page.locator("#results-summary").inner_text().startswith("193")
    page.get_by_label("Search", exact=True).fill("Indonesia")
    wait_until(page, "document.querySelector('#results-summary').innerText.startsWith('1 ')")
    shot(page, "02-states-search")

    page.get_by_role("link", name="Indonesia").click()
    page.wait_for_url("**/directory/states/idn/")
    assert page.get_by_role("heading", level=1).inner_text() == "Indonesia"
    shot(page, "03-state-profile")

    page.select_option("#language-select", "zh-hans")
    expect(page).to_have_url(re.compile(r"/zh-hans/directory/states/idn/$"))
    assert page.get_by_role("heading", level=1).inner_text() == "印度尼西亚"
    assert page.locator("html").get_attribute("lang") == "zh-hans"
    shot(page, "04-state-profile-zh")

    page.select_option("#language-select", "ar")
    expect(page).to_have_url(re.compile(r"/ar/directory/states/idn/$"))
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.get_by_role("heading", level=1).inner_text() == "إندونيسيا"
    shot(page, "05-state-profile-ar")


def test_an_expert_edits_a_state_and_the_history_shows_it(page, reference_data, cast):
    page.goto("/account/login/")
    page.get_by_label("Username").fill("expert")
    page.get_by_label("Password").fill("a-long-test-password")
    page.get_by_role("button", name="Sign in").click()
    page.goto("/directory/states/idn/edit/")
    page.get_by_label("Notes [fr]").fill("Président du Comité en 2019 et 2020.")
    page.get_by_label("Reason for the change").fill("Chair years added")
    page.get_by_role("button", name="Save").click()
    page.wait_for_url("**/directory/states/idn/")
    history = page.locator("#history-heading").locator("xpath=ancestor::section")
    assert "Chair years added" in history.inner_text()
    shot(page, "06-state-history")


JOURNEYS = {
    # language: (path prefix, direction, State name, search words, event title, FAQ question)
    "en": ("", "ltr", "Indonesia", "workshop", "Workshop on export controls", "What is resolution 1540?"),
    "zh-hans": (
        "/zh-hans",
        "ltr",
        "印度尼西亚",
        "武器",
        "防止大规模杀伤性武器扩散出口管制讲习班",
        "第1540号决议是什么？",
    ),
    "ar": ("/ar", "rtl", "إندونيسيا", "الأسلحة", "حلقة عمل بشأن مراقبة صادرات الأسلحة", "ما هو القرار 1540؟"),
}


@pytest.fixture
def public_world(world):
    """The world, with its State, event and question written in Chinese and Arabic too."""
    from r1540.search.services import search_rebuild

    state, event, question = world["own_state"], world["published_event"], world["question"]
    state.name_zh_hans, state.name_ar = JOURNEYS["zh-hans"][2], JOURNEYS["ar"][2]
    state.save()
    event.title_zh_hans, event.title_ar = JOURNEYS["zh-hans"][4], JOURNEYS["ar"][4]
    event.save()
    question.question_zh_hans, question.question_ar = JOURNEYS["zh-hans"][5], JOURNEYS["ar"][5]
    question.answer_zh_hans, question.answer_ar = "一项安全理事会决议。", "قرار لمجلس الأمن."
    question.save()
    search_rebuild()
    return world


def _open_menu_item(page, href):
    page.locator(".navbar-toggler").click()
    item = page.locator("#main-menu a.dropdown-item[href='{}']".format(href)).first
    item.locator("xpath=ancestor::li[contains(@class, 'dropdown')]/a").click()
    item.click()


@pytest.mark.parametrize("language", list(JOURNEYS))
def test_the_public_site_from_home_to_the_faq(page, public_world, language):
    prefix, direction, state_name, words, event_title, question = JOURNEYS[language]
    world = public_world
    page.goto(prefix + "/")
    assert page.locator("html").get_attribute("lang") == language
    assert page.locator("html").get_attribute("dir") == direction
    assert page.locator("a[hreflang='zh-hans']").count() + page.locator("link[hreflang='zh-hans']").count() >= 1
    shot(page, "public-{}-1-home".format(language))

    # Home → the States → a State's profile.
    page.locator("a.figure-card[href*='/directory/states/']").first.click()
    page.get_by_role("link", name=state_name, exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text(state_name)
    expect(page.locator("#poc-availability")).not_to_be_empty()
    shot(page, "public-{}-2-state".format(language))

    # → its published matrix.
    page.locator("a[href$='/matrices/idn/{}/']".format(world["own_published_matrix"].number)).first.click()
    expect(page).to_have_url(re.compile(r"/matrices/idn/\d+/$"))
    assert page.locator("html").get_attribute("dir") == direction
    shot(page, "public-{}-3-matrix".format(language))

    # → a search in the reader's language, from the box in the header.
    page.locator(".navbar-toggler").click()
    page.locator("#site-search").fill(words)
    page.locator("#site-search").press("Enter")
    result = page.locator("ol.search-results a", has_text=event_title)
    expect(result).to_be_visible()
    assert "Conference still being planned" not in page.content()
    shot(page, "public-{}-4-search".format(language))

    # → the event found.
    result.click()
    expect(page.get_by_role("heading", level=1)).to_contain_text(event_title)
    shot(page, "public-{}-5-event".format(language))

    # → the FAQ, from the menu.
    _open_menu_item(page, prefix + "/outreach/faq/")
    expect(page.get_by_role("heading", name=question)).to_be_visible()
    assert page.locator("html").get_attribute("dir") == direction
    shot(page, "public-{}-6-faq".format(language))
