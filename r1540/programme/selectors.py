"""Reads of the programme: who a routine letter goes to, the calendar, and the compliance of
meetings with the notice and documents rules."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass

from django.db.models import Exists, OuterRef, Prefetch
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from r1540.assistance.models import AssistanceOffer, AssistanceRequest, Communication
from r1540.directory.models import Organization, PointOfContact, State
from r1540.matrices.models import MatrixVersion
from r1540.programme import choices, citations, figures
from r1540.programme.models import (
    Meeting,
    MeetingDocument,
    Programme,
    ProgrammeItem,
    ReviewDecision,
    ReviewMilestone,
    ReviewSection,
    WorkingGroupMember,
)
from r1540.reporting import selectors as reporting_selectors

#: A POC whose details nobody confirmed for this long is asked to confirm them.
POC_CONFIRMATION_DAYS = 365


@dataclass(frozen=True)
class RecipientQuery:
    label: str
    audience: str
    query: Callable[[], object]


def _without_poc():
    return State.objects.members().without_active_poc().order_by("name_en")


def _poc_unconfirmed():
    since = timezone.localdate() - datetime.timedelta(days=POC_CONFIRMATION_DAYS)
    stale = PointOfContact.objects.unconfirmed_since(since).filter(state=OuterRef("pk"))
    return State.objects.members().filter(Exists(stale)).order_by("name_en")


def _reported_with_matrix_out():
    sent = MatrixVersion.objects.filter(state=OuterRef("pk"), stage="sent")
    return State.objects.members().filter(Exists(sent)).order_by("name_en")


def _requesting():
    open_requests = AssistanceRequest.objects.open().filter(state=OuterRef("pk"))
    return State.objects.filter(Exists(open_requests)).order_by("name_en")


def _regular_providers():
    offers = AssistanceOffer.objects.available().filter(provider_state=OuterRef("pk"))
    return State.objects.filter(Exists(offers)).order_by("name_en")


def _potential_providers():
    """Council members of the last five years that have no offer on record."""
    year = timezone.localdate().year
    offers = AssistanceOffer.objects.filter(provider_state=OuterRef("pk"))
    return (
        State.objects.filter(council_memberships__year__gte=year - 4)
        .exclude(Exists(offers))
        .distinct()
        .order_by("name_en")
    )


def _organizations_without_poc():
    active = PointOfContact.objects.active().filter(organization=OuterRef("pk"))
    return Organization.objects.exclude(Exists(active)).order_by("name_en")


def _organizations_unconfirmed():
    since = timezone.localdate() - datetime.timedelta(days=POC_CONFIRMATION_DAYS)
    stale = PointOfContact.objects.unconfirmed_since(since).filter(organization=OuterRef("pk"))
    return Organization.objects.filter(Exists(stale)).order_by("name_en")


#: The recipients of each routine letter (Annex II, March), as queries on the live data.
RECIPIENTS: dict[str, RecipientQuery] = {
    "nonreporting": RecipientQuery(
        _("Member States without a first report"), "state", lambda: reporting_selectors.non_reporting_states()
    ),
    "additional_information": RecipientQuery(
        _("Member States whose updated matrix is out for comments"), "state", _reported_with_matrix_out
    ),
    "designate_poc_state": RecipientQuery(_("Member States without a point of contact"), "state", _without_poc),
    "update_poc_state": RecipientQuery(
        _("Member States whose point of contact was not confirmed this year"), "state", _poc_unconfirmed
    ),
    "assistance_requesting_states": RecipientQuery(_("States with an open assistance request"), "state", _requesting),
    "assistance_regular_providers": RecipientQuery(_("States that offer assistance"), "state", _regular_providers),
    "assistance_potential_providers": RecipientQuery(
        _("Recent Council members with no offer on record"), "state", _potential_providers
    ),
    "designate_poc_org": RecipientQuery(
        _("Organizations without a point of contact"), "organization", _organizations_without_poc
    ),
    "update_poc_org": RecipientQuery(
        _("Organizations whose point of contact was not confirmed this year"),
        "organization",
        _organizations_unconfirmed,
    ),
}


def recipients_for(code: str):
    query = RECIPIENTS.get(code)
    return query.query() if query is not None else State.objects.none()


def current_programme() -> Programme | None:
    today = timezone.localdate()
    return (
        Programme.objects.filter(period_start_date__lte=today, period_end_date__gte=today).first()
        or Programme.objects.order_by("-period_start_date").first()
    )


def programme_overview(programme: Programme) -> dict:
    """The items by paragraph and the schedule by month, with what each month's meetings were."""
    items = list(programme.items.all())
    by_paragraph: dict[int, list[ProgrammeItem]] = {}
    for item in items:
        by_paragraph.setdefault(item.paragraph, []).append(item)
    months: dict[datetime.date, list] = {}
    for entry in programme.schedule.prefetch_related(
        Prefetch("items", queryset=ProgrammeItem.objects.only("pk", "ref"))
    ):
        months.setdefault(entry.month, []).append(entry)
    done = sum(1 for item in items if item.status == choices.ItemStatus.DONE)
    return {
        "by_paragraph": sorted(by_paragraph.items()),
        "months": sorted(months.items()),
        "total": len(items),
        "done": done,
        "overdue": sum(1 for item in items if item.overdue),
    }


def compliance(meetings) -> list[dict]:
    """For each meeting: was it notified in time, and which documents went out late?"""
    rows = []
    for meeting in meetings.prefetch_related(Prefetch("documents", queryset=MeetingDocument.objects.order_by("pk"))):
        late_documents = [document for document in meeting.documents.all() if document.late]
        rows.append({"meeting": meeting, "notice_late": meeting.notice_late, "late_documents": late_documents})
    return rows


def working_group_cadence(year: int, today: datetime.date | None = None) -> list[dict]:
    """Each working group's meetings per quarter of ``year``; a quarter already over with no
    meeting is flagged (the groups meet at least quarterly)."""
    today = today or timezone.localdate()
    counts = {(group, quarter): 0 for group in choices.WorkingGroup.values for quarter in (1, 2, 3, 4)}
    for group, starts_at in (
        Meeting.objects.filter(starts_at__year=year).exclude(working_group="").values_list("working_group", "starts_at")
    ):
        counts[(group, (timezone.localtime(starts_at).month - 1) // 3 + 1)] += 1
    rows = []
    for group, label in choices.WorkingGroup.choices:
        quarters = []
        for quarter in (1, 2, 3, 4):
            end = datetime.date(year + (quarter == 4), (3 * quarter) % 12 + 1, 1) - datetime.timedelta(days=1)
            quarters.append(
                {
                    "quarter": quarter,
                    "meetings": counts[(group, quarter)],
                    "missed": end < today and not counts[(group, quarter)],
                }
            )
        rows.append({"group": group, "label": label, "quarters": quarters})
    return rows


@dataclass(frozen=True)
class Event:
    """A calendar entry: a meeting, or a deadline someone owes."""

    uid: str
    title: str
    start: datetime.datetime | datetime.date
    end: datetime.datetime | datetime.date | None
    url: str
    kind: str
    location: str = ""


def events_for(user, start: datetime.date, end: datetime.date, *, public_only: bool = False) -> list[Event]:
    """The user's meetings and deadlines between ``start`` and ``end``: the meetings they may see,
    the comment deadlines of the matrices they answer for or follow, the follow-up dates of the
    assistance correspondence and the programme items due."""
    from r1540.core.permissions import policy_for

    meetings = Meeting.objects.between(start, end)
    meetings = meetings.public() if public_only else policy_for(Meeting).visible(user, meetings)
    events = [
        Event(
            uid="meeting-{}@r1540".format(meeting.pk),
            title=meeting.title,
            start=meeting.starts_at,
            end=meeting.ends_at,
            url=meeting.get_absolute_url(),
            kind="meeting",
            location=meeting.place,
        )
        for meeting in meetings
    ]
    if public_only or user is None or not user.is_authenticated:
        return sorted(events, key=_sort_key)
    version_policy = policy_for(MatrixVersion)
    versions = version_policy.followed(
        user,
        version_policy.visible(
            user,
            MatrixVersion.objects.filter(stage="sent", comment_deadline_date__range=(start, end)).select_related(
                "state"
            ),
        ),
    )
    events += [
        Event(
            uid="matrix-deadline-{}@r1540".format(version.pk),
            title=str(_("Comments due on the 1540 matrix of {state}")).format(state=version.state),
            start=version.comment_deadline_date,
            end=None,
            url=version.get_absolute_url(),
            kind="deadline",
        )
        for version in versions
    ]
    if policy_for(Communication).can_act(user):
        for communication in (
            Communication.objects.follow_ups_pending()
            .filter(follow_up_date__range=(start, end))
            .select_related("request")
        ):
            events.append(
                Event(
                    uid="follow-up-{}@r1540".format(communication.pk),
                    title=str(_("Follow up: {request}")).format(request=communication.request.title),
                    start=communication.follow_up_date,
                    end=None,
                    url=communication.get_absolute_url(),
                    kind="deadline",
                )
            )
        for item in (
            ProgrammeItem.objects.filter(due_date__range=(start, end))
            .exclude(status="done")
            .select_related("programme")
        ):
            events.append(
                Event(
                    uid="item-{}@r1540".format(item.pk),
                    title=str(_("Due: programme item {ref}")).format(ref=item.ref),
                    start=item.due_date,
                    end=None,
                    url=item.get_absolute_url(),
                    kind="deadline",
                )
            )
    return sorted(events, key=_sort_key)


def _sort_key(event: Event):
    start = event.start
    if isinstance(start, datetime.datetime):
        return (start.date(), start.time())
    return (start, datetime.time.min)


def working_groups(year: int) -> list[dict]:
    """The four working groups in ``year``: coordinators, the programme items they carry and
    their meetings per quarter."""
    from r1540.directory.selectors import offices_for_year

    coordinators: dict[str, list] = {}
    for office in offices_for_year(year).filter(office="wg_coordinator"):
        coordinators.setdefault(office.working_group, []).append(office)
    programme = current_programme()
    items: dict[str, list] = {}
    if programme is not None:
        for item in programme.items.exclude(working_group=""):
            items.setdefault(item.working_group, []).append(item)
    cadence = {row["group"]: row["quarters"] for row in working_group_cadence(year)}
    members: dict[str, list] = {}
    roles = list(choices.GroupRole.values)  # delegations first, then the experts and the secretariat
    for member in sorted(
        WorkingGroupMember.objects.filter(year=year).select_related("state", "person"),
        key=lambda member: (roles.index(member.role), str(member)),
    ):
        members.setdefault(member.working_group, []).append(member)
    return [
        {
            "code": code,
            "label": label,
            "coordinators": coordinators.get(code, []),
            "members": members.get(code, []),
            "items": items.get(code, []),
            "quarters": cadence[code],
        }
        for code, label in choices.WorkingGroup.choices
    ]


def transition_pack(year: int) -> dict:
    """What an incoming Council member needs (para 12 (g)): the programme, what is coming, the
    working groups, the open items, the latest documents, and who leaves the Council."""
    from r1540.core.models import User
    from r1540.core.roles import Role
    from r1540.directory.models import CouncilMembership

    today = timezone.localdate()
    programme = current_programme()
    leaving = (
        CouncilMembership.objects.filter(year=year - 1)
        .exclude(state__in=CouncilMembership.objects.filter(year=year).values("state"))
        .select_related("state")
    )
    contacts = User.objects.filter(role=Role.DELEGATION, council_seat__in=leaving).select_related("council_seat__state")
    return {
        "year": year,
        "programme": programme,
        "open_items": list(programme.items.exclude(status="done")) if programme else [],
        "meetings": list(Meeting.objects.filter(starts_at__date__gte=today).order_by("starts_at")[:25]),
        "working_groups": working_groups(year),
        "documents": list(
            MeetingDocument.objects.filter(circulated_at__isnull=False)
            .select_related("meeting")
            .order_by("-circulated_at")[:20]
        ),
        "leaving": list(leaving),
        "contacts": list(contacts),
    }


def _review_of(milestone: ReviewMilestone) -> int | None:
    """Milestones coded ``r3_…`` belong to the third review; the others are the mandate's."""
    code = milestone.code
    if len(code) > 2 and code[0] == "r" and code[1].isdigit() and code[2] == "_":
        return int(code[1])
    return None


def review_overview(user, today: datetime.date | None = None) -> dict:
    """The comprehensive reviews (paras 5–6): per review, its milestones with how many have
    passed, the decisions taken and, for the Committee, the sections of the draft report; and
    where the systematic review of the matrices stands."""
    from r1540.core.permissions import policy_for
    from r1540.matrices.choices import Stage
    from r1540.matrices.selectors import stage_totals

    today = today or timezone.localdate()
    reviews: dict[int | None, dict] = {}

    def review(number):
        return reviews.setdefault(number, {"number": number, "milestones": [], "decisions": [], "sections": []})

    for milestone in ReviewMilestone.objects.all():
        review(_review_of(milestone))["milestones"].append(milestone)
    for decision in ReviewDecision.objects.select_related("meeting").order_by("decided_date"):
        review(decision.review)["decisions"].append(decision)
    if policy_for(ReviewSection).can_list(user):
        for section in ReviewSection.objects.all():
            review(section.review)["sections"].append(section)
    for entry in reviews.values():
        dates = [milestone.date for milestone in entry["milestones"]]
        entry["passed"] = sum(1 for date in dates if date <= today)
        entry["total"] = len(dates)
        entry["percent"] = round(100 * entry["passed"] / entry["total"]) if dates else 0
        entry["next"] = next((m for m in entry["milestones"] if m.date > today), None)
    numbered = sorted((number for number in reviews if number is not None), reverse=True)
    counts = stage_totals()
    stages = [(code, label, counts[code]) for code, label in Stage.choices if counts.get(code)]
    return {
        "reviews": [reviews[number] for number in numbered],
        "mandate": reviews.get(None),
        "matrix_stages": stages,
        "matrix_total": sum(counts.values()),
        "today": today,
    }


@dataclass(frozen=True)
class CitedFigure:
    code: str
    label: str
    url: str
    value: object
    saved: object

    @property
    def changed(self) -> bool:
        return citations.moved(self.value, self.saved)


def section_reading(section: ReviewSection) -> dict:
    """A section with its figures computed now: the text in pieces, and the table of the data it
    cites with the value seen when it was last saved."""
    codes = citations.cited(section.body)
    values = figures.values(codes)
    cited = [
        CitedFigure(
            code=code,
            label=str(figures.FIGURES[code].label) if code in figures.FIGURES else "",
            url=figures.FIGURES[code].url if code in figures.FIGURES else "",
            value=values.get(code),
            saved=section.cited_values.get(code),
        )
        for code in codes
    ]
    return {
        "pieces": citations.pieces(section.body, values, section.cited_values),
        "cited": cited,
        "changed": sum(1 for figure in cited if figure.changed),
    }
