"""What holds on every request: the response headers every answer carries (pages, the API, files
and errors), the idle time-out of sessions, and two-factor authentication for the roles that
require it."""

from __future__ import annotations

import time

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver
from django.shortcuts import redirect
from django.urls import resolve
from django.urls.exceptions import Resolver404
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from r1540.core import accounts

LAST_SEEN_SESSION_KEY = "r1540_last_seen"
#: The session is written at most this often just to move the time-out on.
TOUCH_EVERY = 60


@receiver(user_logged_in, dispatch_uid="r1540.core.middleware.start_idle_clock")
def start_idle_clock(sender, request, user, **kwargs):
    if request is not None and hasattr(request, "session"):
        request.session[LAST_SEEN_SESSION_KEY] = int(time.time())


class IdleTimeoutMiddleware:
    """Sign out a session idle for longer than ``SESSION_IDLE_TIMEOUT`` seconds."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.user.is_authenticated:
            now = int(time.time())
            last_seen = request.session.get(LAST_SEEN_SESSION_KEY)
            if last_seen is not None and now - last_seen > settings.SESSION_IDLE_TIMEOUT:
                logout(request)
                messages.info(request, _("You were signed out after a period without activity."))
            elif last_seen is None or now - last_seen >= TOUCH_EVERY:
                request.session[LAST_SEEN_SESSION_KEY] = now
        return self.get_response(request)


#: What a signed-in user who still owes a second factor may reach.
TWO_FACTOR_EXEMPT_URL_NAMES = frozenset(
    {
        "core:logout",
        "core:two_factor_setup",
        "core:login",
        "core:login_verify",
        "set_language",
    }
)


class TwoFactorRequiredMiddleware:
    """A user whose role requires two-factor authentication reaches nothing, ``/admin/`` and the
    API included, until the session is verified: with no authenticator yet, they are sent to set
    one up; with one (a session that did not sign in through the code, e.g. older than the rule),
    they sign in again."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = request.user
        if (
            user.is_authenticated
            and accounts.two_factor_required(user)
            and not accounts.session_is_verified(request)
            and not self._exempt(request)
        ):
            return self._redirect(request)
        return self.get_response(request)

    @staticmethod
    def _exempt(request) -> bool:
        if request.path.startswith(settings.STATIC_URL):
            return True
        try:
            match = resolve(request.path_info)
        except Resolver404:
            return False
        return match.view_name in TWO_FACTOR_EXEMPT_URL_NAMES

    @staticmethod
    def _redirect(request):
        from django.urls import reverse

        query = urlencode({"next": request.get_full_path()}) if request.method == "GET" else ""
        if accounts.has_confirmed_device(request.user):
            logout(request)
            target = reverse("core:login")
        else:
            target = reverse("core:two_factor_setup")
        return redirect("{}?{}".format(target, query) if query else target)


class PermissionsPolicyMiddleware:
    """Turns off the browser features the platform never uses (camera, microphone, location…), so
    that no page, and no script that found its way into one, can ask for them."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", settings.R1540_PERMISSIONS_POLICY)
        return response
