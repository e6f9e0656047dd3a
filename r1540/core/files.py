"""Uploaded files: stored under names nobody can guess, served only through a view that asks
the owning object's policy, always as an attachment.

Every model file field is a ``ProtectedFileField``. Its ``.url`` is the address of
``r1540.core.views.files.stored_file`` (``/files/<app>.<model>/<pk>/<field>/``), never
``MEDIA_URL``, which nothing serves. With ``R1540_FILE_SERVING=nginx`` the view answers with an
``X-Accel-Redirect`` and nginx sends the bytes from an ``internal`` location (README, "Production").
"""

from __future__ import annotations

import os
import re
import uuid
from urllib.parse import quote

from django.apps import apps
from django.conf import settings
from django.db import models, transaction
from django.db.models.fields.files import FieldFile
from django.http import FileResponse, HttpResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.deconstruct import deconstructible
from django.utils.http import content_disposition_header
from django.utils.text import get_valid_filename

from r1540.core.uploads import DocumentFormField, content_type_for, validate_document

#: A stored name made by ``UnguessableName``: ``<folder>/<year>/<32 hex digits>/<file name>``.
UNGUESSABLE = re.compile(r"^[\w-]+/\d{4}/[0-9a-f]{32}/[^/]+$")
NAME_LENGTH = 100


@deconstructible
class UnguessableName:
    """``upload_to``: ``documents/2026/<random uuid>/<original name>``. The random folder makes
    the address unguessable; the original name is kept for the download."""

    def __init__(self, folder: str):
        self.folder = folder

    def __call__(self, instance, filename: str) -> str:
        return self.name_for(filename)

    def name_for(self, filename: str, year: int | None = None) -> str:
        base = get_valid_filename(os.path.basename(filename)) or "file"
        root, extension = os.path.splitext(base)
        base = root[: NAME_LENGTH - len(extension)] + extension
        return "{}/{}/{}/{}".format(self.folder, year or timezone.now().year, uuid.uuid4().hex, base)

    def __eq__(self, other) -> bool:
        return isinstance(other, UnguessableName) and other.folder == self.folder


class ProtectedFieldFile(FieldFile):
    """A stored file whose address is the serving view's, which checks who asks."""

    @property
    def url(self) -> str:
        self._require_file()
        if self.instance.pk is None:
            return ""
        return reverse(
            "file",
            kwargs={"label": self.instance._meta.label_lower, "pk": self.instance.pk, "field": self.field.attname},
        )

    @property
    def download_name(self) -> str:
        return os.path.basename(self.name)


class ProtectedFileField(models.FileField):
    """A file field for documents: checked on upload (type by content, size), stored under an
    unguessable name, served only through the view."""

    attr_class = ProtectedFieldFile
    default_validators = [validate_document]

    def __init__(self, *args, folder: str = "documents", **kwargs):
        kwargs.setdefault("upload_to", UnguessableName(folder))
        kwargs.setdefault("max_length", 255)
        super().__init__(*args, **kwargs)

    def formfield(self, **kwargs):
        return super().formfield(**{"form_class": DocumentFormField, **kwargs})


def protected_fields() -> dict[str, tuple[type[models.Model], ProtectedFileField]]:
    """``"app.model/field"`` → (model, field) for every protected file field of the project."""
    found = {}
    for model in apps.get_models():
        for field in model._meta.get_fields():
            if isinstance(field, ProtectedFileField):
                found["{}/{}".format(model._meta.label_lower, field.attname)] = (model, field)
    return found


def serve(stored: FieldFile) -> HttpResponse:
    """The response for a stored file, whoever may see it having been checked already."""
    if settings.R1540_FILE_SERVING == "nginx":
        response = HttpResponse(content_type=content_type_for(stored.name))
        response["X-Accel-Redirect"] = quote(settings.R1540_FILE_ACCEL_PREFIX + stored.name)
    else:
        response = FileResponse(stored.open("rb"), content_type=content_type_for(stored.name))
    response["Content-Disposition"] = content_disposition_header(
        as_attachment=True, filename=os.path.basename(stored.name)
    )
    response["X-Content-Type-Options"] = "nosniff"
    # Opened by mistake in a tab, the file still runs nothing and reaches nothing of the site.
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    response["Cache-Control"] = "private, no-cache"
    response["Vary"] = "Cookie, Authorization"
    return response


def rename_to_unguessable(apps, schema_editor, models: list[tuple[str, str, str]]) -> None:
    """Data migration: move stored files whose names can be guessed to unguessable ones.

    ``models`` lists (app label, model name, field name). The old file is deleted only once the
    transaction that records the new name has committed; a file that is missing is left alone."""
    for app_label, model_name, field_name in models:
        model = apps.get_model(app_label, model_name)
        field = model._meta.get_field(field_name)
        storage = field.storage
        folder = field.upload_to.folder if isinstance(field.upload_to, UnguessableName) else "documents"
        naming = UnguessableName(folder)
        rows = model._default_manager.exclude(**{field_name: ""}).values_list("pk", field_name)
        for pk, old in rows.iterator():
            if UNGUESSABLE.match(old) or not storage.exists(old):
                continue
            year = _year_of(old)
            with storage.open(old, "rb") as content:
                new = storage.save(naming.name_for(old, year=year), content)
            model._default_manager.filter(pk=pk).update(**{field_name: new})
            transaction.on_commit(lambda old=old, storage=storage: storage.delete(old))


def _year_of(name: str) -> int | None:
    match = re.search(r"/(\d{4})/", name)
    return int(match.group(1)) if match else None
