"""Forms of the programme of work, meetings and letters."""

from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from r1540.core.forms import AuditedModelForm, StyledForm
from r1540.programme.models import LetterTemplate, Meeting, MeetingDocument, ProgrammeItem

DATE = forms.DateInput(attrs={"type": "date"})
DATETIME = forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")


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
    file = forms.FileField(label=_("File"))

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
