from __future__ import annotations

import datetime

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from r1540.core.filters import BoundedFormMixin

#: The longest period shown at once; the CSV of a longer one is a few downloads.
LONGEST_PERIOD = datetime.timedelta(days=3 * 366)
DATE = forms.DateInput(attrs={"type": "date", "class": "form-control form-control-sm"})


class PeriodForm(BoundedFormMixin, forms.Form):
    """The last 30, 90 or 365 days, or the days from one date to another."""

    LAST_DAYS = [(30, _("Last 30 days")), (90, _("Last 90 days")), (365, _("Last 365 days"))]

    days = forms.TypedChoiceField(label=_("Period"), choices=LAST_DAYS, coerce=int, required=False, initial=30)
    from_date = forms.DateField(label=pgettext_lazy("start of a period", "From"), required=False, widget=DATE)
    to_date = forms.DateField(label=pgettext_lazy("end of a period", "To"), required=False, widget=DATE)

    def clean(self):
        data = super().clean()
        start, end = data.get("from_date"), data.get("to_date") or timezone.localdate()
        if start and start > end:
            raise forms.ValidationError(_("The period ends before it starts."))
        if start and end - start > LONGEST_PERIOD:
            raise forms.ValidationError(_("Choose a period of at most three years."))
        return data

    def period(self) -> tuple[datetime.date, datetime.date]:
        """The first and last day; the last 30 days when nothing valid was chosen."""
        today = timezone.localdate()
        data = self.cleaned_data if self.is_valid() else {}
        if data.get("from_date"):
            return data["from_date"], data.get("to_date") or today
        end = data.get("to_date") or today
        return end - datetime.timedelta(days=(data.get("days") or 30) - 1), end
