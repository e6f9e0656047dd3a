"""The platform's own pages: account, sign-in and password reset."""

from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.urls import reverse_lazy
from django.views.decorators.http import require_http_methods
from rest_framework.authtoken.models import Token

from r1540.core.forms import LoginForm, PasswordResetForm, SetPasswordForm


@login_required
@require_http_methods(["GET", "POST"])
def account(request):
    """The signed-in user's role and binding, and their API token."""
    new_token = None
    if request.method == "POST" and request.POST.get("action") == "token":
        Token.objects.filter(user=request.user).delete()
        new_token = Token.objects.create(user=request.user)
    has_token = new_token is not None or Token.objects.filter(user=request.user).exists()
    return render(request, "core/account.html", {"new_token": new_token, "has_token": has_token})


class LoginView(auth_views.LoginView):
    form_class = LoginForm
    redirect_authenticated_user = True


class PasswordResetView(auth_views.PasswordResetView):
    form_class = PasswordResetForm
    success_url = reverse_lazy("core:password_reset_done")


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    form_class = SetPasswordForm
    success_url = reverse_lazy("core:password_reset_complete")
