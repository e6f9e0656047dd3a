"""The figures a draft of the comprehensive review may cite, by name, each computed from the data
by the selectors of the app that owns it. Only the figures a text cites are computed, and each
source's query runs once however many of its figures are cited."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from django.db.models import Avg
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


def _reporting() -> dict:
    from r1540.reporting.selectors import reporting_figures

    return reporting_figures()


def _matrices() -> dict:
    from r1540.matrices.models import MatrixVersion

    published = MatrixVersion.objects.current_published()
    average = published.with_measure_count(publishable_only=False).aggregate(average=Avg("measures"))["average"]
    return {"published": published.count(), "average": round(average or 0, 1)}


def _plans_and_practices() -> dict:
    from r1540.reporting.models import ActionPlan, EffectivePractice

    return {
        "plans": ActionPlan.objects.current().values("state").distinct().count(),
        "practices": EffectivePractice.objects.count(),
    }


def _assistance() -> dict:
    from r1540.assistance.models import AssistanceOffer, AssistanceRequest, Match

    return {
        "requests": AssistanceRequest.objects.count(),
        "open": AssistanceRequest.objects.open().count(),
        "offers": AssistanceOffer.objects.count(),
        "completed": Match.objects.filter(status="completed").count(),
    }


def _directory() -> dict:
    from r1540.directory.models import Organization, PointOfContact

    return {
        "state_pocs": PointOfContact.objects.active().filter(state__isnull=False).values("state").distinct().count(),
        "organizations": Organization.objects.count(),
    }


SOURCES: dict[str, Callable[[], dict]] = {
    "reporting": _reporting,
    "matrices": _matrices,
    "plans": _plans_and_practices,
    "assistance": _assistance,
    "directory": _directory,
}


@dataclass(frozen=True)
class Figure:
    code: str
    label: str
    source: str
    key: str
    url_name: str

    @property
    def url(self) -> str:
        return reverse(self.url_name)


FIGURES = {
    figure.code: figure
    for figure in (
        Figure("reports.members", _("Member States"), "reporting", "members", "reporting:report_list"),
        Figure(
            "reports.first",
            _("Member States that have submitted a first report"),
            "reporting",
            "reported",
            "reporting:report_list",
        ),
        Figure(
            "reports.not_reported",
            _("Member States that have not submitted a first report"),
            "reporting",
            "not_reported",
            "reporting:non_reporting",
        ),
        Figure(
            "reports.additional",
            _("Member States that have sent additional information"),
            "reporting",
            "additional",
            "reporting:report_list",
        ),
        Figure("matrices.published", _("Published matrices"), "matrices", "published", "matrices:version_list"),
        Figure(
            "matrices.average_measures",
            _("Average fields with measures per published matrix"),
            "matrices",
            "average",
            "matrices:trends",
        ),
        Figure(
            "plans.states",
            _("States that have shared a national action plan"),
            "plans",
            "plans",
            "reporting:actionplan_list",
        ),
        Figure("practices.shared", _("Effective practices shared"), "plans", "practices", "reporting:practice_list"),
        Figure(
            "assistance.requests",
            _("Assistance requests received"),
            "assistance",
            "requests",
            "assistance:request_list",
        ),
        Figure("assistance.open", _("Assistance requests still open"), "assistance", "open", "assistance:request_list"),
        Figure("assistance.offers", _("Assistance offers"), "assistance", "offers", "assistance:offer_list"),
        Figure(
            "assistance.completed", _("Assistance matches completed"), "assistance", "completed", "assistance:quarterly"
        ),
        Figure(
            "directory.state_pocs",
            _("States with a point of contact"),
            "directory",
            "state_pocs",
            "directory:state_list",
        ),
        Figure(
            "directory.organizations",
            _("International, regional and subregional organizations"),
            "directory",
            "organizations",
            "directory:organization_list",
        ),
    )
}


def values(codes) -> dict[str, object]:
    """The current value of each known figure in ``codes``."""
    wanted = [FIGURES[code] for code in codes if code in FIGURES]
    computed = {source: SOURCES[source]() for source in {figure.source for figure in wanted}}
    return {figure.code: computed[figure.source][figure.key] for figure in wanted}
