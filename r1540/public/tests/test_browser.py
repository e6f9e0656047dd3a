"""Journeys through the real UI in headless Chromium (Debian's), with screenshots to look at.

Screenshots go to test-artifacts/screenshots/ (git-ignored).
"""

import re

import pytest
from playwright.sync_api import expect

from r1540.core.testing.browser import shot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_home_to_a_state_then_chinese_then_arabic(page, reference_data):
    page.goto("/")
    assert page.locator("html").get_attribute("dir") == "ltr"
    page.wait_for_function("document.querySelector('#groups-chart') && Chart.getChart('groups-chart')")
    shot(page, "01-home")

    page.get_by_role("link", name="Member States").first.click()
    page.wait_for_url("**/directory/states/**")
    assert page.locator("#results-summary").inner_text().startswith("193")
    page.get_by_label("Search", exact=True).fill("Indonesia")
    page.wait_for_function("document.querySelector('#results-summary').innerText.startsWith('1 ')")
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
