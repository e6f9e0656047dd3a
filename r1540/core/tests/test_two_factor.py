"""Two-factor authentication: the code asked at sign-in, setting it up, recovery codes, and the
rule that administrators reach nothing before they have it."""

import base64
import datetime

import pytest
import time_machine
from axes.models import AccessAttempt, AccessLog
from django.conf import settings as django_settings
from django.contrib.auth import SESSION_KEY
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from r1540.core import accounts
from r1540.core.roles import PUBLIC, Role
from r1540.core.tests.factories import UserFactory, confirmed_totp_device, current_code

PASSWORD = "a-long-test-password"
NEXT = "/programme/calendar/"


@pytest.fixture
def require_two_factor(settings):
    """The production rule (the test settings turn it off for the force_login cast)."""
    settings.R1540_TWO_FACTOR_REQUIRED_ROLES = django_settings.R1540_TWO_FACTOR_REQUIRED_ROLES_IN_PRODUCTION
    assert settings.R1540_TWO_FACTOR_REQUIRED_ROLES == ["administrator"]


def sign_in(client, username, password=PASSWORD, next_url=NEXT, **extra):
    return client.post(reverse("core:login"), {"username": username, "password": password, "next": next_url}, **extra)


def enter_code(client, code, **extra):
    return client.post(reverse("core:login_verify"), {"code": code}, **extra)


def pending_device(page):
    """The authenticator the set-up page shows, as the user's phone holds it (not saved)."""
    return TOTPDevice(key=base64.b32decode(page.context["key"]).hex())


def signed_in_user_id(client):
    return client.session.get(SESSION_KEY)


@pytest.fixture
def expert(db):
    return UserFactory(username="expert", role=Role.EXPERT)


@pytest.fixture
def admin(db):
    return UserFactory(username="admin", role=Role.ADMINISTRATOR, is_staff=True, is_superuser=True)


# --- Signing in with a code ---------------------------------------------------------------------


def test_sign_in_asks_for_the_code_of_a_user_with_an_authenticator(client, expert):
    device = confirmed_totp_device(expert)
    response = sign_in(client, "expert")
    assert response.status_code == 302
    assert response["Location"] == reverse("core:login_verify")
    # The password alone signs nobody in.
    assert signed_in_user_id(client) is None
    assert client.get(reverse("core:account")).status_code == 302
    page = client.get(reverse("core:login_verify"))
    assert page.status_code == 200
    assert 'autocomplete="one-time-code"' in page.content.decode()

    response = enter_code(client, current_code(device))
    assert response.status_code == 302
    assert response["Location"] == NEXT
    assert signed_in_user_id(client) == str(expert.pk)
    assert client.session[DEVICE_ID_SESSION_KEY] == device.persistent_id
    # The sign-in is logged once the code is right (who, when, from where).
    log = AccessLog.objects.get()
    assert (log.username, log.ip_address) == ("expert", "127.0.0.1")


def test_a_user_without_an_authenticator_signs_in_with_the_password(client, expert):
    response = sign_in(client, "expert")
    assert response["Location"] == NEXT
    assert signed_in_user_id(client) == str(expert.pk)


def test_a_wrong_code_signs_nobody_in_and_an_unsafe_next_is_dropped(client, expert):
    device = confirmed_totp_device(expert)
    sign_in(client, "expert", next_url="https://evil.example/")
    response = enter_code(client, "000000" if current_code(device) != "000000" else "111111")
    assert response.status_code == 200
    assert response.context["form"].errors["code"]
    assert signed_in_user_id(client) is None
    with time_machine.travel(timezone.now() + datetime.timedelta(seconds=31)):
        response = enter_code(client, current_code(device))
    assert response["Location"] == reverse("public:home")


def test_wrong_codes_count_towards_the_lock_out(client, expert, settings):
    settings.OTP_TOTP_THROTTLE_FACTOR = 0  # the lock-out, not the device's own back-off, is tested
    device = confirmed_totp_device(expert)
    sign_in(client, "expert")
    wrong = "000000" if current_code(device) != "000000" else "111111"
    for _attempt in range(settings.AXES_FAILURE_LIMIT - 1):
        assert enter_code(client, wrong).status_code == 200
    response = enter_code(client, wrong)
    assert response.status_code == 429
    assert "Too many failed sign-ins" in response.content.decode()
    assert AccessAttempt.objects.get(username="expert").failures_since_start == settings.AXES_FAILURE_LIMIT
    # Even the right code is refused now, and so is the password from anywhere.
    assert enter_code(client, current_code(device)).status_code == 429
    assert signed_in_user_id(client) is None
    assert sign_in(Client(), "expert", REMOTE_ADDR="10.9.9.9").status_code == 429


def test_the_code_step_expires(client, expert):
    device = confirmed_totp_device(expert)
    sign_in(client, "expert")
    with time_machine.travel(timezone.now() + accounts.PENDING_MAX_AGE + datetime.timedelta(seconds=5)):
        response = enter_code(client, current_code(device))
    assert response.status_code == 302
    assert response["Location"] == reverse("core:login")
    assert signed_in_user_id(client) is None


def test_a_recovery_code_signs_in_once(client, expert):
    confirmed_totp_device(expert)
    codes = accounts.recovery_codes_create(user=expert)
    assert len(codes) == 10 and len(set(codes)) == 10
    sign_in(client, "expert")
    response = enter_code(client, codes[0].upper())
    assert response.status_code == 302
    assert signed_in_user_id(client) == str(expert.pk)
    assert StaticToken.objects.filter(device__user=expert).count() == 9

    again = Client()
    sign_in(again, "expert")
    assert enter_code(again, codes[0]).status_code == 200
    assert signed_in_user_id(again) is None


# --- Setting it up ------------------------------------------------------------------------------


def test_an_expert_sets_up_an_authenticator_and_gets_recovery_codes(client, expert):
    client.force_login(expert)
    account = client.get(reverse("core:account")).content.decode()
    assert reverse("core:two_factor_setup") in account
    page = client.get(reverse("core:two_factor_setup"))
    assert page.status_code == 200
    html = page.content.decode()
    assert "<svg" in html and "<?xml" not in html  # the QR code, inline, drawn on the server
    assert 'role="img"' in html
    assert not TOTPDevice.objects.filter(user=expert).exists()  # showing the page writes no device
    device = pending_device(page)
    assert page.context["key"] in html
    assert page.context["config_url"].startswith("otpauth://totp/r1540%3Aexpert?secret=")

    response = client.post(reverse("core:two_factor_setup"), {"action": "confirm", "code": "12345"})
    assert response.context["form"].errors["code"]
    assert not accounts.has_confirmed_device(expert)

    with time_machine.travel(timezone.now() + datetime.timedelta(seconds=3)):  # past the back-off
        response = client.post(reverse("core:two_factor_setup"), {"action": "confirm", "code": current_code(device)})
    assert response.status_code == 200
    codes = response.context["codes"]
    assert len(codes) == 10
    assert all(code in response.content.decode() for code in codes)
    assert accounts.has_confirmed_device(expert)
    assert client.session[DEVICE_ID_SESSION_KEY] == TOTPDevice.objects.get(user=expert).persistent_id

    # From now on the sign-in asks for the code.
    fresh = Client()
    assert sign_in(fresh, "expert")["Location"] == reverse("core:login_verify")
    # Shown once: the management page only counts them.
    page = client.get(reverse("core:two_factor_setup"))
    assert page.context["recovery_codes_left"] == 10
    assert codes[0] not in page.content.decode()


def test_turning_it_off_takes_a_code(client, expert):
    device = confirmed_totp_device(expert)
    sign_in(client, "expert")
    enter_code(client, current_code(device))
    response = client.post(reverse("core:two_factor_setup"), {"action": "disable", "code": "99999999"})
    assert response.status_code == 200 and response.context["form"].errors["code"]
    assert accounts.has_confirmed_device(expert)
    codes = client.post(reverse("core:two_factor_setup"), {"action": "recovery"}).context["codes"]
    response = client.post(reverse("core:two_factor_setup"), {"action": "disable", "code": codes[0]})
    assert response.status_code == 302
    assert not accounts.has_confirmed_device(expert)
    assert not StaticToken.objects.filter(device__user=expert).exists()


def test_a_session_that_skipped_the_code_cannot_change_the_authenticator(client, expert):
    """A password alone (here: force_login) must not be enough to replace or remove the phone."""
    confirmed_totp_device(expert)
    client.force_login(expert)
    page = client.get(reverse("core:two_factor_setup"))
    assert page.status_code == 200 and page.context["verified"] is False
    client.post(reverse("core:two_factor_setup"), {"action": "recovery"})
    client.post(reverse("core:two_factor_setup"), {"action": "disable", "code": "x"})
    client.post(reverse("core:two_factor_setup"), {"action": "confirm", "code": "000000"})
    assert TOTPDevice.objects.filter(user=expert).count() == 1
    assert not StaticToken.objects.filter(device__user=expert).exists()


def test_points_of_contact_are_not_offered_two_factor(client, db):
    from r1540.directory.tests.factories import StateFactory

    poc = UserFactory(username="poc", role=Role.STATE_POC, state=StateFactory())
    client.force_login(poc)
    assert client.get(reverse("core:two_factor_setup")).status_code == 403
    assert reverse("core:two_factor_setup") not in client.get(reverse("core:account")).content.decode()


# --- Required of administrators ------------------------------------------------------------------


def test_an_administrator_without_an_authenticator_reaches_nothing_before_setting_it_up(
    client, world, cast, require_two_factor
):
    """Every URL of the permission table, /admin/ and the API included."""
    from r1540.core.tests.test_permissions import CASES

    admin = cast[Role.ADMINISTRATOR]
    client.force_login(admin)
    setup = reverse("core:two_factor_setup")
    reachable = {
        "core:two_factor_setup",
        "core:logout",
        "core:login",
        "core:login_verify",
        "set_language",
    }
    checked = 0
    for case in CASES:
        if case.url_name in reachable:
            continue
        url = reverse(case.url_name, kwargs=case.kwargs(world))
        response = getattr(client, case.method)(url, case.data(world))
        assert response.status_code == 302, case.id
        assert response["Location"].startswith(setup), case.id
        checked += 1
    assert checked > 100
    for url in ["/admin/", "/admin/core/user/", "/api/v1/", reverse("pointofcontact-list")]:
        response = client.get(url)
        assert response.status_code == 302 and response["Location"].startswith(setup), url
    assert signed_in_user_id(client) == str(admin.pk)

    # Setting it up opens everything.
    page = client.get(setup)
    assert page.status_code == 200
    device = pending_device(page)
    response = client.post(setup, {"action": "confirm", "code": current_code(device), "next": "/admin/"})
    assert response.context["continue_url"] == "/admin/"
    assert client.get("/admin/").status_code == 200
    assert client.get(reverse("core:account")).status_code == 200


def test_an_administrator_with_an_authenticator_but_no_code_is_signed_out(client, admin, require_two_factor):
    confirmed_totp_device(admin)
    client.force_login(admin)  # a session that did not go through the code
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("core:login"))
    assert signed_in_user_id(client) is None


def test_an_administrator_signs_in_with_password_and_code(client, admin, require_two_factor):
    device = confirmed_totp_device(admin)
    sign_in(client, "admin", next_url="/admin/")
    response = enter_code(client, current_code(device))
    assert response["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200


def test_the_admin_site_signs_in_through_the_platform(client, admin):
    response = client.get("/admin/login/?next=/admin/core/user/")
    assert response.status_code == 302
    assert response["Location"] == "{}?next=/admin/core/user/".format(reverse("core:login"))
    # Its own form is gone: a POST there signs nobody in.
    client.post("/admin/login/", {"username": "admin", "password": PASSWORD})
    assert signed_in_user_id(client) is None


def test_the_roles_asked_for_two_factor():
    assert django_settings.R1540_TWO_FACTOR_REQUIRED_ROLES_IN_PRODUCTION == [Role.ADMINISTRATOR]
    assert set(django_settings.R1540_TWO_FACTOR_ROLES) == {
        Role.EXPERT,
        Role.SECRETARIAT,
        Role.DELEGATION,
        Role.ADMINISTRATOR,
    }
    assert PUBLIC not in django_settings.R1540_TWO_FACTOR_ROLES
