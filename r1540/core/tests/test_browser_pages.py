"""Nothing on any page is loaded from outside the server, and the Content-Security-Policy refuses
nothing the pages need (scripts, htmx, charts, the API documentation).

The outside-load check runs with the policy bypassed: the policy would block an outside font or
image before it became a request, so only without it does the test see what the page itself asks
for. The ``page`` fixture then runs with the policy on and fails on anything it refuses."""

import os

import pytest

from r1540.core.testing.browser import record_outside_requests, wait_until

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

#: The site's page kinds: home (charts), a filtered list (htmx), a profile, a chart page, the two
#: API documentation pages, the right-to-left and Chinese layouts, a form and an error page.
PAGES = (
    "/",
    "/directory/states/",
    "/directory/states/idn/",
    "/matrices/trends/",
    "/statistics/",
    "/api/docs/",
    "/api/redoc/",
    "/ar/",
    "/zh-hans/directory/states/",
    "/account/login/",
    "/no-such-page/",
)


#: What shows that a page drawn by script has finished drawing.
DRAWN = {"/api/docs/": ".swagger-ui .info .title", "/api/redoc/": "text=API docs by Redocly"}


def _settle(page, url: str) -> None:
    page.goto(url)  # waits for the load event: the stylesheets, scripts and images of the page
    if url in DRAWN:
        page.wait_for_selector(DRAWN[url])
    page.evaluate("document.fonts.ready.then(() => true)")  # and the fonts its text asked for


@pytest.fixture
def page_without_policy(browser, live_server):
    """A page with the Content-Security-Policy bypassed, and the requests it makes to other hosts."""
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")  # as the page fixture does
    context = browser.new_context(base_url=live_server.url, bypass_csp=True)
    page = context.new_page()
    yield page, record_outside_requests(page, live_server.url)
    context.close()


def test_no_page_asks_another_host_for_anything(page_without_policy, world):
    page, outside = page_without_policy
    for url in PAGES:
        _settle(page, url)
    assert outside == []


def test_every_page_works_under_the_policy(page, world):
    for url in PAGES:
        _settle(page, url)
    page.goto("/")
    wait_until(page, "document.querySelector('#groups-chart') && Chart.getChart('groups-chart')")

    page.goto("/directory/states/")
    page.get_by_label("Search", exact=True).fill("Indonesia")
    wait_until(page, "document.querySelector('#results-summary').innerText.startsWith('1 ')")

    page.goto("/api/docs/")
    page.wait_for_selector(".swagger-ui .info .title")
    assert "r1540 API" in page.locator(".swagger-ui .info .title").inner_text()

    page.goto("/api/redoc/")
    page.wait_for_selector("h1:has-text('r1540 API')")
    page.wait_for_load_state("networkidle")
