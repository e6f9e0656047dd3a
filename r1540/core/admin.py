from django.contrib import admin
from django.contrib.auth.admin import UserAdmin
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationAdmin
from simple_history.admin import SimpleHistoryAdmin

from r1540.core.models import User


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
