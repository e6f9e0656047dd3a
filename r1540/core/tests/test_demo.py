"""``manage.py load_demo``: the real directory plus demo users and records, all labelled."""

import io

import pytest
from django.apps import apps
from django.core.management import call_command
from django.urls import reverse

from r1540.core.models import User
from r1540.core.roles import Role
from r1540.directory.demo import DEMO_PASSWORD
from r1540.directory.models import Organization, Person, PointOfContact, PointOfContactEvent, State


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

    # The demo accounts work with the documented password.
    assert client.login(username="demo-expert", password=DEMO_PASSWORD)
    response = client.get(reverse("core:account"))
    assert "demo-badge" in response.content.decode()

    # Loading again (``make run`` does, at each start) adds and removes nothing.
    counts = row_counts()
    load_demo()
    assert row_counts() == counts
    users = User.objects.all()
    assert users.count() == len(Role.values)
    assert all(user.check_password(DEMO_PASSWORD) for user in users)
