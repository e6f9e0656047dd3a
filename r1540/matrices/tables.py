"""The matrices' tables (django-tables2); the columns of the CSV and Excel exports too."""

import django_tables2 as tables
from django.utils.translation import gettext_lazy as _

from r1540.matrices.models import MatrixVersion


class MatrixVersionTable(tables.Table):
    state = tables.Column(verbose_name=_("State"), order_by=("state__name_en",))
    number = tables.Column(verbose_name=_("Version"), linkify=True)
    template = tables.Column(verbose_name=_("Template"), accessor="template__code")
    stage = tables.Column(verbose_name=_("Stage"))
    comment_deadline_date = tables.DateColumn(verbose_name=_("Comments due"), short=True)
    approved_date = tables.DateColumn(verbose_name=_("Approved"), short=True)
    published_date = tables.DateColumn(verbose_name=_("Published"), short=True)

    class Meta:
        model = MatrixVersion
        fields = (
            "state",
            "number",
            "template",
            "stage",
            "comment_deadline_date",
            "approved_date",
            "published_date",
        )
        attrs = {"class": "table table-sm table-hover align-middle", "aria-describedby": "results-summary"}
