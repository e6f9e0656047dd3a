"""The public website: the home page, the reporting status of every State, statistics, what
the data is and how to get it, and the sitemap. Read-only, over published data."""

from django.contrib.sitemaps import Sitemap
from django.http import HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from r1540.core.views.generic import ObjectListView
from r1540.directory.filters import StateFilterSet
from r1540.directory.models import Organization, State
from r1540.directory.selectors import directory_figures
from r1540.public import selectors
from r1540.public.datasets import DATASETS
from r1540.public.tables import ReportingStatusTable


def home(request):
    return render(
        request,
        "public/home.html",
        {
            "figures": directory_figures(),
            "statistics": selectors.key_figures(),
            "events": selectors.coming_and_recent_events(),
            "news": selectors.news(10, events=False),
        },
    )


class ReportingStatusView(ObjectListView):
    model = State
    table_class = ReportingStatusTable
    filterset_class = StateFilterSet
    intro = _(
        "Where each State stands: its first report and the latest, its published 1540 matrix, its published "
        "action plan, and whether it has a point of contact."
    )

    def get_queryset(self):
        return self.policy.visible(self.request.user, selectors.reporting_status())

    def get_export_filename(self, export_format):
        return "reporting-status.{}".format(export_format)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["title"] = _("Reporting status")
        return context


def _chart(chart_id, title, label, rows, series, **options) -> dict:
    """What ``public/partials/chart.html`` draws: rows of (label, values), one value per series."""
    return {"id": chart_id, "title": title, "label": label, "rows": rows, "series": series, **options}


def _series_by_year(rows: list[dict], *keys: str) -> list[tuple]:
    return [(row["year"], [row[key] for key in keys]) for row in rows]


def charts(figures: dict) -> list[dict]:
    from r1540.matrices.choices import Stage

    stages = figures["matrix_stages"]
    return [
        _chart(
            "reports",
            _("National reports received per year"),
            _("Year"),
            _series_by_year(figures["reports_by_year"], "first", "additional"),
            [_("First reports"), _("Additional information")],
            stacked=True,
        ),
        _chart(
            "matrices",
            _("Review of the 1540 matrices: Member States by stage of their latest version"),
            _("Stage"),
            [(label, [stages.get(code, 0)]) for code, label in Stage.choices],
            [_("States")],
            horizontal=True,
        ),
        _chart(
            "assistance",
            _("Published assistance requests per year"),
            _("Year"),
            _series_by_year(figures["requests_by_year"], "received", "completed"),
            [_("Received"), _("Completed")],
        ),
        _chart(
            "events",
            _("Outreach events per year"),
            _("Year"),
            _series_by_year(figures["events_by_year"], "training", "other"),
            [_("Training courses for points of contact"), _("Other events")],
            stacked=True,
        ),
    ]


def statistics(request):
    figures = selectors.statistics()
    return render(request, "public/statistics.html", {"statistics": figures, "charts": charts(figures)})


def assistance_guide(request):
    from r1540.assistance.models import AssistanceOffer, AssistanceRequest
    from r1540.core.permissions import policy_for

    return render(
        request,
        "public/assistance_guide.html",
        {
            "requests": AssistanceRequest.objects.published_only().count(),
            "offers": AssistanceOffer.objects.published_only().count(),
            "can_request": policy_for(AssistanceRequest).can_add(request.user),
        },
    )


def about_data(request):
    return render(request, "public/about_data.html", {"datasets": DATASETS})


def robots(request):
    lines = ["User-agent: *", "Disallow: /account/", "Disallow: /admin/", "Disallow: /api/"]
    lines.append("Sitemap: {}".format(request.build_absolute_uri(reverse("sitemap"))))
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


class PublicSitemap(Sitemap):
    """Each page in each of the six languages, with hreflang alternates; the index at
    /sitemap.xml lists the sections' pages of ``limit`` addresses each."""

    limit = 300
    i18n = True
    alternates = True
    x_default = True


class PagesSitemap(PublicSitemap):
    priority = 0.8
    changefreq = "weekly"

    def items(self):
        return [
            "public:home",
            "public:reporting_status",
            "public:statistics",
            "public:about_data",
            "directory:state_list",
            "reporting:report_list",
            "matrices:version_list",
            "assistance:request_list",
            "assistance:offer_list",
            "public:assistance_guide",
            "outreach:event_list",
            "outreach:faq",
            "outreach:cooperation_list",
            "search:search",
            "programme:programme_current",
            "programme:document_list",
        ]

    def location(self, item):
        return reverse(item)


class ModelSitemap(PublicSitemap):
    """Published items of one model: only what an anonymous visitor may open."""

    def __init__(self, queryset, date_field: str | None = None):
        super().__init__()
        self.queryset, self.date_field = queryset, date_field

    def items(self):
        from django.contrib.auth.models import AnonymousUser

        from r1540.core.permissions import policy_for

        return policy_for(self.queryset.model).visible(AnonymousUser(), self.queryset).order_by("pk")

    def lastmod(self, item):
        return getattr(item, self.date_field) if self.date_field else None


def sitemaps() -> dict:
    """The sections of /sitemap.xml: the site's pages, and one section per model with pages of its
    own. A model with public pages is here or in ``NOT_IN_SITEMAP`` with the reason;
    ``core/tests/test_registries.py`` fails, naming the model, when one is neither."""
    from r1540.assistance.models import AssistanceOffer, AssistanceRequest
    from r1540.matrices.models import MatrixTemplate, MatrixVersion
    from r1540.outreach.models import Cooperation, Event
    from r1540.programme.models import Meeting, MeetingDocument, Programme, ProgrammeItem, ReviewDecision
    from r1540.reporting.models import ActionPlan, ControlList, EffectivePractice, Instrument, NationalReport

    return {
        "pages": PagesSitemap,
        "states": ModelSitemap(State.objects.all()),
        "organizations": ModelSitemap(Organization.objects.all(), "updated_at"),
        "reports": ModelSitemap(NationalReport.objects.select_related("state"), "updated_at"),
        "instruments": ModelSitemap(Instrument.objects.all(), "updated_at"),
        "action-plans": ModelSitemap(ActionPlan.objects.all(), "updated_at"),
        "practices": ModelSitemap(EffectivePractice.objects.all(), "updated_at"),
        "control-lists": ModelSitemap(ControlList.objects.all(), "updated_at"),
        "matrix-templates": ModelSitemap(MatrixTemplate.objects.all(), "updated_at"),
        "matrices": ModelSitemap(MatrixVersion.objects.current_published().select_related("state"), "updated_at"),
        "assistance-requests": ModelSitemap(AssistanceRequest.objects.all(), "updated_at"),
        "assistance-offers": ModelSitemap(AssistanceOffer.objects.all(), "updated_at"),
        "events": ModelSitemap(Event.objects.all(), "updated_at"),
        "cooperation": ModelSitemap(Cooperation.objects.select_related("organization"), "updated_at"),
        "programmes": ModelSitemap(Programme.objects.all(), "updated_at"),
        "programme-items": ModelSitemap(ProgrammeItem.objects.all(), "updated_at"),
        "meetings": ModelSitemap(Meeting.objects.all(), "updated_at"),
        "documents": ModelSitemap(MeetingDocument.objects.all(), "updated_at"),
        "review-decisions": ModelSitemap(ReviewDecision.objects.all(), "updated_at"),
    }


#: Models with public pages that have no section of their own, and why (model label → reason): each
#: is a part of another page, reached at an anchor of it.
NOT_IN_SITEMAP: dict[str, str] = {
    "assistance.Match": "a part of its request's page",
    "directory.CouncilMembership": "a line of the Council page of its year",
    "directory.CommitteeOffice": "a line of the Council page of its year",
    "outreach.CooperationActivity": "a part of its partner's cooperation page",
    "outreach.Question": "a part of the FAQ page (in the pages section)",
    "programme.MeetingParticipant": "a part of its meeting's page",
    "programme.WorkingGroupMember": "a part of the working groups' page",
    "reporting.ActionPlanFollowUp": "a part of its plan's page",
    "reporting.Adherence": "a part of its treaty's page",
}
