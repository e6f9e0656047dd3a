"""Browser-test fixtures: Debian's Chromium driven by Playwright against the live test server.

Test modules import ``browser``, ``page`` and ``shot``. Screenshots go to
test-artifacts/screenshots/ (git-ignored). A page that logs a JavaScript error or asks another
host for anything, or makes the Content-Security-Policy refuse something, fails its test.
"""

import os
import time
from pathlib import Path

import pytest

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
    outside = record_outside_requests(page, live_server.url)
    refused = []
    page.on("console", lambda message: refused.append(message.text) if is_policy_violation(message) else None)
    yield page
    context.close()
    assert errors == [], errors
    assert outside == [], "requests left the server: {}".format(outside)
    assert refused == [], "the Content-Security-Policy refused: {}".format(refused)


def record_outside_requests(page, server_url: str) -> list[str]:
    """The addresses of every request the page makes to another host (a list that fills as it goes).
    data: and blob: addresses are made in the page itself and never leave it."""
    outside = []

    def record(request):
        if not request.url.startswith((server_url, "data:", "blob:")):
            outside.append(request.url)

    page.on("request", record)
    return outside


def is_policy_violation(message) -> bool:
    """A console message in which Chromium reports something the Content-Security-Policy refused
    (a blocked inline script or style, or a load from another host, which then never shows as a
    request)."""
    return message.type == "error" and "Content Security Policy" in message.text


def wait_until(page, expression: str, timeout: float = 15.0) -> None:
    """Wait until the JavaScript ``expression`` is true in the page. Playwright's
    ``wait_for_function`` evaluates its predicate with ``new Function``, which the site's
    Content-Security-Policy refuses; ``page.evaluate`` goes through the debugging protocol,
    which the policy does not govern."""
    deadline = time.monotonic() + timeout
    while not page.evaluate(expression):
        if time.monotonic() > deadline:
            raise AssertionError("still false after {} s: {}".format(timeout, expression))
        page.wait_for_timeout(50)


def shot(page, name):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "{}.png".format(name)), full_page=True)


def sign_in(page, username: str, password: str = "a-long-test-password") -> None:
    """Sign in through the real login page (the cast's password by default)."""
    page.context.clear_cookies()
    page.goto("/account/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(lambda url: "/account/login/" not in url)
