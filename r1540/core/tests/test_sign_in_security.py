"""The edges of signing in: lock-out per account and per address, the sign-in log, the limit on
reset mails, the idle time-out, whose address a proxy header may claim, and the secret key."""

import datetime
import os
import subprocess
import sys

import pytest
import time_machine
from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.conf import settings as django_settings
from django.contrib.auth import SESSION_KEY
from django.core import mail
from django.test import Client, RequestFactory
from django.urls import reverse
from django.utils import timezone
from rest_framework.request import Request
from rest_framework.throttling import AnonRateThrottle

from r1540.core import accounts
from r1540.core.roles import Role
from r1540.core.tests.factories import UserFactory

PASSWORD = "a-long-test-password"
pytestmark = pytest.mark.django_db


def sign_in(username, password=PASSWORD, client=None, **extra):
    client = client or Client()
    response = client.post(reverse("core:login"), {"username": username, "password": password}, **extra)
    return client, response


def signed_in(client):
    return client.session.get(SESSION_KEY) is not None


@pytest.fixture
def expert():
    return UserFactory(username="expert", role=Role.EXPERT)


# --- Lock-out --------------------------------------------------------------------------------


def test_an_account_is_locked_after_repeated_failures_from_any_address(expert, settings):
    for attempt in range(settings.AXES_FAILURE_LIMIT):
        _client, response = sign_in("expert", "wrong-password", REMOTE_ADDR="10.0.0.{}".format(attempt + 1))
    assert response.status_code == 429
    # The right password, from a new address, is refused too until the wait is over.
    client, response = sign_in("expert", REMOTE_ADDR="10.0.1.1")
    assert response.status_code == 429
    assert "Too many failed sign-ins" in response.content.decode()
    assert not signed_in(client)
    later = timezone.now() + settings.AXES_COOLOFF_TIME + datetime.timedelta(seconds=1)
    with time_machine.travel(later):
        client, response = sign_in("expert", REMOTE_ADDR="10.0.1.1")
    assert response.status_code == 302 and signed_in(client)


def test_an_address_is_locked_after_failures_on_many_accounts(expert, settings):
    for attempt in range(settings.AXES_FAILURE_LIMIT):
        sign_in("nobody-{}".format(attempt), "wrong-password", REMOTE_ADDR="10.0.0.7")
    # The address is locked, even for a real account and its right password...
    client, response = sign_in("expert", REMOTE_ADDR="10.0.0.7")
    assert response.status_code == 429 and not signed_in(client)
    # ...a forged X-Forwarded-For does not free it (no proxy is configured)...
    client, response = sign_in("expert", REMOTE_ADDR="10.0.0.7", HTTP_X_FORWARDED_FOR="192.0.2.44")
    assert response.status_code == 429
    # ...while the account itself is not locked.
    client, response = sign_in("expert", REMOTE_ADDR="10.0.0.8")
    assert response.status_code == 302 and signed_in(client)


def test_changing_x_forwarded_for_does_not_spread_failures_over_addresses(expert, settings):
    for attempt in range(settings.AXES_FAILURE_LIMIT):
        sign_in(
            "other-{}".format(attempt),
            "wrong",
            REMOTE_ADDR="10.0.0.9",
            HTTP_X_FORWARDED_FOR="192.0.2.{}".format(attempt),
        )
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {"10.0.0.9"}
    assert sign_in("expert", REMOTE_ADDR="10.0.0.9")[1].status_code == 429


def test_sign_ins_and_failures_are_logged_for_the_administrators(client, expert):
    sign_in("expert", "wrong-password", REMOTE_ADDR="10.0.0.3", HTTP_USER_AGENT="Attacker/1.0")
    sign_in("expert", REMOTE_ADDR="10.0.0.4", HTTP_USER_AGENT="Browser/2.0")
    failure = AccessFailureLog.objects.get()
    assert (failure.username, failure.ip_address, failure.user_agent) == ("expert", "10.0.0.3", "Attacker/1.0")
    success = AccessLog.objects.get()
    assert (success.username, success.ip_address, success.user_agent) == ("expert", "10.0.0.4", "Browser/2.0")
    assert success.attempt_time is not None

    admin = UserFactory(username="admin", role=Role.ADMINISTRATOR, is_staff=True, is_superuser=True)
    client.force_login(admin)
    for model in ("accesslog", "accessfailurelog", "accessattempt"):
        page = client.get(reverse("admin:axes_{}_changelist".format(model)))
        assert page.status_code == 200, model
    assert "10.0.0.3" in client.get(reverse("admin:axes_accessfailurelog_changelist")).content.decode()
    assert "10.0.0.4" in client.get(reverse("admin:axes_accesslog_changelist")).content.decode()


def test_the_client_address_follows_the_configured_proxies(settings):
    request = RequestFactory().get("/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="198.51.100.7, 203.0.113.9")
    settings.NUM_PROXIES = 0
    assert accounts.client_ip(request) == "10.0.0.1"
    settings.NUM_PROXIES = 1
    assert accounts.client_ip(request) == "203.0.113.9"
    settings.NUM_PROXIES = 2
    assert accounts.client_ip(request) == "198.51.100.7"
    settings.NUM_PROXIES = 5  # more proxies than addresses: the first one
    assert accounts.client_ip(request) == "198.51.100.7"


def test_no_proxy_is_trusted_by_default():
    assert django_settings.NUM_PROXIES == 0
    assert django_settings.REST_FRAMEWORK["NUM_PROXIES"] == 0


# --- The API's anonymous throttle -------------------------------------------------------------


class OnePerMinute(AnonRateThrottle):
    rate = "1/minute"


def api_request(forwarded_for, remote_addr="10.0.0.1"):
    return Request(RequestFactory().get("/api/v1/", REMOTE_ADDR=remote_addr, HTTP_X_FORWARDED_FOR=forwarded_for))


def test_two_x_forwarded_for_values_from_one_address_share_one_api_bucket(settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "throttle"}}
    assert OnePerMinute().allow_request(api_request("198.51.100.1"), None)
    assert not OnePerMinute().allow_request(api_request("198.51.100.2"), None)
    # Another connection address has its own bucket.
    assert OnePerMinute().allow_request(api_request("198.51.100.2", remote_addr="10.0.0.2"), None)


def test_behind_a_configured_proxy_the_api_buckets_follow_the_forwarded_address(settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "proxy"}}
    settings.REST_FRAMEWORK = {**settings.REST_FRAMEWORK, "NUM_PROXIES": 1}
    assert OnePerMinute().allow_request(api_request("198.51.100.1"), None)
    assert OnePerMinute().allow_request(api_request("198.51.100.2"), None)
    assert not OnePerMinute().allow_request(api_request("198.51.100.2"), None)


# --- Reset mails ------------------------------------------------------------------------------


def ask_for_reset(email, remote_addr, django_capture_on_commit_callbacks, **extra):
    with django_capture_on_commit_callbacks(execute=True):
        response = Client().post(reverse("core:password_reset"), {"email": email}, REMOTE_ADDR=remote_addr, **extra)
    assert response.status_code == 302
    assert response["Location"] == reverse("core:password_reset_done")


def test_reset_mails_for_one_address_are_limited_whatever_the_client(
    expert, settings, django_capture_on_commit_callbacks
):
    limit = settings.R1540_PASSWORD_RESET_PER_EMAIL
    for attempt in range(limit + 3):
        ask_for_reset("Expert@example.org", "10.0.2.{}".format(attempt), django_capture_on_commit_callbacks)
    assert len(mail.outbox) == limit
    with time_machine.travel(timezone.now() + datetime.timedelta(hours=1, seconds=1)):
        ask_for_reset("expert@example.org", "10.0.3.1", django_capture_on_commit_callbacks)
    assert len(mail.outbox) == limit + 1


def test_reset_mails_from_one_client_are_limited_whatever_the_address(settings, django_capture_on_commit_callbacks):
    limit = settings.R1540_PASSWORD_RESET_PER_CLIENT
    users = [UserFactory(username="user-{}".format(n), role=Role.EXPERT) for n in range(limit + 2)]
    for n, user in enumerate(users):
        # A different forged X-Forwarded-For each time changes nothing.
        ask_for_reset(
            user.email, "10.0.4.1", django_capture_on_commit_callbacks, HTTP_X_FORWARDED_FOR="192.0.2.{}".format(n)
        )
    assert len(mail.outbox) == limit
    ask_for_reset(users[-1].email, "10.0.4.2", django_capture_on_commit_callbacks)
    assert len(mail.outbox) == limit + 1


def test_unknown_addresses_count_too_so_the_limit_reveals_no_account(settings):
    for _attempt in range(settings.R1540_PASSWORD_RESET_PER_EMAIL):
        assert accounts.password_reset_request_allow(email="nobody@example.org", ip_address="10.0.5.1")
    assert not accounts.password_reset_request_allow(email="nobody@example.org", ip_address="10.0.5.2")


# --- Idle time-out ----------------------------------------------------------------------------


def test_a_session_ends_after_the_idle_time_out_but_not_while_in_use(client, expert, settings):
    assert settings.SESSION_IDLE_TIMEOUT == 30 * 60
    account = reverse("core:account")
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        client.force_login(expert)
    for minutes in (20, 40, 60):  # a request every 20 minutes keeps it open
        with time_machine.travel(start + datetime.timedelta(minutes=minutes), tick=False):
            assert client.get(account).status_code == 200, minutes
    with time_machine.travel(start + datetime.timedelta(minutes=60 + 31), tick=False):
        response = client.get(account)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("core:login"))
    assert not signed_in(client)


def test_the_idle_time_out_comes_from_the_environment():
    code = "from r1540 import settings; print(settings.SESSION_IDLE_TIMEOUT)"
    output = run_settings(code, R1540_SESSION_IDLE_MINUTES="5")
    assert output.returncode == 0, output.stderr
    assert output.stdout.strip() == "300"


# --- The secret key ---------------------------------------------------------------------------


def run_settings(code, **environment):
    env = {key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "R1540_"))}
    env.update(environment)
    return subprocess.run(  # noqa: S603  (our own interpreter, fixed code)
        [sys.executable, "-c", code],
        cwd=django_settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_without_debug_the_settings_refuse_to_start_without_a_secret_key():
    output = run_settings("import r1540.settings", DJANGO_DEBUG="false")
    assert output.returncode != 0
    assert "ImproperlyConfigured: Set DJANGO_SECRET_KEY when DJANGO_DEBUG is false." in output.stderr


def test_the_development_key_is_used_only_with_debug_on():
    code = "from r1540 import settings; print(settings.DEBUG, settings.SECRET_KEY == settings._DEV_SECRET_KEY)"
    assert run_settings(code).stdout.strip() == "True True"
    production = run_settings(code, DJANGO_DEBUG="false", DJANGO_SECRET_KEY="x" * 60)
    assert production.stdout.strip() == "False False", production.stderr
    # The development key itself is refused in production.
    leaked = run_settings("import r1540.settings", DJANGO_DEBUG="false", DJANGO_SECRET_KEY=run_dev_key())
    assert leaked.returncode != 0 and "Set DJANGO_SECRET_KEY" in leaked.stderr


def run_dev_key() -> str:
    return run_settings("from r1540 import settings; print(settings._DEV_SECRET_KEY)").stdout.strip()
