"""Forms of national reporting."""

from django import forms
from django.utils.translation import gettext_lazy as _

from r1540.core.filters import QueryForm
from r1540.core.forms import AuditedModelForm, StyledForm, StyledFormMixin
from r1540.reporting.models import (
    ActionPlan,
    ActionPlanFollowUp,
    Adherence,
    ControlList,
    DialogueEntry,
    EffectivePractice,
    NationalReport,
)


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


DATE = forms.DateInput(attrs={"type": "date"})


class AdherenceForm(AuditedModelForm):
    class Meta:
        model = Adherence
        fields = ["status", "signature_date", "consent_date", "consent_kind", "entry_into_force_date", "source"]
        widgets = {
            "signature_date": DATE,
            "consent_date": DATE,
            "entry_into_force_date": DATE,
            "source": forms.Textarea(attrs={"rows": 2}),
        }


class ActionPlanForm(AuditedModelForm):
    class Meta:
        model = ActionPlan
        fields = [
            "state",
            "title",
            "language",
            "status",
            "adopted_date",
            "shared_date",
            "period_start_date",
            "period_end_date",
            "areas",
            "summary",
            "published",
        ]
        widgets = {
            "adopted_date": DATE,
            "shared_date": DATE,
            "period_start_date": DATE,
            "period_end_date": DATE,
            "summary": forms.Textarea(attrs={"rows": 4}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk is not None:
            self.fields["state"].disabled = True


class ActionPlanReviseForm(StyledForm):
    reason = forms.CharField(
        label=_("What the State sent"),
        help_text=_("Kept in the history of both revisions."),
        widget=forms.Textarea(attrs={"rows": 2}),
        max_length=500,
    )


class FollowUpForm(StyledFormMixin, forms.ModelForm):
    class Meta:
        model = ActionPlanFollowUp
        fields = ["kind", "summary", "due_date", "done_date"]
        widgets = {"due_date": DATE, "done_date": DATE, "summary": forms.Textarea(attrs={"rows": 2})}


class EffectivePracticeForm(AuditedModelForm):
    class Meta:
        model = EffectivePractice
        fields = [
            "state",
            "organization",
            "title",
            "summary",
            "language",
            "areas",
            "weapons",
            "shared_date",
            "about_assistance",
            "link",
            "file",
            "consent_to_publish",
            "published",
        ]
        widgets = {"shared_date": DATE, "summary": forms.Textarea(attrs={"rows": 4})}


class ControlListForm(AuditedModelForm):
    class Meta:
        model = ControlList
        fields = [
            "state",
            "title",
            "kind",
            "coverage",
            "legal_basis",
            "adopted_date",
            "updated_date",
            "link",
            "file",
            "notes",
            "published",
        ]
        widgets = {"adopted_date": DATE, "updated_date": DATE, "notes": forms.Textarea(attrs={"rows": 3})}


class DateQueryForm(QueryForm):
    """The date to answer for (today unless asked)."""

    on = forms.DateField(
        input_formats=["%Y-%m-%d"], required=False, error_messages={"invalid": _("Give the date as YYYY-MM-DD.")}
    )
