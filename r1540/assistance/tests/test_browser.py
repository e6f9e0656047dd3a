"""The assistance journey in the browser: a State's POC submits a request in its language, an
expert opens the suggested matches and records one, and the public sees the published request."""

import pytest

from r1540.assistance.models import AssistanceRequest
from r1540.core.testing.browser import shot, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_request_from_submission_to_a_published_match(page, world, cast):
    sign_in(page, "state-poc")
    page.goto("/assistance/requests/add/")
    page.get_by_label("Title").fill("Redacción de delitos penales para agentes no estatales")
    page.get_by_label("Need and desired outcome").fill(
        "Necesitamos apoyo jurídico para tipificar en el código penal la fabricación, posesión y uso de armas "
        "químicas y biológicas por agentes no estatales, y para revisar el proyecto de ley."
    )
    page.locator("#id_language").select_option("es")
    page.get_by_role("checkbox", name="OP 2: legal framework and prohibitions").check()
    page.get_by_role("checkbox", name="Legislative drafting or review").check()
    page.get_by_label("Published").check()
    shot(page, "20-assistance-request-form")
    page.get_by_role("button", name="Save").click()
    page.wait_for_url("**/assistance/requests/*/")
    request = AssistanceRequest.objects.get(title__startswith="Redacción")
    assert request.state == world["own_state"] and request.channel == "online"

    sign_in(page, "expert")
    page.goto(request.get_absolute_url())
    suggestions = page.locator("#suggestions-heading").locator("xpath=..")
    assert "IAEA legislative assistance" in suggestions.inner_text()
    assert "Shared areas" in suggestions.inner_text()
    shot(page, "21-assistance-suggestions")
    page.locator(".suggestion").filter(has_text="IAEA legislative assistance").get_by_role(
        "button", name="Propose this offer"
    ).click()
    page.wait_for_url("**" + request.get_absolute_url())
    matches = page.locator("#matches-heading").locator("xpath=..")
    assert "IAEA legislative assistance" in matches.inner_text()
    match = request.matches.get()
    page.locator("#match-{}".format(match.pk)).get_by_text("Next step").click()
    page.locator("#move-status-{}".format(match.pk)).select_option("agreed")
    page.locator("#move-reason-{}".format(match.pk)).fill("The State and the IAEA agreed by letter")
    page.locator("#match-{}".format(match.pk)).get_by_role("button", name="Record").click()
    page.wait_for_url("**" + request.get_absolute_url())
    assert page.locator("#request-status").inner_text() == "Matched"
    shot(page, "22-assistance-matched")

    page.context.clear_cookies()
    page.goto("/assistance/requests/")
    assert "Redacción de delitos penales" in page.locator("main").inner_text()
    page.get_by_role("link", name="Redacción de delitos penales para agentes no estatales").click()
    assert "IAEA legislative assistance" in page.locator("#matches-heading").locator("xpath=..").inner_text()
    assert "Suggested offers" not in page.locator("main").inner_text()
    shot(page, "23-assistance-public")
