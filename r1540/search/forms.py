from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from r1540.core.forms import StyledFormMixin
from r1540.directory.models import State
from r1540.search.sources import SOURCES


class SearchForm(StyledFormMixin, forms.Form):
    """What the search page and the API accept; a bad filter is reported, never ignored. A State
    is named by its ISO code in any case."""

    q = forms.CharField(label=_("Search for"), max_length=200, required=False)
    kind = forms.ChoiceField(label=_("Kind"), required=False)
    state = forms.ModelChoiceField(label=_("State"), queryset=State.objects.all(), to_field_name="iso3", required=False)
    year = forms.IntegerField(label=_("Year"), min_value=1945, max_value=2100, required=False)
    language = forms.ChoiceField(
        label=_("Language of the text"), choices=[("", _("Any"))] + list(settings.LANGUAGES), required=False
    )

    def __init__(self, data=None, *args, **kwargs):
        if data is not None and data.get("state"):
            data = data.copy()
            data["state"] = data["state"].upper()
        super().__init__(data, *args, **kwargs)
        self.fields["kind"].choices = [("", _("Any"))] + [(source.kind, source.label) for source in SOURCES]

    def options(self) -> dict:
        data = self.cleaned_data
        return {
            "kind": data.get("kind") or "",
            "state_id": data["state"].pk if data.get("state") else None,
            "year": data.get("year"),
            "language": data.get("language") or "",
        }
