"""Meeting participants, working-group members, and the comprehensive review's decisions and
draft sections whose figures come from the data."""

import io
import re

import docx
import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from r1540.core.roles import Role
from r1540.directory.tests.factories import CouncilMembershipFactory, StateFactory
from r1540.programme import citations, services
from r1540.programme.models import MeetingParticipant, ReviewSection, WorkingGroupMember
from r1540.programme.selectors import section_reading
from r1540.reporting.tests.factories import NationalReportFactory

pytestmark = pytest.mark.django_db


def test_citations_are_found_once_in_order_and_filled_in():
    text = "Of [[reports.members]] States, [[reports.first]] reported; [[ reports.members ]] in all. [[nope]]"
    assert citations.cited(text) == ["reports.members", "reports.first"]
    assert citations.unknown(text, {"reports.members"}) == ["reports.first"]
    pieces = citations.pieces(text, {"reports.members": 193, "reports.first": 185}, {"reports.first": 184})
    figures = [piece for piece in pieces if piece.is_figure]
    assert [(piece.code, piece.value, piece.changed) for piece in figures] == [
        ("reports.members", 193, False),
        ("reports.first", 185, True),
        ("reports.members", 193, False),
    ]
    assert "".join(piece.text for piece in pieces) == text  # nothing of the text is lost
    assert citations.fill(text, {"reports.members": 193, "reports.first": 185}) == (
        "Of 193 States, 185 reported; 193 in all. [[nope]]"
    )


def test_a_section_refuses_a_figure_that_does_not_exist(world):
    section = ReviewSection(review=4, position=2, title="Assistance", body="[[assistance.requests]] and [[made.up]]")
    with pytest.raises(ValidationError) as error:
        services.section_save(section=section, actor=None)
    assert "[[made.up]]" in str(error.value)
    assert not ReviewSection.objects.filter(position=2).exists()


def test_a_section_shows_its_figures_from_the_data_and_flags_those_that_moved(client, world, cast):
    section = world["review_section"]
    before = section.cited_values["reports.first"]
    client.force_login(cast[Role.DELEGATION])
    page = client.get(section.get_absolute_url()).content.decode()
    assert ">{}</mark>".format(before) in page and "has changed" not in page
    NationalReportFactory(
        state=StateFactory(iso3="XZZ", iso2="QZ", m49="999"), submitted_date=timezone.localdate()
    )  # one more State reports
    reading = section_reading(section)
    assert [(figure.value, figure.saved, figure.changed) for figure in reading["cited"]] == [(before + 1, before, True)]
    page = client.get(section.get_absolute_url()).content.decode()
    assert "One figure has changed since the section was last saved." in page
    assert 'class="figure figure-changed"' in page


def test_editing_a_section_keeps_the_new_values_and_catches_a_concurrent_edit(client, world, cast):
    section = world["review_section"]
    client.force_login(cast[Role.EXPERT])
    url = reverse("programme:review_section_edit", kwargs={"pk": section.pk})
    data = {
        "review": 4,
        "position": 1,
        "title": "National reporting",
        "body": "[[reports.first]] of [[reports.members]] Member States have reported.",
        "status": "discussion",
        "owner": "Expert A",
        "reason": "Add the total",
        "lock_version": section.lock_version,
    }
    assert client.post(url, data).status_code == 302
    section.refresh_from_db()
    assert set(section.cited_values) == {"reports.first", "reports.members"}
    stale = client.post(url, {**data, "owner": "Expert B", "lock_version": section.lock_version - 1})
    assert stale.status_code == 200 and "changed" in stale.content.decode()
    section.refresh_from_db()
    assert section.owner == "Expert A"
    assert section.history.count() == 2


def test_the_draft_report_prints_with_todays_figures(client, world, cast):
    client.force_login(cast[Role.SECRETARIAT])
    response = client.get(reverse("programme:review_draft", kwargs={"number": 4, "kind": "docx"}))
    text = "\n".join(p.text for p in docx.Document(io.BytesIO(response.content)).paragraphs)
    reported = world["review_section"].cited_values["reports.first"]
    assert "{} States.".format(reported) in text and "[[" not in text
    pdf = client.get(reverse("programme:review_draft", kwargs={"number": 4, "kind": "pdf"}))
    assert pdf.content.startswith(b"%PDF")
    assert client.get(reverse("programme:review_draft", kwargs={"number": 9, "kind": "docx"})).status_code == 404


def test_the_review_page_shows_decisions_to_all_and_the_draft_to_the_committee(client, world, cast):
    public = client.get(reverse("programme:review")).content.decode()
    assert "S/2020/847" in public and "Methodology document" in public
    assert "National reporting" not in public
    client.force_login(cast[Role.DELEGATION])
    committee = client.get(reverse("programme:review")).content.decode()
    assert "National reporting" in committee


def test_a_decision_is_recorded_with_its_chinese_text(client, world, cast):
    client.force_login(cast[Role.SECRETARIAT])
    response = client.post(
        reverse("programme:review_decision_add"),
        {
            "review": 4,
            "decided_date": "2026-11-20",
            "title_en": "Modalities of the fourth review",
            "title_zh_hans": "第四次审查的方式",
            "text_en": "Open consultations in 2027.",
        },
    )
    assert response.status_code == 302
    chinese = client.get("/zh-hans" + response["Location"]).content.decode()
    assert "第四次审查的方式" in chinese


def test_inviting_the_council_puts_each_member_on_the_list_once(client, world, cast):
    meeting = world["closed_meeting"]
    CouncilMembershipFactory(state=world["own_state"], year=meeting.starts_at.year, seat="elected")
    client.force_login(cast[Role.SECRETARIAT])
    url = reverse("programme:participants_invite", kwargs={"pk": meeting.pk})
    client.post(url)
    client.post(url)
    delegations = meeting.participants.filter(capacity="delegation")
    assert sorted(delegations.values_list("state__iso3", flat=True)) == ["FRA", "IDN"]
    participant = delegations.get(state=world["own_state"])
    client.post(reverse("programme:participant_mark", kwargs={"pk": participant.pk}), {"attendance": "attended"})
    participant.refresh_from_db()
    assert participant.attendance == "attended"
    assert participant.history.first().history_user == cast[Role.SECRETARIAT]
    page = client.get(meeting.get_absolute_url()).content.decode()
    assert "Indonesia" in page and "Attended" in page
    client.post(reverse("programme:participant_mark", kwargs={"pk": participant.pk}), {"remove": "1"})
    assert not MeetingParticipant.objects.filter(pk=participant.pk).exists()


def test_a_participant_needs_someone_and_a_state_is_listed_once(client, world, cast):
    meeting = world["closed_meeting"]
    client.force_login(cast[Role.EXPERT])
    url = reverse("programme:participant_add", kwargs={"pk": meeting.pk})
    page = client.post(url, {"capacity": "other"}, follow=True).content.decode()
    assert "Name a State, an organization, a person or write a name." in page
    page = client.post(url, {"capacity": "delegation", "state": world["other_state"].pk}, follow=True).content.decode()
    assert "This State is already on the list." in page
    client.post(url, {"capacity": "civil_society", "name": "Stimson Center (test)"})
    assert meeting.participants.filter(name="Stimson Center (test)").exists()


def _member_lists(page: str) -> str:
    return " ".join(re.findall(r'<ul class="[^"]*group-members">(.*?)</ul>', page, re.S))


def test_working_group_members_are_kept_per_year(client, world, cast):
    year = timezone.localdate().year
    client.force_login(cast[Role.SECRETARIAT])
    url = reverse("programme:member_add", kwargs={"year": year})
    client.post(url, {"working_group": "assistance", "role": "member", "state": world["own_state"].pk})
    page = client.post(
        url, {"working_group": "assistance", "role": "member", "state": world["own_state"].pk}, follow=True
    ).content.decode()
    assert "Already a member of this group this year." in page
    assert WorkingGroupMember.objects.filter(year=year, working_group="assistance").count() == 1
    groups = _member_lists(client.get(reverse("programme:working_groups")).content.decode())
    assert "Indonesia" in groups and "France" in groups
    last_year = client.get(reverse("programme:working_groups") + "?year={}".format(year - 1)).content.decode()
    assert "Indonesia" not in _member_lists(last_year)
    member = WorkingGroupMember.objects.get(year=year, working_group="assistance")
    client.post(reverse("programme:member_remove", kwargs={"pk": member.pk}))
    assert not WorkingGroupMember.objects.filter(pk=member.pk).exists()


def test_the_api_gives_a_sections_figures_now_and_when_saved(client, world, cast):
    client.force_login(cast[Role.EXPERT])
    section = world["review_section"]
    body = client.get(reverse("reviewsection-detail", kwargs={"pk": section.pk})).json()
    saved = section.cited_values["reports.first"]
    assert body["figures"] == {"reports.first": {"value": saved, "saved": saved}}
    decisions = client.get(reverse("reviewdecision-list") + "?review=3").json()
    assert "S/2020/847" in [decision["reference"] for decision in decisions["results"]]
