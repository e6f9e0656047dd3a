from django import forms
from django.contrib import admin
from django.contrib.admin.utils import flatten_fieldsets
from django.contrib.auth.admin import UserAdmin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationAdmin
from simple_history.admin import SimpleHistoryAdmin

from r1540.core.filters import BoundedFormMixin
from r1540.core.forms import VersionField
from r1540.core.models import PasswordResetRequest, User
from r1540.core.services import ConcurrentEditError, audited_delete, audited_save
from r1540.core.views.accounts import admin_login


class ReasonedAdminForm(BoundedFormMixin, forms.ModelForm):
    """What every change made in the administration carries: why, and the version it started
    from (a save based on an older one is refused, as on the platform's own pages)."""

    reason = forms.CharField(
        label=_("Reason for the change"),
        help_text=_("Kept in the history with your name and the time."),
        widget=forms.Textarea(attrs={"rows": 2}),
        max_length=500,
    )
    lock_version = VersionField(required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk is None:
            self.fields["reason"].required = False
        elif hasattr(self.instance, "lock_version"):
            self.fields["lock_version"].initial = self.instance.lock_version
            self.fields["lock_version"].required = True

    def clean(self):
        cleaned = super().clean()
        expected = cleaned.get("lock_version")
        if self.instance.pk is not None and expected is not None:
            current = (
                type(self.instance)._default_manager.filter(pk=self.instance.pk).values_list("lock_version", flat=True)
            )
            if current.first() != expected:
                raise forms.ValidationError(str(ConcurrentEditError()))
        return cleaned


class AuditedAdmin(SimpleHistoryAdmin):
    """A model administered with its history kept: every save says why and is refused if someone
    else saved in between; a deletion is recorded with who did it."""

    def get_form(self, request, obj=None, change=False, **kwargs):
        base = kwargs.pop("form", None) or (getattr(self, "add_form", None) if obj is None else None) or self.form
        form = type(base.__name__, (ReasonedAdminForm, base), {})
        declared = set(ReasonedAdminForm.declared_fields)
        if "fields" not in kwargs:  # the model's fields; the reason and version are the form's own
            kwargs["fields"] = [
                name for name in flatten_fieldsets(self.get_fieldsets(request, obj)) if name not in declared
            ]
        return super().get_form(request, obj, change=change, form=form, **kwargs)

    def get_fieldsets(self, request, obj=None):
        fields = ["reason", "lock_version"] if obj is not None and hasattr(obj, "lock_version") else ["reason"]
        return [*super().get_fieldsets(request, obj), (_("Why"), {"fields": fields})]

    def save_model(self, request, obj, form, change):
        audited_save(
            obj=obj,
            actor=request.user,
            reason=form.cleaned_data.get("reason", ""),
            created_reason=_("Created in the administration"),
            expected_version=form.cleaned_data.get("lock_version"),
        )

    def delete_model(self, request, obj):
        audited_delete(obj=obj, actor=request.user, reason=str(_("Deleted in the administration")))


class HistoryTranslationAdmin(AuditedAdmin, TranslationAdmin):
    """Admin for translated content whose history is kept (tabs per language, history view)."""


@admin.register(User)
class R1540UserAdmin(AuditedAdmin, UserAdmin):
    list_display = ("username", "email", "role", "state", "organization", "council_seat", "is_active", "is_demo")
    list_filter = ("role", "is_active", "is_demo")
    fieldsets = (
        *UserAdmin.fieldsets,
        (_("Role in r1540"), {"fields": ("role", "state", "organization", "council_seat", "language", "is_demo")}),
    )


@admin.register(PasswordResetRequest)
class PasswordResetRequestAdmin(admin.ModelAdmin):
    """The reset mails of the last hour, by address and client (read-only)."""

    list_display = ("email", "ip_address", "requested_at")
    search_fields = ("email", "ip_address")
    date_hierarchy = "requested_at"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


# The admin site signs in through the platform's sign-in (lock-out, second factor).
admin.site.login = admin_login
