"""Journeys through the real UI in headless Chromium (Debian's), with screenshots to look at.

Screenshots go to test-artifacts/screenshots/ (git-ignored).
"""

import os
import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SCREENSHOTS = Path(__file__).resolve().parents[3] / "test-artifacts" / "screenshots"
CHROMIUM = os.environ.get("R1540_CHROMIUM", "/usr/bin/chromium")
FLAGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail("Chromium is missing: run scripts/install-system-packages.sh (make test does).")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, live_server):
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    context = browser.new_context(
        base_url=live_server.url, viewport={"width": 1280, "height": 900}, reduced_motion="reduce"
    )
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    outside = []
    page.on("request", lambda request: None if request.url.startswith(live_server.url) else outside.append(request.url))
    yield page
    context.close()
    assert errors == [], errors
    assert outside == [], "requests left the server: {}".format(outside)


def shot(page, name):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "{}.png".format(name)), full_page=True)


def test_home_to_a_state_then_chinese_then_arabic(page, reference_data):
    page.goto("/")
    assert page.locator("html").get_attribute("dir") == "ltr"
    page.wait_for_function("document.querySelector('#groups-chart') && Chart.getChart('groups-chart')")
    shot(page, "01-home")

    page.get_by_role("link", name="Member States").first.click()
    page.wait_for_url("**/directory/states/**")
    assert page.locator("#results-summary").inner_text().startswith("193")
    page.get_by_label("Search").fill("Indonesia")
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
