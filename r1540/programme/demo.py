"""The real 2020 programme of work (S/2020/120) and the routine letters, loaded from the files;
demo meetings for each Annex II month with their documents, labelled demo."""

from __future__ import annotations

import datetime

from django.db import transaction
from django.utils import timezone

from r1540.core.models import User
from r1540.core.roles import Role
from r1540.directory.models import CouncilMembership, Person
from r1540.programme import services
from r1540.programme.models import (
    Meeting,
    MeetingDocument,
    MeetingDocumentFile,
    MeetingParticipant,
    Programme,
    ReviewDecision,
    ReviewSection,
    WorkingGroupMember,
)


@transaction.atomic
def load(*, stdout=None) -> None:
    report = services.programme_load()
    letters = services.letter_templates_load()
    if stdout is not None:
        stdout.write("Programme of work: {}; letters: {}".format(report, letters))
    demo_people_and_review(stdout=stdout)
    if Meeting.objects.filter(is_demo=True).exists():
        return
    programme = Programme.objects.get(symbol="S/2020/120")
    meetings = 0
    for entry in programme.schedule.filter(kind__in=["meeting", "briefing"]).prefetch_related("items"):
        day = entry.date or entry.month + datetime.timedelta(days=14 + entry.position)
        starts = timezone.make_aware(datetime.datetime.combine(day, datetime.time(10, 0)))
        meeting = Meeting.objects.create(
            kind=entry.meeting_kind or "formal",
            title=entry.text_en[:290],
            starts_at=starts,
            ends_at=starts + datetime.timedelta(hours=3),
            place="United Nations Headquarters, New York (demo)",
            public=entry.meeting_kind in ("open_consultation", "council_briefing", "joint_briefing"),
            notice_sent_at=starts - datetime.timedelta(days=10 if meetings % 5 else 3),
            agenda="(demo) " + entry.text_en,
            is_demo=True,
        )
        meeting.agenda_items.set(entry.items.all())
        _demo_participants(meeting, meetings)
        document = MeetingDocument.objects.create(
            meeting=meeting,
            symbol="S/AC.44/2020/WP.{}".format(meetings + 1),
            title="Working paper for the meeting (demo)",
            restricted=not meeting.public,
            circulated_at=starts - datetime.timedelta(days=4 if meetings % 4 else 1),
        )
        MeetingDocumentFile.objects.create(
            document=document,
            language="en",
            original=True,
            link="https://example.org/demo/wp-{}.pdf".format(meetings + 1),
        )
        meetings += 1
    if stdout is not None:
        stdout.write("Demo meetings: {} for the Annex II months.".format(meetings))


def _staff_people() -> list[Person]:
    """The demo expert and secretariat accounts as people of the directory."""
    people = []
    for username, given, family in (("demo-expert", "Demo", "Expert"), ("demo-secretariat", "Demo", "Secretariat")):
        user = User.objects.filter(username=username).first()
        if user is not None:
            person, _created = Person.objects.get_or_create(
                user=user, defaults={"given_name": given, "family_name": family, "is_demo": True}
            )
            people.append(person)
    return people


def _demo_participants(meeting: Meeting, number: int) -> None:
    """The year's Council delegations, most of whom came; the staff; a guest at open meetings."""
    members = CouncilMembership.objects.filter(year=meeting.starts_at.year).values_list("state_id", flat=True)
    for index, state_id in enumerate(members):
        MeetingParticipant.objects.create(
            meeting=meeting,
            capacity="delegation",
            state_id=state_id,
            attendance="excused" if (index + number) % 9 == 0 else "attended",
            is_demo=True,
        )
    for person in _staff_people():
        capacity = "expert" if person.user.role == Role.EXPERT else "secretariat"
        MeetingParticipant.objects.create(
            meeting=meeting, capacity=capacity, person=person, attendance="attended", is_demo=True
        )
    if meeting.public:
        MeetingParticipant.objects.create(
            meeting=meeting, capacity="civil_society", name="Demo Institute for Non-proliferation Studies", is_demo=True
        )


#: Draft sections of the next review's report (demo text written for r1540); the figures in
#: double brackets are computed from the data whenever a section is read.
DEMO_SECTIONS = [
    (
        "National reporting",
        "Of the [[reports.members]] Member States, [[reports.first]] have submitted a first national report and "
        "[[reports.not_reported]] have not yet done so. [[reports.additional]] States have provided additional "
        "information since their first report.\n\nThe Committee continues its dialogue with the States that have "
        "not reported, by letter and through their permanent missions.",
    ),
    (
        "The 1540 matrices",
        "[[matrices.published]] matrices approved by the Committee are published. On average a published matrix "
        "records measures in [[matrices.average_measures]] fields.\n\nGaps remain in accounting for and securing "
        "chemical- and biological-related materials.",
    ),
    (
        "National implementation action plans and effective practices",
        "[[plans.states]] States have shared a voluntary national implementation action plan with the Committee, "
        "and [[practices.shared]] effective practices have been shared.",
    ),
    (
        "Assistance",
        "The Committee has received [[assistance.requests]] requests for assistance, of which [[assistance.open]] "
        "remain open; [[assistance.offers]] offers are recorded and [[assistance.completed]] matches have been "
        "completed.",
    ),
    (
        "Points of contact and cooperation",
        "[[directory.state_pocs]] States have designated a national point of contact. The Committee works with "
        "[[directory.organizations]] international, regional and subregional organizations.",
    ),
]


def demo_people_and_review(*, stdout=None) -> None:
    """Working-group members for the years of the demo, the decision on the report's format and
    the draft of the next review's report — all labelled demo."""
    if ReviewSection.objects.filter(is_demo=True).exists():
        return
    people = _staff_people()
    groups = ["monitoring", "assistance", "cooperation", "transparency"]
    for year in sorted(set(CouncilMembership.objects.values_list("year", flat=True))):
        states = list(
            CouncilMembership.objects.filter(year=year).order_by("state__iso3").values_list("state_id", flat=True)
        )
        for index, state_id in enumerate(states):
            for group in (groups[index % 4], groups[(index + 1) % 4]):
                WorkingGroupMember.objects.create(
                    year=year, working_group=group, role="member", state_id=state_id, is_demo=True
                )
        for person in people:
            role = "expert" if person.user.role == Role.EXPERT else "secretariat"
            for group in groups:
                WorkingGroupMember.objects.create(
                    year=year, working_group=group, role=role, person=person, is_demo=True
                )
    ReviewDecision.objects.create(
        review=3,
        decided_date=datetime.date(2020, 3, 31),
        title_en="Format of the final review report (demo)",
        title_zh_hans="审查最后报告的格式(演示)",
        text_en="(demo) The report follows the areas of the programme of work: national implementation, assistance, "
        "cooperation with international organizations, transparency and outreach; each with findings, trends from "
        "the matrix review and recommendations. The programme of work (Annex II, March) calls for this decision; "
        "its actual text is not in the seed.",
        text_zh_hans="(演示)报告按工作方案的领域编排：国家执行、援助、与国际组织的合作、透明度和外联；每个领域包括调查结果、汇总表审查的趋势和建议。",
        is_demo=True,
    )
    for position, (title, body) in enumerate(DEMO_SECTIONS, start=1):
        services.section_save(
            section=ReviewSection(
                review=4, position=position, title=title, body=body, owner="Group of Experts (demo)", is_demo=True
            ),
            actor=None,
        )
    if stdout is not None:
        stdout.write("Demo working-group members, review decision and draft report sections.")
