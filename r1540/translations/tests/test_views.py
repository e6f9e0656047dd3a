"""The coverage pages count what exists, and stay fast as the content grows."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from r1540.core.roles import Role
from r1540.core.tests.factories import UserFactory
from r1540.outreach.models import Question
from r1540.translations.services import record_machine_translation

pytestmark = pytest.mark.django_db


@pytest.fixture
def expert_client(client):
    client.force_login(UserFactory(username="expert", role=Role.EXPERT))
    return client


def ask(code, **texts):
    return Question.objects.create(code=code, position=1, **texts)


@pytest.fixture
def questions():
    """One French translation up to date, one out of date, one Spanish machine translation."""
    current = ask("current", question_en="Current?", answer_en="Yes.")
    current.question_fr, current.answer_fr = "Actuelle ?", "Oui."
    current.save()
    stale = ask("stale", question_en="Stale?", answer_en="Yes.", question_fr="Périmée ?", answer_fr="Oui.")
    stale.answer_en = "Yes, since the English changed."
    stale.save()
    machine = ask("machine", question_en="Machine?", answer_en="Yes.")
    record_machine_translation(obj=machine, field="question", language="es", text="¿Máquina?", actor=None)
    record_machine_translation(obj=machine, field="answer", language="es", text="Sí.", actor=None)
    return {"current": current, "stale": stale, "machine": machine}


def test_the_summary_counts_what_exists(expert_client, questions):
    response = expert_client.get(reverse("translations:coverage"))
    assert response.status_code == 200
    [row] = [row for row in response.context["rows"] if row.model is Question]
    assert row.total == 3
    by_language = {count.code: count for count in row.languages}
    assert by_language["en"].up_to_date == 3
    assert by_language["en"].percent == 100
    fr = by_language["fr"]
    assert (fr.counts["present"], fr.counts["outdated"], fr.counts["missing"]) == (1, 1, 1)
    assert fr.percent == 33
    es = by_language["es"]
    assert (es.counts["machine"], es.counts["missing"], es.counts["present"]) == (1, 2, 0)
    page = response.content.decode()
    assert 'data-model="outreach.question"' in page
    assert 'data-chart-table="totals-table"' in page
    assert "?language=fr&amp;status=outdated" in page


def test_the_detail_lists_items_by_language_with_their_status(expert_client, questions):
    url = reverse("translations:coverage_detail", kwargs={"app_label": "outreach", "model_name": "question"})
    response = expert_client.get(url)
    page = response.content.decode()
    assert 'data-language="es" data-status="machine"' in page
    assert "Machine translation" in page and "Out of date" in page
    assert 'href="/outreach/faq/#stale"' in page

    response = expert_client.get(url, {"language": "fr", "status": "outdated"})
    rows = list(response.context["page_obj"])
    assert [row.pk for row in rows] == [questions["stale"].pk]
    assert rows[0].label == "Stale?"

    response = expert_client.get(url, {"status": "machine"})
    assert [row.pk for row in response.context["page_obj"]] == [questions["machine"].pk]


def test_an_unknown_or_untranslated_model_is_not_found(expert_client):
    for app_label, model_name in (("outreach", "nothing"), ("core", "user")):
        url = reverse("translations:coverage_detail", kwargs={"app_label": app_label, "model_name": model_name})
        assert expert_client.get(url).status_code == 404


def test_the_pages_do_not_query_per_item(expert_client):
    def queries(url):
        with CaptureQueriesContext(connection) as captured:
            assert expert_client.get(url).status_code == 200
        return len(captured)

    detail = reverse("translations:coverage_detail", kwargs={"app_label": "outreach", "model_name": "question"})
    summary = reverse("translations:coverage")
    ask("first", question_en="First?", answer_en="Yes.", question_fr="Premier ?", answer_fr="Oui.")
    queries(detail), queries(summary)  # the session and the content types are cached from here on
    before = queries(detail), queries(summary)
    for number in range(30):
        ask("q{}".format(number), question_en="Q{}?".format(number), answer_en="A.", question_ru="В?", answer_ru="О.")
    assert (queries(detail), queries(summary)) == before


def test_the_detail_is_paginated(expert_client):
    Question.objects.bulk_create(
        [Question(code="q{}".format(n), position=n, question_en="Q{}?".format(n), answer_en="A.") for n in range(60)]
    )
    url = reverse("translations:coverage_detail", kwargs={"app_label": "outreach", "model_name": "question"})
    response = expert_client.get(url, {"page": 2, "status": "untracked"})
    assert response.context["page_obj"].paginator.count == 0  # English only: source, and missing elsewhere
    response = expert_client.get(url, {"page": 2})
    assert len(response.context["page_obj"]) == 10
    assert "page=1" in response.content.decode()


def test_the_menu_offers_the_page_to_the_committee_only(client, cast):
    for role, shown in ((Role.DELEGATION, True), (Role.SECRETARIAT, True), (Role.STATE_POC, False)):
        client.force_login(cast[role])
        assert (reverse("translations:coverage") in client.get(reverse("public:home")).content.decode()) is shown
