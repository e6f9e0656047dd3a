"""Account security pages: the second sign-in step (a code), setting up two-factor
authentication, and the admin site's sign-in sent to ours."""

from __future__ import annotations

import math
import time

from axes.handlers.proxy import AxesProxyHandler
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login as auth_login
from django.contrib.auth.decorators import login_required
from django.contrib.auth.signals import user_login_failed
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_http_methods
from django.views.generic import FormView

from r1540.core import accounts
from r1540.core.account_forms import CodeForm, SetupCodeForm
from r1540.core.models import User


def locked_out(request, original_response=None, credentials=None):
    """The page for a sign-in refused by the lock-out (django-axes), in the user's language."""
    minutes = max(1, math.ceil(settings.AXES_COOLOFF_TIME.total_seconds() / 60))
    context = {"failure_limit": settings.AXES_FAILURE_LIMIT, "minutes": minutes}
    return render(request, "registration/locked_out.html", context, status=429)


def _safe_next(request, candidate: str | None, default: str) -> str:
    if candidate and url_has_allowed_host_and_scheme(
        candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return candidate
    return default


def start_second_step(request, *, user, next_url: str) -> HttpResponseRedirect:
    """The password was right and the user has an authenticator: remember who is signing in (not
    signed in yet) and ask for the code."""
    request.session[accounts.PENDING_SESSION_KEY] = {
        "user": user.pk,
        "backend": user.backend,
        "started": int(time.time()),
        "next": next_url,
    }
    return redirect("core:login_verify")


def _pending_user(request) -> tuple[User | None, dict]:
    pending = request.session.get(accounts.PENDING_SESSION_KEY) or {}
    if not pending or time.time() - pending.get("started", 0) > accounts.PENDING_MAX_AGE.total_seconds():
        return None, {}
    user = User.objects.filter(pk=pending.get("user"), is_active=True).first()
    return user, pending


@method_decorator([sensitive_post_parameters(), never_cache], name="dispatch")
class LoginVerifyView(FormView):
    """Second step of signing in: a code from the authenticator, or a recovery code. Wrong codes
    count as failed sign-ins (the same lock-out as wrong passwords)."""

    form_class = CodeForm
    template_name = "registration/login_verify.html"

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated:
            return redirect("public:home")
        self.pending_user, self.pending = _pending_user(request)
        if self.pending_user is None:
            request.session.pop(accounts.PENDING_SESSION_KEY, None)
            messages.info(request, _("Sign in again: the code was not entered in time."))
            return redirect("core:login")
        return super().dispatch(request, *args, **kwargs)

    def form_valid(self, form):
        request = self.request
        user = self.pending_user
        credentials = {"username": user.get_username()}
        if not AxesProxyHandler.is_allowed(request, credentials):
            return locked_out(request, None, credentials)
        device = accounts.verify_code(user=user, token=form.cleaned_data["code"])
        if device is None:
            user_login_failed.send(sender=__name__, credentials=credentials, request=request)
            form.add_error("code", _("This code is not right, or was already used. Wait for a new code and try again."))
            return self.form_invalid(form)
        next_url = self.pending.get("next") or ""
        request.session.pop(accounts.PENDING_SESSION_KEY, None)
        auth_login(request, user, backend=self.pending["backend"])
        accounts.otp_session_login(request, device)
        if device.name == accounts.RECOVERY_DEVICE_NAME:
            messages.warning(
                request,
                _("You signed in with a recovery code; {count} left. Make new ones on your account page.").format(
                    count=accounts.recovery_codes_left(user)
                ),
            )
        return redirect(_safe_next(request, next_url, reverse("public:home")))


@login_required
@require_http_methods(["GET", "POST"])
@sensitive_post_parameters()
@never_cache
def two_factor_setup(request):
    """Set up, review or turn off two-factor authentication; make new recovery codes."""
    user = request.user
    if not accounts.two_factor_offered(user):
        raise PermissionDenied
    action = request.POST.get("action") if request.method == "POST" else None
    context = {
        "required": accounts.two_factor_required(user),
        "next": _safe_next(request, request.GET.get("next") or request.POST.get("next"), ""),
    }
    if accounts.has_confirmed_device(user):
        return _manage(request, action, context)

    form = SetupCodeForm(request.POST if action == "confirm" else None)
    if form.is_valid():
        codes = accounts.totp_device_confirm(request=request, token=form.cleaned_data["code"])
        if codes is not None:
            messages.success(request, _("Two-factor authentication is on."))
            return render(
                request,
                "core/two_factor_codes.html",
                {"codes": codes, "continue_url": context["next"] or reverse("core:account")},
            )
        form.add_error("code", _("This code is not right. Check the time on your phone and try the next code."))
    context.update({"form": form, **accounts.totp_provisioning(accounts.totp_device_pending(request))})
    return render(request, "core/two_factor_setup.html", context)


def _manage(request, action, context):
    user = request.user
    verified = accounts.session_is_verified(request)
    form = CodeForm(request.POST if action == "disable" else None)
    if action == "recovery" and verified:
        codes = accounts.recovery_codes_create(user=user)
        return render(
            request, "core/two_factor_codes.html", {"codes": codes, "continue_url": reverse("core:two_factor_setup")}
        )
    if action == "disable" and verified and form.is_valid():
        if accounts.verify_code(user=user, token=form.cleaned_data["code"]) is not None:
            accounts.two_factor_disable(user=user)
            messages.success(request, _("Two-factor authentication is off."))
            return redirect("core:two_factor_setup")
        form.add_error("code", _("This code is not right, or was already used."))
    context.update(
        {
            "verified": verified,
            "form": form,
            "recovery_codes_left": accounts.recovery_codes_left(user),
        }
    )
    return render(request, "core/two_factor_manage.html", context)


def admin_login(request, extra_context=None):
    """The admin site signs in through the platform's own sign-in, so the lock-out and the second
    factor apply there too."""
    next_url = _safe_next(request, request.GET.get("next"), reverse("admin:index"))
    if request.user.is_authenticated:
        if request.user.is_active and request.user.is_staff:
            return redirect(next_url)
        raise PermissionDenied
    return redirect_to_login(next_url, reverse("core:login"))
