"""The public site's own table: each State's reporting status (the page and its downloads)."""

import django_tables2 as tables
from django.utils.translation import gettext_lazy as _

from r1540.directory.models import State


class YesNoColumn(tables.BooleanColumn):
    """Yes or No in words (the page, the CSV and the JSON say the same)."""

    def render(self, value, record, bound_column):
        return _("Yes") if value else _("No")

    def value(self, value, record, bound_column):
        return str(_("Yes") if value else _("No"))


class ReportingStatusTable(tables.Table):
    name = tables.Column(verbose_name=_("State"), linkify=True, order_by=("name_en",))
    iso3 = tables.Column(verbose_name=_("ISO code"))
    regional_group = tables.Column(verbose_name=_("Regional group"))
    first_report_date = tables.DateColumn(verbose_name=_("First report"), format="Y-m-d", default="")
    report_count = tables.Column(verbose_name=_("Reports"), default=0)
    latest_report_date = tables.DateColumn(verbose_name=_("Latest report"), format="Y-m-d", default="")
    matrix_published_date = tables.DateColumn(verbose_name=_("Matrix published"), format="Y-m-d", default="")
    has_action_plan = YesNoColumn(verbose_name=_("Action plan published"))
    has_point_of_contact = YesNoColumn(verbose_name=_("Point of contact designated"))

    class Meta:
        model = State
        fields = (
            "name",
            "iso3",
            "regional_group",
            "first_report_date",
            "report_count",
            "latest_report_date",
            "matrix_published_date",
            "has_action_plan",
            "has_point_of_contact",
        )
        attrs = {"class": "table table-sm table-hover align-middle", "aria-describedby": "results-summary"}
