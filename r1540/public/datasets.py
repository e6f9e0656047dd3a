"""The open-data catalogue: every published list, where to read it, download it and reach it
through the API. The "about the data" page documents each one from here, fields included (a
dataset's fields are its table's columns: the downloads are the tables the pages show).

Every public list page is here or in ``NOT_IN_CATALOGUE`` with the reason;
``core/tests/test_registries.py`` fails, naming the page, when one is neither."""

from __future__ import annotations

from dataclasses import dataclass

from django.urls import reverse
from django.utils.functional import Promise
from django.utils.module_loading import import_string
from django.utils.translation import gettext_lazy as _

from r1540.core.exports import exported_columns


@dataclass(frozen=True)
class Dataset:
    code: str
    title: str | Promise
    description: str | Promise
    page: str  # URL name of the list page (its ?_export=csv|json|xlsx are the downloads)
    table: str  # dotted path of the page's table class
    api: str  # URL name of the API list endpoint

    @property
    def url(self) -> str:
        return reverse(self.page)

    @property
    def api_url(self) -> str:
        return reverse(self.api)

    def fields(self) -> list[tuple[str, str]]:
        """(key in the JSON, heading in the CSV) of each column."""
        table = import_string(self.table)([])
        return [(column.name, str(column.header)) for column in exported_columns(table)]


DATASETS = [
    Dataset(
        "states",
        _("States"),
        _("The 193 Member States and the two observer States: names, codes, regional group and sub-region."),
        "directory:state_list",
        "r1540.directory.tables.StateTable",
        "state-list",
    ),
    Dataset(
        "organizations",
        _("Organizations"),
        _("International, regional and subregional organizations and Council bodies the Committee works with."),
        "directory:organization_list",
        "r1540.directory.tables.OrganizationTable",
        "organization-list",
    ),
    Dataset(
        "reporting-status",
        _("Reporting status"),
        _(
            "Each State's first report, number of reports, latest report, published matrix, published action plan "
            "and whether it has designated a point of contact (never who)."
        ),
        "public:reporting_status",
        "r1540.public.tables.ReportingStatusTable",
        "reportingstatus-list",
    ),
    Dataset(
        "national-reports",
        _("National reports"),
        _("First reports and additional information the States have published."),
        "reporting:report_list",
        "r1540.reporting.tables.NationalReportTable",
        "nationalreport-list",
    ),
    Dataset(
        "matrices",
        _("1540 matrices"),
        _("The published matrix versions; every recorded field of the current ones is one more download below."),
        "matrices:version_list",
        "r1540.matrices.tables.MatrixVersionTable",
        "matrixversion-list",
    ),
    Dataset(
        "action-plans",
        _("National action plans"),
        _("Voluntary national implementation action plans the States agreed to publish."),
        "reporting:actionplan_list",
        "r1540.reporting.tables.ActionPlanTable",
        "actionplan-list",
    ),
    Dataset(
        "effective-practices",
        _("Effective practices"),
        _("Effective practices States and organizations shared and agreed to publish."),
        "reporting:practice_list",
        "r1540.reporting.tables.EffectivePracticeTable",
        "effectivepractice-list",
    ),
    Dataset(
        "control-lists",
        _("Control lists"),
        _("The national control lists of goods the States have published, with their legal basis."),
        "reporting:controllist_list",
        "r1540.reporting.tables.ControlListTable",
        "controllist-list",
    ),
    Dataset(
        "assistance-requests",
        _("Assistance requests"),
        _("Requests for assistance the requesting States agreed to list publicly, with their status."),
        "assistance:request_list",
        "r1540.assistance.tables.AssistanceRequestTable",
        "assistancerequest-list",
    ),
    Dataset(
        "assistance-offers",
        _("Assistance offers and programmes"),
        _("Offers and standing programmes of assistance from States and organizations."),
        "assistance:offer_list",
        "r1540.assistance.tables.AssistanceOfferTable",
        "assistanceoffer-list",
    ),
    Dataset(
        "events",
        _("Events"),
        _("Outreach events, workshops, country visits and training courses for points of contact, past and upcoming."),
        "outreach:event_list",
        "r1540.outreach.tables.EventTable",
        "event-list",
    ),
    Dataset(
        "meetings",
        _("Meetings"),
        _("The Committee's open meetings and consultations, with their dates."),
        "programme:meeting_list",
        "r1540.programme.tables.MeetingTable",
        "meeting-list",
    ),
    Dataset(
        "documents",
        _("Meeting documents"),
        _("The documents of the Committee's open meetings, with their symbols and the languages they exist in."),
        "programme:document_list",
        "r1540.programme.tables.MeetingDocumentTable",
        "meetingdocument-list",
    ),
    Dataset(
        "cooperation",
        _("Cooperation partners"),
        _(
            "The organizations and Council committees the Committee cooperates with, and how many activities "
            "it has recorded with each."
        ),
        "outreach:cooperation_list",
        "r1540.outreach.tables.CooperationTable",
        "cooperation-list",
    ),
]

#: Public list pages that are not datasets, and why (URL name → reason).
NOT_IN_CATALOGUE: dict[str, str] = {
    "reporting:instrument_list": "figures per treaty, not rows: the rows are the adherence dataset of the API "
    "(adherence-list) and each treaty's page",
    "matrices:template_list": "the form every matrix follows, not reported data: each matrix download carries its rows",
}
