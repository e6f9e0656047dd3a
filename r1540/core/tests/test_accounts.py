"""Signing in and out, resetting a forgotten password by e-mail, and the API token."""

import re

import pytest
from django.contrib.auth import SESSION_KEY
from django.core import mail
from django.test import Client
from django.urls import reverse
from rest_framework.authtoken.models import Token

PASSWORD = "a-long-test-password"
NEW_PASSWORD = "quiet-harbour-lantern-1540"


def csrf_client():
    """A client that checks CSRF tokens, as a browser session would be checked."""
    return Client(enforce_csrf_checks=True)


def post_form(client, url, data):
    """GET the page (which sets the CSRF cookie), then POST the form with its token."""
    page = client.get(url)
    assert page.status_code == 200
    token = client.cookies["csrftoken"].value
    return client.post(url, {**data, "csrfmiddlewaretoken": token})


def signed_in_user_id(client):
    return client.session.get(SESSION_KEY)


# --- Sign in and out ------------------------------------------------------------------------


@pytest.mark.django_db
def test_the_login_page_signs_in_with_the_right_password(cast):
    client = csrf_client()
    response = post_form(client, reverse("core:login"), {"username": "expert", "password": PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == reverse("public:home")
    assert signed_in_user_id(client) == str(cast["expert"].pk)
    assert "expert" in client.get(reverse("core:account")).content.decode()


@pytest.mark.django_db
def test_the_login_page_goes_on_to_the_page_asked_for(cast):
    client = csrf_client()
    wanted = reverse("directory:pointofcontact_list")
    response = client.get(wanted)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("core:login"))
    login_url = response["Location"]
    response = post_form(client, login_url, {"username": "expert", "password": PASSWORD, "next": wanted})
    assert response["Location"] == wanted
    assert client.get(wanted).status_code == 200


@pytest.mark.django_db
def test_a_wrong_password_is_refused_with_a_message(cast):
    client = csrf_client()
    response = post_form(client, reverse("core:login"), {"username": "expert", "password": "not-the-password"})
    assert response.status_code == 200
    page = response.content.decode()
    assert 'role="alert"' in page
    assert "Please enter a correct username and password" in page
    assert signed_in_user_id(client) is None
    assert client.get(reverse("core:account")).status_code == 302


@pytest.mark.django_db
def test_the_login_page_is_checked_for_csrf(cast):
    client = csrf_client()
    response = client.post(reverse("core:login"), {"username": "expert", "password": PASSWORD})
    assert response.status_code == 403
    assert signed_in_user_id(client) is None


@pytest.mark.django_db
def test_sign_out_is_a_post_and_ends_the_session(client, cast):
    client.force_login(cast["expert"])
    assert client.get(reverse("core:logout")).status_code == 405
    assert signed_in_user_id(client) == str(cast["expert"].pk)

    response = client.post(reverse("core:logout"))
    assert response.status_code == 302
    assert response["Location"] == reverse("public:home")
    assert signed_in_user_id(client) is None
    response = client.get(reverse("core:account"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("core:login"))


# --- Password reset -------------------------------------------------------------------------


def ask_for_reset(client, email, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = client.post(reverse("core:password_reset"), {"email": email})
    assert response.status_code == 302
    assert response["Location"] == reverse("core:password_reset_done")
    return callbacks


@pytest.mark.django_db
def test_password_reset_end_to_end(client, cast, django_capture_on_commit_callbacks):
    user = cast["state_poc"]
    callbacks = ask_for_reset(client, user.email, django_capture_on_commit_callbacks)

    # The mail is queued only once the request's transaction commits.
    assert len(callbacks) == 1
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [user.email]
    assert message.subject == "r1540: reset your password"
    links = re.findall(r"https?://testserver(/\S+)", message.body)
    assert len(links) == 1
    link = links[0]
    assert link.startswith("/account/password-reset/")

    # The link moves the token into the session and shows the form.
    response = client.get(link, follow=True)
    assert response.status_code == 200
    assert response.context["validlink"] is True
    set_password_url = response.redirect_chain[-1][0]
    response = client.post(set_password_url, {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})
    assert response.status_code == 302
    assert response["Location"] == reverse("core:password_reset_complete")

    user.refresh_from_db()
    assert user.check_password(NEW_PASSWORD)
    assert not user.check_password(PASSWORD)

    fresh = csrf_client()
    response = post_form(fresh, reverse("core:login"), {"username": user.username, "password": NEW_PASSWORD})
    assert response.status_code == 302
    assert signed_in_user_id(fresh) == str(user.pk)

    # The link works once.
    response = Client().get(link, follow=True)
    assert response.context["validlink"] is False


@pytest.mark.django_db
def test_password_reset_refuses_a_weak_new_password(client, cast, django_capture_on_commit_callbacks):
    user = cast["expert"]
    ask_for_reset(client, user.email, django_capture_on_commit_callbacks)
    link = re.search(r"https?://testserver(/\S+)", mail.outbox[0].body).group(1)
    response = client.get(link, follow=True)
    set_password_url = response.redirect_chain[-1][0]
    response = client.post(set_password_url, {"new_password1": "short", "new_password2": "short"})
    assert response.status_code == 200
    assert response.context["form"].errors["new_password2"]
    user.refresh_from_db()
    assert user.check_password(PASSWORD)


@pytest.mark.django_db
def test_password_reset_for_an_unknown_address_sends_nothing_and_says_the_same(
    client, cast, django_capture_on_commit_callbacks
):
    callbacks = ask_for_reset(client, "nobody@example.org", django_capture_on_commit_callbacks)
    assert callbacks == []
    assert mail.outbox == []


@pytest.mark.django_db
def test_a_bad_reset_link_is_refused(client, cast):
    url = reverse("core:password_reset_confirm", kwargs={"uidb64": "MQ", "token": "bad-token"})
    response = client.get(url, follow=True)
    assert response.context["validlink"] is False
    assert "This link has expired or was already used" in response.content.decode()


# --- API token ------------------------------------------------------------------------------


def api_get(token_key=None):
    headers = {"Authorization": "Token {}".format(token_key)} if token_key else {}
    return Client().get(reverse("pointofcontact-list"), headers=headers)


@pytest.mark.django_db
def test_the_account_page_creates_an_api_token_that_authenticates_the_api(client, world, cast):
    user = cast["state_poc"]
    client.force_login(user)

    page = client.get(reverse("core:account"))
    assert page.status_code == 200
    assert page.context["has_token"] is False
    assert not Token.objects.filter(user=user).exists()

    response = client.post(reverse("core:account"), {"action": "token"})
    assert response.status_code == 200
    token = Token.objects.get(user=user)
    assert response.context["new_token"] == token
    assert token.key in response.content.decode()

    # Shown once: afterwards the page only says there is one.
    page = client.get(reverse("core:account"))
    assert page.context["has_token"] is True
    assert token.key not in page.content.decode()

    assert api_get().status_code == 401
    response = api_get(token.key)
    assert response.status_code == 200
    # The token carries the user's rights: a State POC sees its own State's POCs only.
    assert {row["id"] for row in response.json()["results"]} == {world["own_state_poc"].pk}


@pytest.mark.django_db
def test_a_new_token_replaces_the_old_one(client, cast):
    user = cast["expert"]
    client.force_login(user)
    first = client.post(reverse("core:account"), {"action": "token"}).context["new_token"].key
    second = client.post(reverse("core:account"), {"action": "token"}).context["new_token"].key
    assert first != second
    assert list(Token.objects.filter(user=user).values_list("key", flat=True)) == [second]
    assert api_get(first).status_code == 401
    assert api_get(second).status_code == 200


@pytest.mark.django_db
def test_a_post_without_the_token_action_creates_no_token(client, cast):
    client.force_login(cast["expert"])
    response = client.post(reverse("core:account"), {})
    assert response.status_code == 200
    assert response.context["new_token"] is None
    assert not Token.objects.exists()
