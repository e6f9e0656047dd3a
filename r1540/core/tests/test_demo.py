"""``manage.py load_demo``: the real directory plus demo users and records, all labelled."""

import io
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django_otp.plugins.otp_totp.models import TOTPDevice

from r1540.core.models import User
from r1540.core.roles import Role
from r1540.core.tests.factories import current_code
from r1540.directory.demo import DEMO_PASSWORD
from r1540.directory.models import Organization, Person, PointOfContact, PointOfContactEvent, State

#: The demo administrator's published TOTP key, as typed into an authenticator app.
DEMO_TOTP_KEY_BASE32 = "OIYTKNBQFVSGK3LPFV2G65DQFVVWK6JB"


def load_demo() -> str:
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    return out.getvalue()


def row_counts() -> dict[str, int]:
    """Rows of every model of ours, their history included."""
    return {
        model._meta.label: model._default_manager.count()
        for model in apps.get_models()
        if model._meta.app_config.name.startswith("r1540.")
    }


@pytest.mark.django_db
def test_load_demo_loads_labelled_demo_data_and_a_second_run_changes_nothing(client):
    # One test, as each load takes seconds.
    output = load_demo()
    assert "Demo data ready." in output

    assert State.objects.members().count() == 193
    assert State.objects.filter(status="observer").count() == 2
    assert Organization.objects.filter(slug="iaea").exists()

    users = User.objects.all()
    assert sorted(user.role for user in users) == sorted(Role.values)
    assert all(user.is_demo for user in users)
    assert all(user.username.startswith("demo-") and user.email.endswith("@example.org") for user in users)
    by_role = {user.role: user for user in users}
    assert by_role[Role.STATE_POC].state.iso3 == "IDN"
    assert by_role[Role.ORGANIZATION_POC].organization.slug == "iaea"
    assert by_role[Role.DELEGATION].council_seat is not None
    assert by_role[Role.ADMINISTRATOR].is_superuser
    assert not any(user.is_superuser or user.is_staff for user in users if user.role != Role.ADMINISTRATOR)

    pocs = PointOfContact.objects.all()
    assert pocs.count() > 100
    assert not pocs.filter(is_demo=False).exists()
    assert not Person.objects.filter(is_demo=False).exists()
    assert not Person.objects.exclude(email="").exclude(email__endswith="@example.org").exists()
    # Every demo POC was designated through the service, so its life starts with an event.
    assert PointOfContactEvent.objects.filter(kind="designated").count() == pocs.count()

    # The demo accounts work with the documented password, through the sign-in page.
    response = client.post(reverse("core:login"), {"username": "demo-expert", "password": DEMO_PASSWORD})
    assert response.status_code == 302
    response = client.get(reverse("core:account"))
    assert "demo-badge" in response.content.decode()
    # The demo administrator has the demo authenticator whose key the README and load_demo give.
    assert "two-factor key (DEMO ONLY, published in the README): {}".format(DEMO_TOTP_KEY_BASE32) in output
    assert DEMO_TOTP_KEY_BASE32 in Path(settings.BASE_DIR, "README.md").read_text()
    admin_client = Client()
    response = admin_client.post(reverse("core:login"), {"username": "demo-admin", "password": DEMO_PASSWORD})
    assert response["Location"] == reverse("core:login_verify")
    device = TOTPDevice.objects.get(user__username="demo-admin", confirmed=True)
    response = admin_client.post(reverse("core:login_verify"), {"code": current_code(device)})
    assert response.status_code == 302
    assert admin_client.get("/admin/").status_code == 200

    # Loading again (``make run`` does, at each start) adds and removes nothing.
    counts = row_counts()
    load_demo()
    assert row_counts() == counts
    users = User.objects.all()
    assert users.count() == len(Role.values)
    assert all(user.check_password(DEMO_PASSWORD) for user in users)
