"""The private calendar address: its owner can replace it, and a new password replaces it."""

import pytest
from django.test import Client
from django.urls import reverse

from r1540.core.roles import Role
from r1540.core.tests.factories import UserFactory
from r1540.programme import ical

pytestmark = pytest.mark.django_db


def feed_status(token) -> int:
    return Client().get(reverse("programme:calendar_feed", kwargs={"token": token})).status_code


@pytest.fixture
def expert():
    return UserFactory(username="expert", role=Role.EXPERT)


def test_the_owner_revokes_the_address_with_a_button(client, expert):
    client.force_login(expert)
    page = client.get(reverse("programme:calendar")).content.decode()
    old_url = reverse("programme:calendar_feed", kwargs={"token": ical.token_for(expert)})
    assert old_url in page
    assert reverse("programme:calendar_feed_revoke") in page
    assert Client().get(old_url).status_code == 200

    response = client.post(reverse("programme:calendar_feed_revoke"))
    assert response.status_code == 302
    expert.refresh_from_db()
    assert Client().get(old_url).status_code == 404
    new_url = reverse("programme:calendar_feed", kwargs={"token": ical.token_for(expert)})
    assert new_url != old_url
    assert new_url in client.get(reverse("programme:calendar")).content.decode()
    assert Client().get(new_url).status_code == 200


def test_a_new_password_stops_the_old_address(expert):
    old = ical.token_for(expert)
    assert feed_status(old) == 200
    expert.set_password("a-brand-new-password-1540")
    expert.save()
    assert feed_status(old) == 404
    assert feed_status(ical.token_for(expert)) == 200


def test_a_reset_password_stops_the_old_address(client, expert, django_capture_on_commit_callbacks, mailoutbox):
    old = ical.token_for(expert)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("core:password_reset"), {"email": expert.email})
    link = mailoutbox[0].body.split("http://testserver", 1)[1].split()[0]
    set_password_url = client.get(link, follow=True).redirect_chain[-1][0]
    response = client.post(
        set_password_url, {"new_password1": "quiet-harbour-1540", "new_password2": "quiet-harbour-1540"}
    )
    assert response.status_code == 302
    assert feed_status(old) == 404


def test_one_users_address_does_not_open_anothers_feed(expert):
    other = UserFactory(username="other", role=Role.EXPERT)
    token = ical.token_for(expert)
    assert ical.user_for(token) == expert
    # The old format (a signed user id alone, which could never be revoked) is refused.
    from django.core import signing

    assert ical.user_for(signing.dumps(other.pk, salt=ical.SALT)) is None
    assert ical.user_for(signing.Signer(salt=ical.SALT).sign_object([other.pk, "0" * 32])) is None
    assert ical.token_for(expert) == token  # the same address each time the page shows it
    assert ical.user_for("garbage") is None


def test_an_inactive_users_address_stops(expert):
    token = ical.token_for(expert)
    expert.is_active = False
    expert.save()
    assert feed_status(token) == 404
