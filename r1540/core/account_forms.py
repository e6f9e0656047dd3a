"""Forms of the account-security pages: the second sign-in step and the authenticator set-up."""

from django import forms
from django.utils.translation import gettext_lazy as _

from r1540.core.forms import StyledForm


class CodeForm(StyledForm):
    """A six-digit code from the authenticator app, or one recovery code."""

    code = forms.CharField(
        label=_("Code"),
        max_length=32,
        help_text=_("The six-digit code your authenticator app shows now, or one of your recovery codes."),
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "autocapitalize": "off", "spellcheck": "false", "autofocus": True}
        ),
    )

    def clean_code(self):
        return "".join(self.cleaned_data["code"].split())


class SetupCodeForm(CodeForm):
    """The first code of a new authenticator, which confirms it."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["code"].help_text = _("The six-digit code your authenticator app shows for r1540.")
        self.fields["code"].widget.attrs["inputmode"] = "numeric"
