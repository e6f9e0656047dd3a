"""The query string of the coverage pages."""

from django import forms
from django.conf import settings

from r1540.core.filters import QueryForm
from r1540.translations.choices import Status


class CoverageQueryForm(QueryForm):
    """Which language and status to list, and which page; anything else lists them all."""

    language = forms.ChoiceField(choices=[("", "")] + list(settings.LANGUAGES), required=False)
    status = forms.ChoiceField(choices=[("", "")] + list(Status.choices), required=False)
    page = forms.IntegerField(min_value=1, required=False, initial=1)
