import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.urls import reverse

from r1540.assistance import selectors, services
from r1540.assistance.models import Communication
from r1540.assistance.tests.factories import AssistanceOfferFactory, AssistanceRequestFactory, MatchFactory
from r1540.core.roles import Role

pytestmark = pytest.mark.django_db


def test_a_request_moves_only_along_its_lifecycle_with_a_reason(world, cast):
    request = world["own_draft_request"]
    with pytest.raises(ValidationError) as error:
        services.request_move(request=request, status="completed", actor=cast[Role.EXPERT], reason="done")
    assert "cannot move" in str(error.value)
    services.request_move(request=request, status="acknowledged", actor=cast[Role.EXPERT], reason="Letter sent")
    assert request.history.first().history_change_reason == "Letter sent"
    with pytest.raises(ValidationError):
        services.request_move(request=request, status="circulated", actor=cast[Role.EXPERT], reason="")


def test_a_match_carries_the_request_forward_and_records_fulfilment(world, cast):
    expert = cast[Role.EXPERT]
    request = AssistanceRequestFactory(state=world["own_state"], status="circulated")
    offer = AssistanceOfferFactory(provider_state=world["other_state"], status="committed")
    match = services.match_propose(request=request, offer=offer, actor=expert, score=0.8, reasons=[{"code": "areas"}])
    request.refresh_from_db()
    assert request.status == "offers_received"
    with pytest.raises(ValidationError):
        services.match_propose(request=request, offer=offer, actor=expert)
    services.match_move(match=match, status="agreed", actor=expert, reason="Both agreed")
    request.refresh_from_db()
    assert request.status == "matched"
    services.match_move(match=match, status="in_implementation", actor=expert, reason="Workshop held")
    with pytest.raises(ValidationError) as error:
        services.match_move(match=match, status="completed", actor=expert, reason="Over")
    assert "fulfilment" in error.value.error_dict
    services.match_move(match=match, status="completed", actor=expert, reason="Over", fulfilment="partial")
    request.refresh_from_db()
    offer.refresh_from_db()
    assert (request.status, offer.status, match.fulfilment) == ("completed", "delivered", "partial")
    services.feedback_record(request=request, feedback="Useful; more training needed.", actor=cast[Role.STATE_POC])
    request.refresh_from_db()
    assert request.status == "feedback" and request.feedback.startswith("Useful")


def test_follow_ups_show_as_due_and_overdue(world, cast):
    request = world["other_published_request"]
    today = datetime.date.today()
    overdue = services.communication_record(
        request=request,
        date=today - datetime.timedelta(days=30),
        kind="letter",
        summary="Letter to the provider",
        follow_up_date=today - datetime.timedelta(days=1),
        actor=cast[Role.SECRETARIAT],
    )
    due = services.communication_record(
        request=request,
        date=today,
        kind="email",
        summary="E-mail to the mission",
        follow_up_date=today + datetime.timedelta(days=3),
        actor=cast[Role.SECRETARIAT],
    )
    assert (overdue.follow_up_state, due.follow_up_state) == ("overdue", "due")
    services.follow_up_done(communication=overdue)
    assert overdue.follow_up_state == ""
    with pytest.raises(ValidationError):
        services.communication_record(
            request=request,
            date=today,
            kind="call",
            summary="x",
            follow_up_date=today - datetime.timedelta(days=2),
            actor=None,
        )


def test_the_request_page_shows_suggestions_to_the_state_and_not_the_public(client, world, cast):
    request = world["other_published_request"]
    public = client.get(request.get_absolute_url()).content.decode()
    assert "Suggested offers" not in public and "Communications" not in public
    client.force_login(cast[Role.EXPERT])
    page = client.get(request.get_absolute_url()).content.decode()
    assert "Suggested offers" in page and "IAEA legislative assistance" in page
    response = client.post(
        reverse("assistance:communication_add", kwargs={"pk": request.pk}),
        {"date": datetime.date.today().isoformat(), "kind": "meeting", "summary": "Met the mission"},
    )
    assert response.status_code == 302
    assert Communication.objects.filter(request=request, summary="Met the mission").exists()


def sql(query, params=()):
    with connection.cursor() as cursor:
        cursor.execute(query, params)
        return cursor.fetchone()[0]


def test_the_quarterly_figures_agree_with_direct_queries(world):
    france, indonesia = world["other_state"], world["own_state"]
    q2 = datetime.date(2025, 5, 10)
    AssistanceRequestFactory(state=indonesia, received_date=q2, areas="legal_framework export_controls")
    late = AssistanceRequestFactory(state=france, received_date=datetime.date(2025, 4, 1), areas="export_controls")
    AssistanceRequestFactory(state=france, received_date=datetime.date(2025, 7, 1))  # Q3
    AssistanceOfferFactory(provider_state=france, received_date=datetime.date(2025, 6, 30), areas="export_controls")
    MatchFactory(request=late, offer=world["own_organization_offer"], matched_date=datetime.date(2025, 6, 11))
    MatchFactory(
        request=world["other_private_request"],
        offer=world["other_unpublished_offer"],
        status="completed",
        matched_date=datetime.date(2024, 1, 1),
        completed_date=datetime.date(2025, 6, 2),
        fulfilment="complete",
    )
    figures = selectors.quarterly_figures(2025, 2)
    start, end = "2025-04-01", "2025-06-30"
    assert (
        figures["requests_received"]
        == sql("SELECT COUNT(*) FROM assistance_assistancerequest WHERE received_date BETWEEN %s AND %s", [start, end])
        == 2
    )
    assert (
        figures["offers_received"]
        == sql("SELECT COUNT(*) FROM assistance_assistanceoffer WHERE received_date BETWEEN %s AND %s", [start, end])
        == 1
    )
    assert (
        figures["matched"]
        == sql(
            "SELECT COUNT(*) FROM assistance_match WHERE matched_date BETWEEN %s AND %s "
            "AND status NOT IN ('proposed', 'declined')",
            [start, end],
        )
        == 1
    )
    assert (
        figures["delivered"]
        == sql(
            "SELECT COUNT(*) FROM assistance_match WHERE completed_date BETWEEN %s AND %s AND status = 'completed'",
            [start, end],
        )
        == 1
    )
    assert figures["pending"] == sql(
        "SELECT COUNT(*) FROM assistance_assistancerequest WHERE received_date <= %s "
        "AND status NOT IN ('completed', 'feedback', 'declined', 'withdrawn')",
        [end],
    )
    assert figures["requests_by_area"]["export_controls"] == 2 and figures["requests_by_area"]["legal_framework"] == 1
    assert figures["days_to_match"] == {"matches": 1, "median": 71, "mean": 71.0}


def test_the_quarterly_report_as_page_word_and_pdf(client, world, cast):
    client.force_login(cast[Role.SECRETARIAT])
    url = reverse("assistance:quarterly")
    page = client.get(url, {"year": 2024, "quarter": 1})
    assert page.status_code == 200 and 'data-chart-table="areas-table"' in page.content.decode()
    word = client.get(url, {"year": 2024, "quarter": 1, "format": "docx"})
    assert word["Content-Type"].startswith("application/vnd.openxmlformats")
    import io

    import docx

    text = "\n".join(p.text for p in docx.Document(io.BytesIO(word.content)).paragraphs)
    assert "2024 Q1" in text
    pdf = client.get(url, {"year": 2024, "quarter": 1, "format": "pdf"}, HTTP_ACCEPT_LANGUAGE="zh-hans")
    assert pdf.content.startswith(b"%PDF")
    assert client.get(url, {"year": 1990, "quarter": 1}).status_code == 404
