"""What every page needs: the navigation and the language switcher."""

from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language_info

from r1540.core import roles
from r1540.core.navigation import menu_for


def platform(request):
    user = getattr(request, "user", None)
    path = request.get_full_path()
    site_languages = [
        {
            "code": code,
            "name_local": get_language_info(code)["name_local"],
            "bidi": get_language_info(code)["bidi"],
            "url": translate_url(path, code),  # the same page in that language, for hreflang links
        }
        for code, _name in settings.LANGUAGES
    ]
    return {
        # Named apart so that a page's own "languages" (those its content exists in) never hides it.
        "site_languages": site_languages,
        "menu": menu_for(user),
        "user_role": roles.role_of(user),
        "is_editor": roles.is_editor(user),
    }
