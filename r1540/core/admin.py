from django.contrib import admin
from django.contrib.auth.admin import UserAdmin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationAdmin
from simple_history.admin import SimpleHistoryAdmin

from r1540.core.models import PasswordResetRequest, User
from r1540.core.views.accounts import admin_login


class HistoryTranslationAdmin(SimpleHistoryAdmin, TranslationAdmin):
    """Admin for translated content whose history is kept (tabs per language, history view)."""


@admin.register(User)
class R1540UserAdmin(UserAdmin):
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
