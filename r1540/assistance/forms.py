"""Forms of the assistance mechanism."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from r1540.assistance import choices
from r1540.assistance.models import AssistanceOffer, AssistanceRequest, Communication
from r1540.core.filters import QueryForm, YearField
from r1540.core.forms import AuditedModelForm, StyledForm, StyledFormMixin

DATE = forms.DateInput(attrs={"type": "date"})


class AssistanceRequestForm(AuditedModelForm):
    """The assistance template. A State's POC fills it for its own State; the secretariat enters
    requests received by note verbale, in a national report or by referral."""

    class Meta:
        model = AssistanceRequest
        fields = [
            "state",
            "title",
            "description",
            "language",
            "areas",
            "weapons",
            "types",
            "assistance_received",
            "action_plan",
            "channel",
            "received_date",
            "published",
        ]
        widgets = {
            "received_date": DATE,
            "description": forms.Textarea(attrs={"rows": 6}),
            "assistance_received": forms.Textarea(attrs={"rows": 2}),
        }

    def __init__(self, *args, bound_state=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["action_plan"].queryset = self.fields["action_plan"].queryset.select_related("state")
        if bound_state is not None:  # a POC submits for its own State, online
            for name in ("state", "channel"):
                self.fields[name].disabled = True
            self.fields["state"].initial = bound_state.pk
            self.fields["channel"].initial = choices.Channel.ONLINE
            self.fields["action_plan"].queryset = self.fields["action_plan"].queryset.filter(state=bound_state)
        if self.instance.pk is None:
            self.fields["reason"].required = False


class AssistanceOfferForm(AuditedModelForm):
    class Meta:
        model = AssistanceOffer
        fields = [
            "provider_state",
            "provider_organization",
            "title",
            "description",
            "language",
            "areas",
            "weapons",
            "types",
            "regions",
            "languages_served",
            "standing",
            "contact",
            "published",
        ]
        widgets = {"description": forms.Textarea(attrs={"rows": 6}), "contact": forms.Textarea(attrs={"rows": 2})}

    def __init__(self, *args, bound_state=None, bound_organization=None, **kwargs):
        super().__init__(*args, **kwargs)
        if bound_state is not None or bound_organization is not None:
            for name in ("provider_state", "provider_organization"):
                self.fields[name].disabled = True
            self.fields["provider_state"].initial = bound_state.pk if bound_state else None
            self.fields["provider_organization"].initial = bound_organization.pk if bound_organization else None
        if self.instance.pk is None:
            self.fields["reason"].required = False


class MoveForm(StyledForm):
    status = forms.CharField(widget=forms.HiddenInput)
    reason = forms.CharField(label=_("Reason"), widget=forms.Textarea(attrs={"rows": 2}), max_length=500)
    fulfilment = forms.ChoiceField(label=_("Need met"), choices=choices.Fulfilment.choices, required=False)
    feedback = forms.CharField(label=_("Feedback"), widget=forms.Textarea(attrs={"rows": 3}), required=False)


class ProposeForm(StyledForm):
    offer = forms.IntegerField(widget=forms.HiddenInput)
    note = forms.CharField(label=_("Note"), required=False, max_length=500)


class CommunicationForm(StyledFormMixin, forms.ModelForm):
    class Meta:
        model = Communication
        fields = ["date", "kind", "summary", "match", "follow_up_date"]
        widgets = {"date": DATE, "follow_up_date": DATE, "summary": forms.Textarea(attrs={"rows": 2})}

    def __init__(self, *args, request_obj=None, **kwargs):
        super().__init__(*args, **kwargs)
        if request_obj is not None:
            self.fields["match"].queryset = request_obj.matches.select_related("offer")


def _current_quarter() -> int:
    return (timezone.localdate().month - 1) // 3 + 1


class QuarterQueryForm(QueryForm):
    """Which quarter's report (this one unless asked), and as what: the page, PDF or Word."""

    FORMATS = [("pdf", "PDF"), ("docx", "Word")]

    year = YearField(min_value=2004, required=False, initial=lambda: timezone.localdate().year)
    quarter = forms.IntegerField(min_value=1, max_value=4, required=False, initial=_current_quarter)
    format = forms.ChoiceField(choices=FORMATS, required=False)

    def clean_year(self):
        year = self.cleaned_data["year"]
        if year is not None and year > timezone.localdate().year + 1:
            raise forms.ValidationError(_("There is no report for that year yet."))
        return year


class LimitQueryForm(QueryForm):
    """How many suggestions, best first."""

    limit = forms.IntegerField(
        min_value=1,
        max_value=50,
        required=False,
        initial=10,
        error_messages={"invalid": _("Give a whole number from 1 to 50.")},
    )


class FeedbackForm(StyledForm):
    """The State's feedback on the assistance it received."""

    feedback = forms.CharField(label=_("Feedback"), required=False, widget=forms.Textarea)
