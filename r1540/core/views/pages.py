"""The platform's own pages: account, sign-in and password reset."""

from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse_lazy
from django.views.decorators.http import require_http_methods
from rest_framework.authtoken.models import Token

from r1540.core import accounts
from r1540.core.forms import LoginForm, PasswordResetForm, SetPasswordForm
from r1540.core.views.accounts import start_second_step


@login_required
@require_http_methods(["GET", "POST"])
def account(request):
    """The signed-in user's role and binding, their API token and their two-factor status."""
    new_token = None
    if request.method == "POST" and request.POST.get("action") == "token":
        new_token = accounts.api_token_rotate(user=request.user)
    has_token = new_token is not None or Token.objects.filter(user=request.user).exists()
    context = {"new_token": new_token, "has_token": has_token}
    if accounts.two_factor_offered(request.user):
        context["two_factor_on"] = accounts.has_confirmed_device(request.user)
    return render(request, "core/account.html", context)


class LoginView(auth_views.LoginView):
    """Sign in; a user with an authenticator goes on to the code (``core:login_verify``)."""

    form_class = LoginForm
    redirect_authenticated_user = True

    def form_valid(self, form):
        user = form.get_user()
        if accounts.has_confirmed_device(user):
            return start_second_step(self.request, user=user, next_url=self.get_redirect_url())
        return super().form_valid(form)


class PasswordResetView(auth_views.PasswordResetView):
    """Ask for a reset mail; past the hourly limit per address or per client no mail goes, and
    the answer is the same, so the limit tells nothing about which addresses have accounts."""

    form_class = PasswordResetForm
    success_url = reverse_lazy("core:password_reset_done")

    def form_valid(self, form):
        if accounts.password_reset_request_allow(
            email=form.cleaned_data["email"], ip_address=accounts.client_ip(self.request)
        ):
            return super().form_valid(form)
        return HttpResponseRedirect(self.get_success_url())


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    form_class = SetPasswordForm
    success_url = reverse_lazy("core:password_reset_complete")
