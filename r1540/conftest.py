"""The cast: one user per role bound to a small world of States, organizations and POCs."""

import datetime

import pytest

from r1540.core.roles import PUBLIC, Role
from r1540.core.testing.browser import browser, page  # noqa: F401  (the browser tests' fixtures)
from r1540.core.tests.factories import UserFactory
from r1540.directory.tests.factories import (
    CouncilMembershipFactory,
    OrganizationFactory,
    PointOfContactFactory,
    StateFactory,
)


def build_world() -> dict:
    """Two States, two organizations, a POC for each, and this year's Council seat."""
    from django.utils import timezone

    indonesia = StateFactory(
        iso3="IDN",
        iso2="ID",
        m49="360",
        name_en="Indonesia",
        regional_group="asia_pacific",
        m49_region="Asia",
        m49_subregion="South-eastern Asia",
    )
    france = StateFactory(
        iso3="FRA",
        iso2="FR",
        m49="250",
        name_en="France",
        regional_group="western_european_others",
        m49_region="Europe",
        m49_subregion="Western Europe",
    )
    iaea = OrganizationFactory(slug="iaea", acronym="IAEA", name_en="International Atomic Energy Agency")
    opcw = OrganizationFactory(
        slug="opcw", acronym="OPCW", name_en="Organisation for the Prohibition of Chemical Weapons"
    )
    seat = CouncilMembershipFactory(state=france, year=timezone.localdate().year, seat="permanent")
    from r1540.matrices.tests.factories import MatrixEntryFactory, MatrixVersionFactory, small_template

    template = small_template()
    npt, _cwc, manufacture, _delivery = template.rows.order_by("section__order", "order")
    own_published = MatrixVersionFactory(
        state=indonesia,
        template=template,
        number=1,
        stage="published",
        approved_date=datetime.date(2020, 6, 1),
        published_date=datetime.date(2020, 6, 15),
    )
    own_sent = MatrixVersionFactory(
        state=indonesia,
        template=template,
        number=2,
        stage="sent",
        based_on=own_published,
        sent_date=datetime.date(2026, 3, 1),
        comment_deadline_date=datetime.date(2026, 5, 29),
    )
    other_draft = MatrixVersionFactory(state=france, template=template, number=1, stage="draft")
    MatrixEntryFactory(version=own_published, row=npt, weapon="", column="", value="X", instrument="Deposit 1979")
    MatrixEntryFactory(
        version=own_published, row=manufacture, value="X", publishable=False, remarks="Not for the public"
    )
    MatrixEntryFactory(version=own_sent, row=npt, weapon="", column="", value="X", instrument="Deposit 1979")
    MatrixEntryFactory(version=own_sent, row=manufacture, value="?")
    from r1540.reporting.tests.factories import DialogueEntryFactory, NationalReportFactory

    own_report = NationalReportFactory(state=indonesia, submitted_date=datetime.date(2004, 10, 28))
    other_unpublished_report = NationalReportFactory(state=france, published=False)
    own_dialogue = DialogueEntryFactory(state=indonesia)
    from r1540.reporting.tests.factories import (
        ActionPlanFactory,
        AdherenceFactory,
        ControlListFactory,
        EffectivePracticeFactory,
        InstrumentFactory,
    )

    npt_treaty = InstrumentFactory(
        code="npt", name_en="Treaty on the Non-Proliferation of Nuclear Weapons", matrix_row=1
    )
    own_adherence = AdherenceFactory(state=indonesia, instrument=npt_treaty)
    AdherenceFactory(state=france, instrument=npt_treaty)
    own_draft_plan = ActionPlanFactory(state=indonesia, published=False, title="Draft plan of Indonesia")
    other_published_plan = ActionPlanFactory(state=france)
    other_private_practice = EffectivePracticeFactory(
        state=france, consent_to_publish=False, published=False, title="Private practice of France"
    )
    own_organization_practice = EffectivePracticeFactory(state=None, organization=iaea, title="IAEA practice")
    own_control_list = ControlListFactory(state=indonesia, published=False)
    from r1540.assistance.tests.factories import AssistanceOfferFactory, AssistanceRequestFactory, MatchFactory

    own_draft_request = AssistanceRequestFactory(
        state=indonesia, published=False, status="received", title="Draft request of Indonesia"
    )
    other_published_request = AssistanceRequestFactory(state=france, title="Published request of France")
    other_private_request = AssistanceRequestFactory(state=france, published=False, title="Private request of France")
    own_organization_offer = AssistanceOfferFactory(
        provider_state=None,
        provider_organization=iaea,
        title="IAEA legislative assistance",
        description="Lawyers help States draft the criminal offences and penalties that implement resolution 1540.",
        areas="legal_framework",
        types="legislative",
        status="pledged",
    )
    other_unpublished_offer = AssistanceOfferFactory(provider_state=france, published=False, title="Unlisted offer")
    published_match = MatchFactory(request=other_published_request, offer=own_organization_offer)
    from r1540.programme import services as programme_services
    from r1540.programme.models import (
        Letter,
        LetterTemplate,
        Meeting,
        MeetingDocument,
        MeetingDocumentFile,
        MeetingParticipant,
        ReviewDecision,
        ReviewSection,
        WorkingGroupMember,
    )

    programme_services.programme_load()
    programme_services.letter_templates_load()
    now = timezone.now().replace(second=0, microsecond=0)  # meetings are set to the minute
    closed_meeting = Meeting.objects.create(
        kind="formal", title="Formal meeting on the matrices", starts_at=now + datetime.timedelta(days=20)
    )
    open_meeting = Meeting.objects.create(
        kind="open_consultation", title="Open consultation", starts_at=now + datetime.timedelta(days=30), public=True
    )
    restricted_document = MeetingDocument.objects.create(
        meeting=closed_meeting, title="Draft report (restricted)", symbol="S/AC.44/WP.1", restricted=True
    )
    MeetingDocumentFile.objects.create(document=restricted_document, language="en", link="https://example.org/wp1")
    public_document = MeetingDocument.objects.create(
        meeting=open_meeting, title="Concept note", restricted=False, circulated_at=now
    )
    MeetingDocumentFile.objects.create(document=public_document, language="en", link="https://example.org/note")
    own_letter = Letter.objects.create(
        template=LetterTemplate.objects.get(code="nonreporting"),
        language="en",
        state=indonesia,
        batch="world",
        symbol="SCA/1540/26/nonreporting(001)",
        letter_date=datetime.date(2026, 3, 2),
        content="Subject\n\nBody",
    )
    participant = MeetingParticipant.objects.create(meeting=closed_meeting, capacity="delegation", state=france)
    group_member = WorkingGroupMember.objects.create(
        year=now.year, working_group="monitoring", role="member", state=france
    )
    review_section = programme_services.section_save(
        section=ReviewSection(review=4, position=1, title="National reporting", body="[[reports.first]] States."),
        actor=None,
    )
    from r1540.outreach.models import Event, Question

    published_event = Event.objects.create(
        code="ev-test-workshop",
        kind="workshop",
        title_en="Workshop on export controls",
        title_zh_hans="出口管制讲习班",
        start_date=datetime.date(2025, 3, 4),
        country=indonesia,
        confidence="verified",
    )
    unpublished_event = Event.objects.create(
        code="ev-test-draft",
        kind="conference",
        title_en="Conference still being planned",
        start_date=datetime.date(2027, 3, 4),
        confidence="verified",
        published=False,
    )
    question = Question.objects.create(
        code="what", position=1, question_en="What is resolution 1540?", answer_en="A resolution."
    )
    from r1540.outreach.tests.factories import CooperationActivityFactory, CooperationFactory

    published_partner = CooperationFactory(organization=iaea, modalities_en="Exchanges on nuclear security")
    unpublished_partner = CooperationFactory(
        organization=opcw, modalities_en="Cooperation still being agreed", published=False
    )
    published_activity = CooperationActivityFactory(
        code="coop-test-visit",
        cooperation=published_partner,
        kind="joint_visit",
        state=indonesia,
        invited_by_state=True,
        title_en="Joint visit to Indonesia",
    )
    unpublished_activity = CooperationActivityFactory(
        code="coop-test-draft", cooperation=published_partner, title_en="Exchange not yet public", published=False
    )
    return {
        "own_state": indonesia,
        "other_state": france,
        "own_organization": iaea,
        "other_organization": opcw,
        "seat": seat,
        "own_state_poc": PointOfContactFactory(state=indonesia),
        "other_state_poc": PointOfContactFactory(state=france, location="mission"),
        "own_organization_poc": PointOfContactFactory(state=None, organization=iaea, location="headquarters"),
        "other_organization_poc": PointOfContactFactory(state=None, organization=opcw, location="headquarters"),
        "today": datetime.date.today(),
        "matrix_template": template,
        "own_published_matrix": own_published,
        "own_sent_matrix": own_sent,
        "other_draft_matrix": other_draft,
        "own_report": own_report,
        "other_unpublished_report": other_unpublished_report,
        "own_dialogue": own_dialogue,
        "npt_treaty": npt_treaty,
        "own_adherence": own_adherence,
        "own_draft_plan": own_draft_plan,
        "other_published_plan": other_published_plan,
        "other_private_practice": other_private_practice,
        "own_organization_practice": own_organization_practice,
        "own_control_list": own_control_list,
        "own_draft_request": own_draft_request,
        "other_published_request": other_published_request,
        "other_private_request": other_private_request,
        "own_organization_offer": own_organization_offer,
        "other_unpublished_offer": other_unpublished_offer,
        "published_match": published_match,
        "programme_item": programme_services.ProgrammeItem.objects.get(ref="8(b)"),
        "closed_meeting": closed_meeting,
        "open_meeting": open_meeting,
        "restricted_document": restricted_document,
        "public_document": public_document,
        "own_letter": own_letter,
        "participant": participant,
        "group_member": group_member,
        "review_section": review_section,
        "published_event": published_event,
        "unpublished_event": unpublished_event,
        "question": question,
        "published_partner": published_partner,
        "unpublished_partner": unpublished_partner,
        "published_activity": published_activity,
        "unpublished_activity": unpublished_activity,
        "review_decision": ReviewDecision.objects.get(reference="S/2020/847"),
    }


@pytest.fixture
def world(db):
    return build_world()


def build_cast(world: dict) -> dict:
    """Role name → user (None for the public)."""
    return {
        PUBLIC: None,
        Role.STATE_POC: UserFactory(username="state-poc", role=Role.STATE_POC, state=world["own_state"]),
        Role.ORGANIZATION_POC: UserFactory(
            username="org-poc", role=Role.ORGANIZATION_POC, organization=world["own_organization"]
        ),
        Role.DELEGATION: UserFactory(username="delegation", role=Role.DELEGATION, council_seat=world["seat"]),
        Role.EXPERT: UserFactory(username="expert", role=Role.EXPERT),
        Role.SECRETARIAT: UserFactory(username="secretariat", role=Role.SECRETARIAT),
        Role.ADMINISTRATOR: UserFactory(username="admin", role=Role.ADMINISTRATOR, is_staff=True, is_superuser=True),
    }


@pytest.fixture
def cast(world):
    return build_cast(world)


@pytest.fixture(scope="module")
def shared_world(django_db_setup, django_db_blocker):
    """The world and its cast built once for a whole module, in a transaction rolled back after
    it; each test still runs in its own savepoint, so what one test writes the next never sees.
    For modules whose tests only read the world or write through requests (the permission table)."""
    from django.db import transaction

    with django_db_blocker.unblock(), transaction.atomic():
        world = build_world()
        yield world, build_cast(world)
        transaction.set_rollback(True)


@pytest.fixture
def reference_data(db):
    """The real directory: 195 States, the organizations, the Council since 2004."""
    from r1540.directory.services import reference_data_load

    return reference_data_load()


@pytest.fixture(autouse=True)
def _english_by_default():
    """Each test starts in the default language, whatever the previous test's requests activated."""
    from django.conf import settings
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def _query_budgets_leave_out_page_view_counting(request):
    """A query budget measures what a page reads, not its constant page-view counter (one UPDATE,
    held to that in r1540/analytics/tests); counting stays on in every other test."""
    if {"django_assert_num_queries", "django_assert_max_num_queries"} & set(request.fixturenames):
        request.getfixturevalue("settings").R1540_ANALYTICS = False
