import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from r1540.core.audit import change_log
from r1540.core.roles import Role
from r1540.core.services import ConcurrentEditError
from r1540.core.tests.factories import UserFactory
from r1540.matrices import selectors, services
from r1540.matrices.diffing import Cell
from r1540.matrices.models import FieldResponse, MatrixEntry, MatrixVersion
from r1540.matrices.tests.factories import MatrixRowFactory, MatrixSectionFactory, small_template
from r1540.matrices.workbook import Proposal

pytestmark = pytest.mark.django_db


def rows(template):
    return {row.code: row for row in template.rows.all()}


def test_a_new_version_copies_the_fields_of_the_one_it_is_based_on(world, cast):
    expert = cast[Role.EXPERT]
    published = world["own_published_matrix"]
    world["own_sent_matrix"].delete()

    draft = services.matrix_version_create(
        state=world["own_state"], template=published.template, based_on=published, actor=expert, reason="2026 review"
    )

    assert draft.number == 2
    assert draft.stage == "draft"
    assert selectors.version_cells(draft) == selectors.version_cells(published)
    assert draft.events.get().reason == "2026 review"


def test_one_draft_per_state_at_a_time(world, cast):
    with pytest.raises(ValidationError, match="already has a draft"):
        services.matrix_version_create(
            state=world["other_state"], template=world["matrix_template"], actor=cast[Role.EXPERT], reason="again"
        )


def test_copying_to_another_template_keeps_the_rows_it_has_by_code(world, cast):
    published = world["own_published_matrix"]
    world["own_sent_matrix"].delete()
    newer = small_template(code="newer")
    newer.rows.get(code="op2.01").delete()  # the newer layout dropped that row
    MatrixRowFactory(section=MatrixSectionFactory(template=newer, code="op6", order=3), code="op6.01")

    draft = services.matrix_version_create(
        state=world["own_state"], template=newer, based_on=published, actor=cast[Role.EXPERT], reason="new layout"
    )

    assert list(selectors.version_cells(draft)) == [("op1.01", "", "")]


def test_setting_a_field_of_a_draft_keeps_who_when_what_and_why(world, cast):
    draft = world["other_draft_matrix"]
    npt = rows(draft.template)["op1.01"]
    entry = services.matrix_entry_set(
        version=draft,
        row=npt,
        weapon="",
        column="",
        cell=Cell(value="X", instrument="Deposit 1992"),
        actor=cast[Role.EXPERT],
        reason="From the 2021 report, p. 3",
    )
    services.matrix_entry_set(
        version=draft,
        row=npt,
        weapon="",
        column="",
        cell=Cell(value="X", instrument="Accession 2 August 1992"),
        actor=cast[Role.SECRETARIAT],
        reason="Date checked with the depositary",
        expected_version=entry.lock_version,
    )

    log = change_log(MatrixEntry.objects.get(pk=entry.pk))
    assert [(item.reason, str(item.user)) for item in log][:2] == [
        ("Date checked with the depositary", "secretariat"),
        ("From the 2021 report, p. 3", "expert"),
    ]
    assert {(change.field, change.old, change.new) for change in log[0].changes} >= {
        ("instrument", "Deposit 1992", "Accession 2 August 1992")
    }


def test_a_stale_edit_is_refused(world, cast):
    draft = world["other_draft_matrix"]
    npt = rows(draft.template)["op1.01"]
    entry = services.matrix_entry_set(
        version=draft, row=npt, weapon="", column="", cell=Cell(value="X"), actor=cast[Role.EXPERT], reason="first"
    )
    services.matrix_entry_set(
        version=draft,
        row=npt,
        weapon="",
        column="",
        cell=Cell(value="?"),
        actor=cast[Role.EXPERT],
        reason="second",
        expected_version=entry.lock_version,
    )
    with pytest.raises(ConcurrentEditError):
        services.matrix_entry_set(
            version=draft,
            row=npt,
            weapon="",
            column="",
            cell=Cell(value="NA"),
            actor=cast[Role.SECRETARIAT],
            reason="late",
            expected_version=entry.lock_version,
        )
    assert MatrixEntry.objects.get(pk=entry.pk).value == "?"


def test_a_version_sent_to_the_state_is_frozen(world, cast):
    sent = world["own_sent_matrix"]
    npt = rows(sent.template)["op1.01"]
    with pytest.raises(ValidationError, match="can no longer change"):
        services.matrix_entry_set(
            version=sent, row=npt, weapon="", column="", cell=Cell(value="?"), actor=cast[Role.EXPERT], reason="fix"
        )


def test_a_field_the_row_does_not_have_is_refused(world, cast):
    draft = world["other_draft_matrix"]
    delivery = rows(draft.template)["op2.13"]
    with pytest.raises(ValidationError, match="has no field"):
        services.matrix_entry_set(
            version=draft,
            row=delivery,
            weapon="nuclear",
            column="legal_framework",
            cell=Cell(value="X"),
            actor=cast[Role.EXPERT],
            reason="wrong column",
        )


def test_clearing_a_field_removes_its_entry(world, cast):
    draft = world["other_draft_matrix"]
    npt = rows(draft.template)["op1.01"]
    services.matrix_entry_set(
        version=draft, row=npt, weapon="", column="", cell=Cell(value="X"), actor=cast[Role.EXPERT], reason="add"
    )
    services.matrix_entry_set(
        version=draft, row=npt, weapon="", column="", cell=Cell(), actor=cast[Role.EXPERT], reason="no basis"
    )
    assert not draft.entries.exists()


def test_the_review_cycle_from_draft_to_published(world, cast):
    expert, today = cast[Role.EXPERT], datetime.date.today()
    draft = world["other_draft_matrix"]

    services.matrix_version_send(
        version=draft, comment_deadline_date=today + datetime.timedelta(days=60), actor=expert, reason="Annex II, March"
    )
    france_poc = UserFactory(username="france-poc", role=Role.STATE_POC, state=world["other_state"])
    services.matrix_version_return(version=draft, actor=france_poc, reason="Comments attached")
    services.matrix_version_approve(
        version=draft,
        approved_date=today,
        meeting="Committee meeting, June",
        actor=expert,
        reason="Agreed with the State",
    )
    published = services.matrix_version_publish(version=draft, actor=cast[Role.SECRETARIAT], reason="Posted")

    assert published.stage == "published"
    assert published.published_date == today
    assert [event.stage for event in published.events.all()] == ["sent", "returned", "approved", "published"]
    with pytest.raises(ValidationError):
        services.matrix_version_send(version=published, comment_deadline_date=today, actor=expert, reason="again")


def test_publishing_supersedes_the_previous_published_version(world, cast):
    expert, today = cast[Role.EXPERT], datetime.date.today()
    sent = world["own_sent_matrix"]
    services.matrix_version_approve(version=sent, approved_date=today, meeting="", actor=expert, reason="ok")
    services.matrix_version_publish(version=sent, actor=expert, reason="Posted")

    stages = dict(MatrixVersion.objects.filter(state=world["own_state"]).values_list("number", "stage"))
    assert stages == {1: "superseded", 2: "published"}


def test_a_deadline_in_the_past_is_refused(world, cast):
    with pytest.raises(ValidationError) as error:
        services.matrix_version_send(
            version=world["other_draft_matrix"],
            comment_deadline_date=datetime.date(2020, 5, 29),
            actor=cast[Role.EXPERT],
            reason="late",
        )
    assert "comment_deadline_date" in error.value.error_dict


def test_only_the_states_own_poc_answers_for_its_matrix_and_returns_it(world, cast):
    """The rule holds in the services themselves, whoever calls them (``core.permissions.acts_for``)."""
    sent = world["own_sent_matrix"]  # Indonesia's, with it for comments
    answer = Proposal(
        key=("op2.01", "nuclear", "legal_framework"),
        kind="supplement",
        comment="Decree",
        proposed=None,
        publishable=True,
    )
    france_poc = UserFactory(username="france-poc", role=Role.STATE_POC, state=world["other_state"])
    for outsider in (france_poc, cast[Role.ORGANIZATION_POC], cast[Role.DELEGATION]):
        with pytest.raises(PermissionDenied):
            services.matrix_responses_save(version=sent, proposals=[answer], actor=outsider, reason="Answer")
        with pytest.raises(PermissionDenied):
            services.matrix_version_return(version=sent, actor=outsider, reason="Done")
    sent.refresh_from_db()
    assert sent.stage == "sent" and not FieldResponse.objects.exists()

    services.matrix_responses_save(version=sent, proposals=[answer], actor=cast[Role.STATE_POC], reason="Answer")
    assert FieldResponse.objects.get().author == cast[Role.STATE_POC]
    assert services.matrix_version_return(version=sent, actor=cast[Role.STATE_POC], reason="Done").stage == "returned"
