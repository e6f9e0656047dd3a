"""What every page needs: the navigation and the language switcher."""

from django.conf import settings
from django.utils.translation import get_language_info

from r1540.core import roles
from r1540.core.navigation import menu_for


def platform(request):
    user = getattr(request, "user", None)
    languages = [
        {"code": code, "name_local": get_language_info(code)["name_local"], "bidi": get_language_info(code)["bidi"]}
        for code, _name in settings.LANGUAGES
    ]
    return {
        "languages": languages,
        "menu": menu_for(user),
        "user_role": roles.role_of(user),
        "is_editor": roles.is_editor(user),
    }
