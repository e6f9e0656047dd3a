"""Outreach forms: recording an activity with a cooperation partner."""

from django import forms
from django.utils.translation import gettext_lazy as _

from r1540.core.forms import AuditedModelForm
from r1540.core.i18n import translated_fields
from r1540.directory.models import State
from r1540.outreach.models import CooperationActivity, Event


class CooperationActivityForm(AuditedModelForm):
    """An activity with the partner the page is about. The model's rule (a joint country visit
    names the State that invited it) puts its errors on the State and invitation fields."""

    class Meta:
        model = CooperationActivity
        fields = [
            "kind",
            "activity_date",
            "date_precision",
            *translated_fields("title"),
            *translated_fields("description"),
            "state",
            "invited_by_state",
            "event",
            "confidence",
            "source",
            "published",
        ]
        widgets = {
            "activity_date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "source": forms.Textarea(attrs={"rows": 2}),
            **{column: forms.Textarea(attrs={"rows": 3}) for column in translated_fields("description")},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["title_en"].required = True
        self.fields["state"].queryset = State.objects.order_by("name_en")
        self.fields["event"].queryset = Event.objects.order_by("-start_date")
        self.fields["confidence"].initial = "verified"
        if self.instance.pk is None:
            self.fields["reason"].required = False
            self.fields["reason"].help_text = _("Optional for a new activity.")
