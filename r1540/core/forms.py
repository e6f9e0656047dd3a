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


class AuditedModelForm(StyledFormMixin, forms.ModelForm):
    """An edit of audited data: it says why, and it carries the version it started from so
    that a concurrent edit is detected instead of overwritten."""

    lock_version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    reason = forms.CharField(
        label=_("Reason for the change"),
        help_text=_("Kept in the history with your name and the time."),
        widget=forms.Textarea(attrs={"rows": 2}),
        max_length=500,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk is not None:
            self.fields["lock_version"].initial = self.instance.lock_version
        # The reason goes last, after the data it explains.
        self.order_fields([name for name in self.fields if name not in ("reason", "lock_version")])


class CodeListMixin:
    """Model fields that hold space-separated codes (``"nuclear chemical"``) edited as check
    boxes: ``code_lists = {"weapons": Weapon.choices}``."""

    code_lists: dict[str, list[tuple[str, str]]] = {}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, choices in self.code_lists.items():
            model_field = self._meta.model._meta.get_field(name)
            self.fields[name] = forms.MultipleChoiceField(
                label=model_field.verbose_name.capitalize(),
                choices=choices,
                required=not model_field.blank,
                widget=forms.CheckboxSelectMultiple,
                initial=(getattr(self.instance, name) or "").split(),
            )
            style_widget(self.fields[name])

    def clean(self):
        cleaned = super().clean()
        for name in self.code_lists:
            if name in cleaned:
                cleaned[name] = " ".join(cleaned[name])
                setattr(self.instance, name, cleaned[name])
        return cleaned


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
