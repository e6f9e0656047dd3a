from django.contrib.auth import views as auth_views
from django.urls import path

from r1540.core.views import accounts, pages

app_name = "core"

urlpatterns = [
    path("account/", pages.account, name="account"),
    path("account/login/", pages.LoginView.as_view(), name="login"),
    path("account/login/code/", accounts.LoginVerifyView.as_view(), name="login_verify"),
    path("account/two-factor/", accounts.two_factor_setup, name="two_factor_setup"),
    path("account/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("account/password-reset/", pages.PasswordResetView.as_view(), name="password_reset"),
    path(
        "account/password-reset/sent/",
        auth_views.PasswordResetDoneView.as_view(),
        name="password_reset_done",
    ),
    path(
        "account/password-reset/<uidb64>/<token>/",
        pages.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path(
        "account/password-reset/complete/",
        auth_views.PasswordResetCompleteView.as_view(),
        name="password_reset_complete",
    ),
]
