"""The programme's tables (django-tables2); the columns of the CSV and Excel exports too."""

import django_tables2 as tables
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from r1540.programme.models import Letter, Meeting, MeetingDocument

ATTRS = {"class": "table table-sm table-hover align-middle", "aria-describedby": "results-summary"}


class MeetingTable(tables.Table):
    title = tables.Column(verbose_name=_("Meeting"), linkify=True)
    kind = tables.Column(verbose_name=_("Kind"))
    starts_at = tables.DateTimeColumn(verbose_name=_("Starts"), short=True)
    place = tables.Column(verbose_name=_("Place"))
    working_group = tables.Column(verbose_name=_("Working group"))

    class Meta:
        model = Meeting
        fields = ("title", "kind", "starts_at", "place", "working_group")
        attrs = ATTRS


class MeetingDocumentTable(tables.Table):
    symbol = tables.Column(verbose_name=_("Document symbol"), default="")
    title = tables.Column(verbose_name=pgettext_lazy("of a document", "Title"), linkify=True)
    meeting = tables.Column(verbose_name=_("Meeting"), linkify=True, order_by=("meeting__starts_at",))
    meeting_date = tables.DateColumn(
        verbose_name=_("Date of the meeting"),
        accessor="meeting__starts_at",
        format="Y-m-d",
        order_by="meeting__starts_at",
    )
    languages = tables.Column(verbose_name=_("Languages"), accessor="pk", orderable=False)

    class Meta:
        model = MeetingDocument
        fields = ("symbol", "title", "meeting", "meeting_date", "languages")
        order_by = ("-meeting_date",)
        attrs = ATTRS

    def render_languages(self, record):
        return " ".join(sorted(file.language for file in record.files.all()))

    def value_languages(self, record):
        return self.render_languages(record)


class LetterTable(tables.Table):
    symbol = tables.Column(verbose_name=_("Reference"), linkify=True)
    recipient = tables.Column(verbose_name=_("To"), accessor="recipient", orderable=False)
    template = tables.Column(verbose_name=_("Letter"))
    letter_date = tables.DateColumn(verbose_name=_("Date"), short=True)
    status = tables.Column(verbose_name=_("Status"))
    reminder_date = tables.DateColumn(verbose_name=_("Remind on"), short=True)

    class Meta:
        model = Letter
        fields = ("symbol", "recipient", "template", "letter_date", "status", "reminder_date")
        attrs = ATTRS
