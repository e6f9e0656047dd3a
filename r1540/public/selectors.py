"""Reads of the public website: what every visitor may see, summed up in the database."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.db.models import Count, Exists, Max, Min, OuterRef, Q, Subquery
from django.db.models.functions import ExtractYear
from django.utils import timezone
from django.utils.translation import gettext as _

from r1540.assistance.models import AssistanceRequest
from r1540.directory.models import PointOfContact, State
from r1540.matrices.models import MatrixVersion
from r1540.outreach.models import Event
from r1540.reporting.models import ActionPlan, NationalReport


def _first(queryset, field: str):
    """A per-State correlated subquery: the first value of ``field`` in ``queryset``."""
    return Subquery(queryset.filter(state=OuterRef("pk")).order_by().values("state").annotate(v=field).values("v")[:1])


def reporting_status():
    """Every State with the public facts of its implementation: when it first reported, how
    many reports it has sent and the latest, when its current matrix was published, whether it
    shared an action plan, and whether it has a point of contact (never who)."""
    reports = NationalReport.objects.all()
    return State.objects.annotate(
        first_report_date=_first(reports.filter(kind="first"), Min("submitted_date")),
        report_count=_first(reports, Count("pk")),
        latest_report_date=_first(reports, Max("submitted_date")),
        matrix_published_date=_first(MatrixVersion.objects.published(), Max("published_date")),
        has_action_plan=Exists(ActionPlan.objects.published_only().filter(state=OuterRef("pk"))),
        has_point_of_contact=Exists(PointOfContact.objects.active().filter(state=OuterRef("pk"))),
    )


def _by_year(queryset, date_field: str, **counts) -> list[dict]:
    return list(queryset.annotate(year=ExtractYear(date_field)).order_by("year").values("year").annotate(**counts))


def key_figures() -> dict:
    """The four figures of the home page and the top of the statistics page."""
    from r1540.reporting.selectors import reporting_figures

    members = State.objects.members()
    return {
        "reporting": reporting_figures(),
        "published_matrices": members.filter(
            Exists(MatrixVersion.objects.published().filter(state=OuterRef("pk")))
        ).count(),
        "action_plans": members.filter(
            Exists(ActionPlan.objects.published_only().filter(state=OuterRef("pk")))
        ).count(),
        "requests_open": AssistanceRequest.objects.published_only().open().count(),
    }


def statistics() -> dict:
    """The figures and series of the statistics page, each one GROUP BY in the database."""
    from r1540.matrices.selectors import stage_totals
    from r1540.reporting.selectors import reports_by_year

    requests = AssistanceRequest.objects.published_only()
    events = Event.objects.filter(published=True)
    return {
        **key_figures(),
        "reports_by_year": reports_by_year(),
        "matrix_stages": stage_totals(),
        "requests_by_year": _by_year(
            requests,
            "received_date",
            received=Count("pk"),
            completed=Count("pk", filter=Q(status__in=["completed", "feedback"])),
        ),
        "events_by_year": _by_year(
            events.filter(start_date__lte=timezone.localdate()),
            "start_date",
            training=Count("pk", filter=Q(kind="training_course")),
            other=Count("pk", filter=~Q(kind="training_course")),
        ),
    }


@dataclass(frozen=True)
class NewsItem:
    date: datetime.date
    title: str
    url: str
    category: str
    description: str = ""


def news(limit: int = 30, *, events: bool = True) -> list[NewsItem]:
    """What the Committee has made public, newest first: national reports published, matrices
    published and, unless ``events`` is false, events held."""
    today = timezone.localdate()
    items = [
        NewsItem(
            report.submitted_date, str(report), report.get_absolute_url(), str(_("National report")), report.summary
        )
        for report in NationalReport.objects.published_only()
        .filter(submitted_date__lte=today)
        .select_related("state")
        .order_by("-submitted_date", "-pk")[:limit]
    ]
    items += [
        NewsItem(version.published_date, str(version), version.get_absolute_url(), str(_("1540 matrix published")))
        for version in MatrixVersion.objects.published()
        .select_related("state")
        .order_by("-published_date", "-pk")[:limit]
    ]
    if events:
        items += [
            NewsItem(
                event.start_date, event.title, event.get_absolute_url(), event.get_kind_display(), event.description
            )
            for event in Event.objects.filter(published=True, start_date__lte=today).order_by("-start_date")[:limit]
        ]
    return sorted(items, key=lambda item: item.date, reverse=True)[:limit]


def coming_and_recent_events(limit: int = 5) -> dict:
    today = timezone.localdate()
    events = Event.objects.filter(published=True).select_related("country")
    return {
        "upcoming": list(events.filter(start_date__gte=today).order_by("start_date")[:limit]),
        "recent": list(events.filter(start_date__lt=today).order_by("-start_date")[:limit]),
    }
