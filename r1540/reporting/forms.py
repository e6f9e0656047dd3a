"""Forms of national reporting."""

from django import forms

from r1540.core.forms import AuditedModelForm, StyledFormMixin
from r1540.reporting.models import DialogueEntry, NationalReport


class NationalReportForm(AuditedModelForm):
    class Meta:
        model = NationalReport
        fields = ["state", "kind", "submitted_date", "received_date", "channel", "symbol", "summary", "published"]
        widgets = {
            "submitted_date": forms.DateInput(attrs={"type": "date"}),
            "received_date": forms.DateInput(attrs={"type": "date"}),
            "summary": forms.Textarea(attrs={"rows": 3}),
        }


class DialogueEntryForm(StyledFormMixin, forms.ModelForm):
    """A contact with a State; the service records who noted it."""

    class Meta:
        model = DialogueEntry
        fields = ["date", "kind", "summary", "symbol"]
        widgets = {"date": forms.DateInput(attrs={"type": "date"}), "summary": forms.Textarea(attrs={"rows": 2})}
