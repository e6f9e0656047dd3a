"""What is the Committee's stays the Committee's: a world where every internal or unpublished text
carries a marker, and every page and download the public may open, read as the public, never
shows it. Then the two leaks the issue named: which States are overdue in the review, and a
withheld matrix field shown as "removed" in the public diff."""

from __future__ import annotations

import datetime

import pytest
from django.urls import resolve, reverse

from r1540.core.roles import PUBLIC
from r1540.core.tests.test_permissions import CASES
from r1540.core.views.generic import ObjectListView

MARKER = "INTERNAL-4f1c"


def _mark_internal_text(world) -> None:
    """The marker in every text the public must not read: the Committee's notes and checks, the
    States' answers during a review, the fields a State withheld, unpublished and restricted items."""
    from r1540.assistance.models import AssistanceOffer, AssistanceRequest, Communication, Match
    from r1540.directory.models import Person, PointOfContactEvent
    from r1540.matrices.models import FieldResponse, MatrixEntry, MatrixEvent
    from r1540.outreach.models import Cooperation, CooperationActivity, Event
    from r1540.programme.models import Letter, MeetingDocument, ReviewSection
    from r1540.reporting.models import ActionPlan, ControlList, EffectivePractice, NationalReport

    marked = {
        MatrixEntry.objects.filter(publishable=False): ["remarks", "instrument"],
        MatrixEntry.objects.exclude(version__published_date__isnull=False): ["remarks", "instrument"],
        MatrixEvent.objects.all(): ["reason"],
        FieldResponse.objects.all(): ["comment"],
        AssistanceRequest.objects.filter(published=False): ["title", "description"],
        AssistanceOffer.objects.filter(published=False): ["title", "description"],
        Match.objects.all(): ["note"],
        Communication.objects.all(): ["summary"],
        Person.objects.all(): ["family_name"],
        PointOfContactEvent.objects.all(): ["note"],
        Letter.objects.all(): ["content"],
        MeetingDocument.objects.filter(restricted=True): ["title"],
        ReviewSection.objects.all(): ["body", "owner"],
        NationalReport.objects.filter(published=False): ["summary"],
        ActionPlan.objects.filter(published=False): ["title", "summary"],
        EffectivePractice.objects.filter(published=False): ["title", "summary"],
        ControlList.objects.filter(published=False): ["title", "notes"],
        Event.objects.filter(published=False): ["title_en", "description_en"],
        Cooperation.objects.filter(published=False): ["modalities_en"],
        CooperationActivity.objects.filter(published=False): ["title_en", "description_en"],
    }
    count = 0
    for queryset, names in marked.items():
        count += queryset.update(**{name: "{} {}".format(MARKER, name) for name in names})
    assert count >= 15  # the world holds rows of most kinds


def _public_urls(world) -> list[str]:
    urls = set()
    for case in CASES:
        if case.method != "get" or case.expected[PUBLIC] != 200:
            continue
        url = reverse(case.url_name, kwargs=case.kwargs(world))
        query = "&".join("{}={}".format(name, value) for name, value in case.data(world).items())
        urls.add("{}?{}".format(url, query) if query else url)
        if issubclass(getattr(resolve(url).func, "view_class", object), ObjectListView):
            urls.update("{}?_export={}".format(url, kind) for kind in ("csv", "json"))
    return sorted(urls)


@pytest.mark.django_db
def test_no_page_or_download_shows_the_public_anything_internal(client, world):
    from r1540.matrices.tests.factories import MatrixVersionFactory

    # The open review of a State: sent, comments overdue.
    MatrixVersionFactory(
        state=world["other_state"],
        template=world["matrix_template"],
        number=2,
        stage="sent",
        sent_date=datetime.date(2020, 1, 1),
        comment_deadline_date=datetime.date(2020, 3, 1),
    )
    _mark_internal_text(world)
    urls = _public_urls(world)
    assert len(urls) > 60
    leaks = []
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        content = b"".join(response.streaming_content) if response.streaming else response.content
        if MARKER.encode() in content:
            leaks.append(url)
    assert leaks == []


@pytest.mark.django_db
def test_the_public_review_progress_names_no_state(client, world, cast):
    url = reverse("matrices:review")
    public = client.get(url).content.decode()
    assert "overdue" not in public
    assert "Indonesia" not in public and "France" not in public
    assert 'data-chart-table="stages-table"' in public  # the figures by regional group stay

    client.force_login(cast["expert"])
    committee = client.get(url).content.decode()
    assert "Indonesia" in committee and "France" in committee

    client.force_login(cast["state_poc"])
    own = client.get(url).content.decode()
    assert "Indonesia" in own and "France" not in own


@pytest.fixture
def withheld_later(world):
    """France published a field in version 3 and withheld it in version 4."""
    from r1540.matrices.tests.factories import MatrixEntryFactory, MatrixVersionFactory

    template, france = world["matrix_template"], world["other_state"]
    row = template.rows.order_by("section__order", "order").first()
    old = MatrixVersionFactory(
        state=france,
        template=template,
        number=3,
        stage="published",
        approved_date=datetime.date(2021, 1, 2),
        published_date=datetime.date(2021, 1, 5),
    )
    new = MatrixVersionFactory(
        state=france,
        template=template,
        number=4,
        stage="published",
        based_on=old,
        approved_date=datetime.date(2022, 1, 2),
        published_date=datetime.date(2022, 1, 5),
    )
    MatrixEntryFactory(version=old, row=row, weapon="", column="", value="X", instrument="Public law 2019")
    MatrixEntryFactory(
        version=new, row=row, weapon="", column="", value="X", instrument="Public law 2019", publishable=False
    )
    return new


@pytest.mark.django_db
def test_a_withheld_field_is_not_in_the_public_diff(client, cast, withheld_later):
    url = reverse("matrices:version_diff", kwargs={"code": "fra", "number": withheld_later.number})
    public = client.get(url)
    assert public.context["summary"] == {"added": 0, "removed": 0, "changed": 0}
    assert "Public law 2019" not in public.content.decode()

    client.force_login(cast["expert"])
    committee = client.get(url)
    assert committee.context["summary"]["changed"] == 1  # the Committee sees it was withheld


def test_the_diff_engine_leaves_withheld_fields_out():
    from r1540.matrices.diffing import Cell, diff

    key, other = ("1", "", ""), ("2", "", "")
    old = {key: Cell(value="X"), other: Cell(value="X")}
    new = {other: Cell(value="?")}
    assert [change.key for change in diff(old, new)] == [key, other]
    assert [change.key for change in diff(old, new, withheld={key})] == [other]
