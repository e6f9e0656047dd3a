"""Uploaded files: unguessable names, only through the policy-checked view, always as attachments
(the answer each role gets is in the apps' permission cases)."""

import importlib
import inspect
import re
from importlib.util import find_spec

import pytest
from django import forms
from django.apps import apps
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import models
from django.test import override_settings
from django.urls import Resolver404, clear_url_caches, resolve, reverse

from r1540.core.files import UNGUESSABLE, ProtectedFileField, rename_to_unguessable
from r1540.core.permissions import policy_for
from r1540.core.roles import Role
from r1540.core.testing.files import HTML, PDF, attach, language_file
from r1540.core.uploads import CHECKED_FORM_FIELDS
from r1540.programme.models import MeetingDocumentFile
from r1540.reporting.models import ControlList


def project_models():
    return [model for model in apps.get_models() if model.__module__.startswith("r1540.")]


def test_every_file_field_of_the_project_is_protected():
    """No model keeps a file that MEDIA_URL would have to serve, and each has the policy that guards it."""
    file_fields = [
        (model, field)
        for model in project_models()
        for field in model._meta.get_fields()
        if isinstance(field, models.FileField) and not model.__name__.startswith("Historical")
    ]
    assert len(file_fields) >= 5
    for model, field in file_fields:
        assert isinstance(field, ProtectedFileField), "{}.{}".format(model.__name__, field.name)
        assert policy_for(model) is not None


def project_forms():
    for config in apps.get_app_configs():
        if not config.name.startswith("r1540."):
            continue
        for module_name in ("{}.forms".format(config.name), "{}.admin".format(config.name)):
            if find_spec(module_name) is None:
                continue
            module = importlib.import_module(module_name)
            for _name, form in inspect.getmembers(module, inspect.isclass):
                if issubclass(form, forms.BaseForm) and form.__module__ == module_name:
                    yield form


def test_every_file_upload_field_of_every_form_is_checked():
    """Size and content checks cannot be forgotten on a new form: every file field is a checked one."""
    seen = 0
    for form in project_forms():
        for name, field in form.base_fields.items():
            if isinstance(field, forms.FileField):
                seen += 1
                assert isinstance(field, CHECKED_FORM_FIELDS), "{}.{}".format(form.__name__, name)
    assert seen >= 3  # meeting documents, practices, control lists, the matrix workbook


def test_a_stored_name_cannot_be_guessed(world):
    kwargs = attach(world["own_control_list"], name="National control list 2024.pdf")
    name = ControlList.objects.get(pk=kwargs["pk"]).file.name
    assert UNGUESSABLE.match(name), name
    assert name.startswith("control-lists/") and name.endswith("National_control_list_2024.pdf")


def test_the_restricted_document_is_not_at_its_media_address_and_only_for_the_committee(client, world, cast):
    kwargs = language_file(world, "restricted_document")
    stored = MeetingDocumentFile.objects.get(pk=kwargs["pk"]).file
    for address in ("/media/" + stored.name, "/media/documents/"):
        with pytest.raises(Resolver404):
            resolve(address)
    url = reverse("file", kwargs=kwargs)
    assert client.get(url).status_code == 404
    client.force_login(cast[Role.STATE_POC])
    assert client.get(url).status_code == 404
    client.force_login(cast[Role.DELEGATION])
    response = client.get(url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF


def test_media_is_not_served_even_in_debug():
    import r1540.urls

    try:
        with override_settings(DEBUG=True):
            clear_url_caches()
            importlib.reload(r1540.urls)
            with pytest.raises(Resolver404):
                resolve("/media/documents/2024/report.pdf")
    finally:
        clear_url_caches()
        importlib.reload(r1540.urls)


def test_every_file_is_an_attachment_that_no_browser_sniffs_or_runs(client, world, cast):
    """An editor's page saved as x.html (stored before uploads were checked) still cannot run."""
    practice = world["own_organization_practice"]
    practice.file.save("x.html", ContentFile(HTML))
    response = client.get(practice.file.url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/octet-stream"
    assert response["Content-Disposition"] == 'attachment; filename="x.html"'
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "sandbox" in response["Content-Security-Policy"]
    pdf = client.get(reverse("file", kwargs=language_file(world, "public_document")))
    assert pdf["Content-Type"] == "application/pdf"
    assert pdf["Content-Disposition"].startswith("attachment;")


@override_settings(R1540_FILE_SERVING="nginx", R1540_FILE_ACCEL_PREFIX="/protected-media/")
def test_with_nginx_the_view_checks_and_nginx_sends_the_bytes(client, world, cast):
    kwargs = language_file(world, "restricted_document")
    stored = MeetingDocumentFile.objects.get(pk=kwargs["pk"]).file
    url = reverse("file", kwargs=kwargs)
    assert client.get(url).status_code == 404
    assert "X-Accel-Redirect" not in client.get(url)
    client.force_login(cast[Role.EXPERT])
    response = client.get(url)
    assert response.status_code == 200
    assert response["X-Accel-Redirect"] == "/protected-media/" + stored.name
    assert response.content == b""
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["X-Content-Type-Options"] == "nosniff"


def test_pages_and_the_api_link_to_the_view_never_to_media(client, world, cast):
    document = world["restricted_document"]
    kwargs = language_file(world, "restricted_document")
    url = reverse("file", kwargs=kwargs)
    report_url = reverse("file", kwargs=language_file(world, "own_report"))
    client.force_login(cast[Role.DELEGATION])
    pages = [
        client.get(document.get_absolute_url()),
        client.get(document.meeting.get_absolute_url()),
        client.get(reverse("meetingdocument-detail", kwargs={"pk": document.pk})),
    ]
    for response in pages:
        assert response.status_code == 200
        body = response.content.decode()
        assert url in body
        assert "/media/" not in body
    report_page = client.get(world["own_report"].get_absolute_url()).content.decode()
    report_api = client.get(reverse("nationalreport-detail", kwargs={"pk": world["own_report"].pk})).json()
    assert report_url in report_page and "/media/" not in report_page
    assert any(file["url"].endswith(report_url) for file in report_api["files"])
    practice = world["own_organization_practice"]
    attach(practice)
    practice_page = client.get(practice.get_absolute_url()).content.decode()
    assert practice.file.url in practice_page and "/media/" not in practice_page


def test_an_api_client_follows_the_file_address_with_its_token(client, world, cast):
    from rest_framework.authtoken.models import Token

    token = Token.objects.create(user=cast[Role.DELEGATION])
    url = reverse("file", kwargs=language_file(world, "restricted_document"))
    assert client.get(url, headers={"Authorization": "Token nonsense"}).status_code == 404
    assert client.get(url, headers={"Authorization": "Token {}".format(token.key)}).status_code == 200


def test_the_data_migration_moves_guessable_names_and_keeps_the_bytes(world, django_capture_on_commit_callbacks):
    control_list = world["own_control_list"]
    old = default_storage.save("control-lists/2024/list.pdf", ContentFile(PDF))
    ControlList.objects.filter(pk=control_list.pk).update(file=old)
    missing = MeetingDocumentFile.objects.create(
        document=world["public_document"], language="ru", file="documents/2023/lost.pdf"
    )
    with django_capture_on_commit_callbacks(execute=True):
        rename_to_unguessable(
            apps, None, [("reporting", "ControlList", "file"), ("programme", "MeetingDocumentFile", "file")]
        )
    new = ControlList.objects.get(pk=control_list.pk).file.name
    assert re.match(r"^control-lists/2024/[0-9a-f]{32}/list\.pdf$", new)
    assert default_storage.open(new).read() == PDF
    assert not default_storage.exists(old)
    missing.refresh_from_db()
    assert missing.file.name == "documents/2023/lost.pdf"  # nothing to move; the view answers 404
