"""Forms of the programme of work, meetings and letters."""

from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from r1540.core.filters import QueryForm, YearField
from r1540.core.forms import AuditedModelForm, StyledForm, StyledFormMixin
from r1540.core.uploads import DocumentFormField
from r1540.programme import choices
from r1540.programme.models import (
    LetterTemplate,
    Meeting,
    MeetingDocument,
    MeetingParticipant,
    ProgrammeItem,
    ReviewDecision,
    ReviewSection,
    WorkingGroupMember,
)

DATE = forms.DateInput(attrs={"type": "date"})
DATETIME = forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")


def _this_year() -> int:
    return timezone.localdate().year


def _this_month() -> int:
    return timezone.localdate().month


class YearQueryForm(QueryForm):
    """``?year=``: this year unless another is asked for."""

    year = YearField(required=False, initial=_this_year)


class CalendarQueryForm(YearQueryForm):
    """The calendar's month and view."""

    VIEWS = [("month", _("Month")), ("week", _("Week")), ("list", _("List"))]

    month = forms.IntegerField(min_value=1, max_value=12, required=False, initial=_this_month)
    view = forms.ChoiceField(choices=VIEWS, required=False, initial="month")


class ProgrammeItemForm(AuditedModelForm):
    class Meta:
        model = ProgrammeItem
        fields = ["status", "owner", "due_date", "working_group", "evidence"]
        widgets = {"due_date": DATE, "evidence": forms.Textarea(attrs={"rows": 3})}


class MeetingForm(AuditedModelForm):
    class Meta:
        model = Meeting
        fields = [
            "kind",
            "title",
            "starts_at",
            "ends_at",
            "place",
            "working_group",
            "public",
            "agenda_items",
            "agenda",
            "outcome",
            "follow_up",
        ]
        widgets = {
            "starts_at": DATETIME,
            "ends_at": DATETIME,
            "agenda": forms.Textarea(attrs={"rows": 3}),
            "outcome": forms.Textarea(attrs={"rows": 3}),
            "follow_up": forms.Textarea(attrs={"rows": 2}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["agenda_items"].queryset = ProgrammeItem.objects.select_related("programme")
        self.fields["agenda_items"].required = False
        if self.instance.pk is None:
            self.fields["reason"].required = False


class MeetingDocumentForm(AuditedModelForm):
    """A document with its first file (more languages can follow)."""

    language = forms.ChoiceField(label=_("Language of the file"), choices=settings.LANGUAGES)
    file = DocumentFormField(label=_("File"))

    class Meta:
        model = MeetingDocument
        fields = ["symbol", "title", "restricted"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["reason"].required = False


class MailMergeForm(StyledForm):
    template = forms.ModelChoiceField(label=_("Letter"), queryset=LetterTemplate.objects.all(), to_field_name="code")
    language = forms.ChoiceField(label=_("Language"), choices=settings.LANGUAGES)
    letter_date = forms.DateField(label=_("Date of the letters"), widget=DATE, initial=timezone.localdate)
    deadline_date = forms.DateField(label=_("Reply requested by"), widget=DATE, required=False)

    def clean(self):
        cleaned = super().clean()
        if (
            cleaned.get("deadline_date")
            and cleaned.get("letter_date")
            and cleaned["deadline_date"] < cleaned["letter_date"]
        ):
            self.add_error("deadline_date", _("The reply cannot be due before the letter is dated."))
        return cleaned


class LetterMarkForm(StyledForm):
    status = forms.ChoiceField(choices=[("sent", _("Sent")), ("replied", _("Reply received"))])
    on = forms.DateField(label=_("On"), widget=DATE, initial=timezone.localdate)


def _people_with_accounts():
    """Experts and staff who sign in; anyone else is written by name."""
    from r1540.directory.models import Person

    return Person.objects.filter(user__isnull=False).order_by("family_name", "given_name")


class ParticipantForm(StyledFormMixin, forms.ModelForm):
    class Meta:
        model = MeetingParticipant
        fields = ["capacity", "state", "organization", "person", "name"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["person"].queryset = _people_with_accounts()


class AttendanceForm(StyledForm):
    attendance = forms.ChoiceField(label=_("Attendance"), choices=choices.Attendance.choices)


class WorkingGroupMemberForm(StyledFormMixin, forms.ModelForm):
    class Meta:
        model = WorkingGroupMember
        fields = ["working_group", "role", "state", "person"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["person"].queryset = _people_with_accounts()


class ReviewDecisionForm(AuditedModelForm):
    class Meta:
        model = ReviewDecision
        fields = [
            "review",
            "decided_date",
            "title_en",
            "title_zh_hans",
            "text_en",
            "text_zh_hans",
            "meeting",
            "reference",
        ]
        widgets = {
            "decided_date": DATE,
            "text_en": forms.Textarea(attrs={"rows": 3}),
            "text_zh_hans": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["title_en"].required = True
        if self.instance.pk is None:
            self.fields["reason"].required = False


class ReviewSectionForm(AuditedModelForm):
    class Meta:
        model = ReviewSection
        fields = ["review", "position", "title", "body", "status", "owner"]
        widgets = {"body": forms.Textarea(attrs={"rows": 14})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk is None:
            self.fields["reason"].required = False
