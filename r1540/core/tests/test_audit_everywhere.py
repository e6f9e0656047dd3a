"""Every change to reported data, rights or files leaves who, when, what and why — whichever way
it is made: a page, a service writing many rows at once, a correspondence log or the admin."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from r1540.assistance import services as assistance_services
from r1540.core.audit import change_log
from r1540.core.models import User
from r1540.core.roles import Role
from r1540.matrices import services as matrix_services
from r1540.matrices.models import MatrixEntry
from r1540.matrices.workbook import Proposal
from r1540.programme.models import MeetingDocumentFile


def test_a_revised_draft_keeps_the_history_of_every_copied_field_and_of_the_states_choice(world, cast):
    expert = cast[Role.EXPERT]
    sent = world["own_sent_matrix"]
    matrix_services.matrix_responses_save(
        version=sent,
        proposals=[Proposal(key=("op1.01", "", ""), kind="accept", comment="", proposed=None, publishable=False)],
        actor=cast[Role.STATE_POC],
        reason="Answer given online",
    )

    draft = matrix_services.matrix_version_revise(version=sent, actor=expert, reason="Next draft after comments")

    entries = list(MatrixEntry.objects.filter(version=draft))
    assert entries
    for entry in entries:
        log = change_log(entry)
        assert log[-1].action == "created" and log[-1].user == expert
        assert log[-1].reason == "Next draft after comments"
    withheld = MatrixEntry.objects.get(version=draft, row__code="op1.01")
    assert withheld.publishable is False and withheld.lock_version == 2
    latest = change_log(withheld)[0]
    assert [(c.field, c.old, c.new) for c in latest.changes] == [("publishable", True, False)]
    assert latest.user == expert


def test_a_contact_about_a_request_and_its_follow_up_are_in_the_history(world, cast):
    secretariat = cast[Role.SECRETARIAT]
    contact = assistance_services.communication_record(
        request=world["own_draft_request"],
        date=datetime.date(2026, 3, 1),
        kind="email",
        summary="Asked for the draft law",
        actor=secretariat,
        follow_up_date=datetime.date(2026, 4, 1),
    )
    assistance_services.follow_up_done(communication=contact, actor=secretariat)

    log = change_log(contact)
    assert [entry.action for entry in log] == ["changed", "created"]
    assert all(entry.user == secretariat for entry in log)
    assert [(c.field, c.new) for c in log[0].changes] == [("follow_up_done", True)]


def test_a_file_of_a_meeting_document_has_its_history(world):
    document_file = MeetingDocumentFile.objects.filter(document=world["restricted_document"]).first()
    assert change_log(document_file)[-1].action == "created"


@pytest.mark.parametrize("field", ["role"])
def test_a_change_of_rights_in_the_admin_says_who_when_and_why(client, world, cast, field):
    admin = cast[Role.ADMINISTRATOR]
    user = cast[Role.EXPERT]
    client.force_login(admin)
    url = reverse("admin:core_user_change", args=[user.pk])
    page = client.get(url)
    assert page.status_code == 200 and 'name="reason"' in page.content.decode()
    form = page.context["adminform"].form
    data = {name: value for name, value in form.initial.items() if value is not None and name != "password"}
    joined = timezone.localtime(user.date_joined)
    data.update(
        role=Role.SECRETARIAT, date_joined_0=joined.date().isoformat(), date_joined_1=joined.strftime("%H:%M:%S")
    )
    data.pop("groups", None), data.pop("user_permissions", None), data.pop("last_login", None)

    refused = client.post(url, {**data, "reason": ""})
    assert refused.status_code == 200  # no reason, no change
    assert User.objects.get(pk=user.pk).role == Role.EXPERT

    saved = client.post(url, {**data, "reason": "Moved to the secretariat"})
    assert saved.status_code == 302, saved.content.decode()[:2000]
    latest = change_log(User.objects.get(pk=user.pk))[0]
    assert latest.user == admin and latest.reason == "Moved to the secretariat"
    assert ("role", str(Role.SECRETARIAT.label)) in [(c.field, str(c.new)) for c in latest.changes]


def test_an_admin_edit_based_on_an_older_version_is_refused(rf, world, cast):
    from django.contrib import admin
    from django.forms.models import model_to_dict

    from r1540.assistance.models import AssistanceRequest

    request = world["own_draft_request"]
    http_request = rf.get("/")
    http_request.user = cast[Role.ADMINISTRATOR]
    model_admin = admin.site._registry[AssistanceRequest]
    form_class = model_admin.get_form(http_request, request, change=True)
    stale = request.lock_version
    assistance_services.request_save(
        request=AssistanceRequest.objects.get(pk=request.pk),
        actor=cast[Role.EXPERT],
        reason="Meanwhile",
        expected_version=stale,
    )
    data = {k: v for k, v in model_to_dict(request).items() if v is not None}
    form = form_class({**data, "lock_version": stale, "reason": "Fix the title"}, instance=request)
    assert not form.is_valid()
    assert "Someone else changed this record" in str(form.non_field_errors())
