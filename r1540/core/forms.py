"""Form bases: Bootstrap styling, and the reason and version every audited edit carries."""

from django import forms
from django.contrib.auth import forms as auth_forms
from django.contrib.auth.forms import AuthenticationForm
from django.db import transaction
from django.template import loader
from django.utils.translation import gettext_lazy as _

from r1540.core.limits import cap_form_field


def style_widget(field: forms.Field) -> None:
    widget = field.widget
    if isinstance(widget, (forms.CheckboxInput, forms.CheckboxSelectMultiple, forms.RadioSelect)):
        css = "form-check-input"
    elif isinstance(widget, (forms.Select, forms.SelectMultiple)):
        css = "form-select"
    elif isinstance(widget, forms.HiddenInput):
        return
    else:
        css = "form-control"
    widget.attrs["class"] = " ".join(filter(None, [widget.attrs.get("class"), css]))


class StyledFormMixin:
    """Give every widget its Bootstrap class, and every text field a length limit."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            style_widget(field)
            cap_form_field(field)


class StyledForm(StyledFormMixin, forms.Form):
    pass


def _nullable_text(model, name: str) -> bool:
    try:
        model_field = model._meta.get_field(name)
    except Exception:  # a form field that is not the model's
        return False
    return getattr(model_field, "null", False) and model_field.get_internal_type() in ("CharField", "TextField")


STALE_FORM = _(
    "This form does not say which version of the record it started from. Reload the page and make your change again."
)


class VersionField(forms.IntegerField):
    """The version of the record an edit started from (hidden); a save from an older one is refused."""

    widget = forms.HiddenInput

    def __init__(self, **kwargs):
        kwargs.setdefault("min_value", 0)
        super().__init__(error_messages={"required": STALE_FORM}, **kwargs)


class AuditedModelForm(StyledFormMixin, forms.ModelForm):
    """An edit of audited data: it says why, and it carries the version it started from so
    that a concurrent edit is detected instead of overwritten."""

    lock_version = VersionField(required=False)
    reason = forms.CharField(
        label=_("Reason for the change"),
        help_text=_("Kept in the history with your name and the time."),
        widget=forms.Textarea(attrs={"rows": 2}),
        max_length=500,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk is not None:
            # An edit always says which version it started from; without it, it is refused.
            self.fields["lock_version"].initial = self.instance.lock_version
            self.fields["lock_version"].required = True
        for name, field in self.fields.items():
            if isinstance(field, forms.CharField) and _nullable_text(self._meta.model, name):
                field.empty_value = None  # an empty box keeps an empty (null) value as it was
        # The reason goes last, after the data it explains.
        self.order_fields([name for name in self.fields if name not in ("reason", "lock_version")])


class LoginForm(StyledFormMixin, AuthenticationForm):
    pass


class SetPasswordForm(StyledFormMixin, auth_forms.SetPasswordForm):
    pass


class PasswordResetForm(StyledFormMixin, auth_forms.PasswordResetForm):
    """Password reset whose e-mail goes through the task queue."""

    def send_mail(
        self, subject_template_name, email_template_name, context, from_email, to_email, html_email_template_name=None
    ):
        from r1540.core.tasks import send_email

        subject = "".join(loader.render_to_string(subject_template_name, context).splitlines())
        body = loader.render_to_string(email_template_name, context)
        html_body = loader.render_to_string(html_email_template_name, context) if html_email_template_name else None
        transaction.on_commit(
            lambda: send_email.enqueue(subject=subject, body=body, to=[to_email], html_body=html_body)
        )
