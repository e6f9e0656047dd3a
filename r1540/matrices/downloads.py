"""The expensive downloads of the matrices, built once per change and kept as files.

The bulk export of the published matrices (CSV, Excel) and a version's documents (PDF, Word,
Excel, CSV) take seconds to build, tens of seconds at full scale; built on every request, a few
visitors would tie up every server process. So each is built by a background worker and kept
under ``R1540_DOWNLOAD_DIR``; a request answers from the file, or, while it is being built,
says so (the view answers 202 with ``Retry-After``).

A file's name carries a digest of everything it shows: the versions (their ids, stages and
update times), the fields' count and last update, the template's wording, the State, the
language, the reader's audience and the build code itself. A change of any of these gives a new
name, so a stale file is never served; the worker removes the older file of the same slot.

The audience is what decides which fields the reader sees (``MatrixEntryQuerySet.visible_to``):
the Committee, a State's POC (its own State's fields too) or the public. The worker builds
the file as a reader made from the audience, never as the user who asked, so a file's content
always matches the audience in its name and one audience is never served another's file.

Only frozen versions are kept (sent, returned, approved, published, superseded: their fields
cannot change); a draft changes all the time, is seen only by the Committee, and is built
on the request as before.
"""

from __future__ import annotations

import functools
import hashlib
import os
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import django
from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.db.models import Count, Max
from django.http import FileResponse, Http404
from django.template.loader import get_template
from django.utils.translation import to_locale

from r1540.core import roles
from r1540.core.models import User
from r1540.core.permissions import policy_for
from r1540.matrices import exports
from r1540.matrices.choices import Stage
from r1540.matrices.models import MatrixEntry, MatrixRow, MatrixSection, MatrixVersion

#: Raise when the files' layout changes in a way the code's files do not show.
FORMAT = 1
PUBLIC = "public"
COMMITTEE = "committee"
PUBLISHED = "published"
#: A build asked for this long ago without a file is taken as lost (its worker was stopped),
#: and the next request asks again.
PENDING_SECONDS = 300
#: How long a reader is asked to wait before asking again for a file being built.
RETRY_AFTER_SECONDS = 5


@dataclass(frozen=True)
class Download:
    """One file: ``subject`` is ``published`` (the bulk export) or ``version-<id>``."""

    subject: str
    kind: str
    audience: str
    language: str

    @property
    def slot(self) -> str:
        return "{}-{}-{}".format(self.subject, self.audience, self.language)

    @property
    def content_type(self) -> str:
        return self._types()[self.kind][0]

    def _types(self) -> dict:
        return exports.TABLE_TYPES if self.subject == PUBLISHED else exports.DOCUMENT_TYPES


def audience(user) -> str:
    """Who the user reads the matrices as; every user of one audience sees the same fields."""
    return policy_for(MatrixVersion).audience(user)


def reader(audience_name: str):
    """A user who sees exactly what ``audience_name`` sees (not saved anywhere)."""
    if audience_name == COMMITTEE:
        return User(role=roles.Role.EXPERT, is_active=True)
    if audience_name.startswith("state-"):
        return User(role=roles.Role.STATE_POC, state_id=int(audience_name.removeprefix("state-")), is_active=True)
    if audience_name == PUBLIC:
        return AnonymousUser()
    raise ValueError(audience_name)


def published(*, kind: str, user, language: str) -> Download:
    return Download(subject=PUBLISHED, kind=kind, audience=audience(user), language=language)


def for_version(*, version: MatrixVersion, kind: str, user, language: str) -> Download | None:
    """The version's document as a kept file, or ``None`` for a draft (built on the request)."""
    if not version.is_frozen:
        return None
    return Download(subject="version-{}".format(version.pk), kind=kind, audience=audience(user), language=language)


def build(download: Download) -> bytes:
    """The file's content, built now (seconds, or tens of seconds at full scale)."""
    builder = download._types()[download.kind][1]
    user = reader(download.audience)
    if download.subject == PUBLISHED:
        return builder(user, download.language)
    version = MatrixVersion.objects.select_related("state", "template").get(pk=_version_id(download))
    return builder(version, user, download.language)


def _version_id(download: Download) -> int:
    return int(download.subject.removeprefix("version-"))


def digest(download: Download) -> str | None:
    """What the file's content depends on, as a short hash (a few small queries); ``None`` when
    the version is gone or no longer frozen."""
    if download.subject == PUBLISHED:
        data = _published_stamp()
    else:
        data = _version_stamp(_version_id(download))
        if data is None:
            return None
    parts = [FORMAT, _code_stamp(download.language), download.kind, download.audience, download.language, data]
    return hashlib.sha256(repr(parts).encode()).hexdigest()[:24]


def _published_stamp():
    versions = list(
        MatrixVersion.objects.current_published()
        .order_by("pk")
        .values_list("pk", "updated_at", "state__updated_at", "template_id")
    )
    templates = {item[3] for item in versions}
    return (
        versions,
        _latest(MatrixSection.objects.filter(template__in=templates)),
        _latest(MatrixRow.objects.filter(template__in=templates)),
        _latest(MatrixEntry.objects.filter(version__stage="published")),
    )


def _version_stamp(version_id: int):
    version = (
        MatrixVersion.objects.filter(pk=version_id)
        .values("pk", "stage", "updated_at", "state__updated_at", "template_id", "template__updated_at")
        .first()
    )
    if version is None or version["stage"] not in Stage.frozen():
        return None
    return (
        sorted(version.items()),
        _latest(MatrixSection.objects.filter(template=version["template_id"])),
        _latest(MatrixRow.objects.filter(template=version["template_id"])),
        _latest(MatrixEntry.objects.filter(version=version_id)),
    )


def _latest(queryset) -> tuple:
    found = queryset.order_by().aggregate(count=Count("pk"), last=Max("updated_at"))
    return found["count"], found["last"]


@functools.cache
def _code_stamp(language: str) -> str:
    """The code and wording the files are built with (a deploy that changes them changes the
    names): the export module, the PDF template and the language's catalogues."""
    paths = [Path(exports.__file__), Path(get_template("matrices/export/matrix.html").origin.name)]
    paths += [Path(folder) / to_locale(language) / "LC_MESSAGES" / "django.mo" for folder in settings.LOCALE_PATHS]
    stamps = [(path.name, path.stat().st_mtime_ns, path.stat().st_size) for path in paths if path.exists()]
    return repr([django.__version__, *stamps])


def _folder() -> Path:
    folder = Path(settings.R1540_DOWNLOAD_DIR)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _path(download: Download, stamp: str) -> Path:
    return _folder() / "{}.{}.{}".format(download.slot, stamp, download.kind)


def serve(download: Download, filename: str) -> FileResponse | None:
    """The kept file as the response; if there is none yet, a worker is asked to build it
    (once, however many ask) and ``None`` is returned, unless the build ran at once (the
    ``immediate`` task backend)."""
    for attempt in range(2):
        stamp = digest(download)
        if stamp is None:  # the version went away meanwhile
            raise Http404
        try:
            handle = _path(download, stamp).open("rb")
        except FileNotFoundError:
            if attempt == 0:
                _ask(download, stamp)
            continue
        response = FileResponse(handle, content_type=download.content_type)
        response["Content-Disposition"] = 'attachment; filename="{}"'.format(filename)
        return response
    return None


def _ask(download: Download, stamp: str) -> None:
    """Enqueue the build unless one was asked for recently (and may still be running)."""
    from r1540.matrices.tasks import build_download

    marker = _path(download, stamp).with_suffix(".pending")
    try:
        descriptor = os.open(marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
    except FileExistsError:
        try:
            if time.time() - marker.stat().st_mtime < PENDING_SECONDS:
                return
        except FileNotFoundError:  # the build just finished
            return
        os.utime(marker)  # lost: ask again
    else:
        os.close(descriptor)
    build_download.enqueue(
        subject=download.subject, kind=download.kind, audience=download.audience, language=download.language
    )


BUILT, KEPT, CHANGED, GONE = "built", "kept", "changed", "gone"


def store(download: Download) -> str:
    """Build the file and keep it (``built``), unless it is already there (``kept``: the task
    may run twice), what it depends on changed while it was being built (``changed``: the next
    request asks for the new one) or its version is gone (``gone``). Older files of the same
    slot are removed."""
    stamp = digest(download)
    if stamp is None:
        return GONE
    path = _path(download, stamp)
    marker = path.with_suffix(".pending")
    try:
        outcome = KEPT
        if not path.exists():
            content = build(download)
            if digest(download) != stamp:
                return CHANGED
            descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
            with os.fdopen(descriptor, "wb") as handle:
                handle.write(content)
            os.replace(temporary, path)  # readers see the whole file or none
            outcome = BUILT
        _remove_older(download, keep=path)
        return outcome
    finally:
        marker.unlink(missing_ok=True)


def _remove_older(download: Download, *, keep: Path) -> None:
    """Remove the slot's older files, and what stopped workers left (half-written files and
    markers of builds that never ran)."""
    for other in keep.parent.glob("{}.*.{}".format(download.slot, download.kind)):
        if other != keep:
            other.unlink(missing_ok=True)
    for leftover in [*keep.parent.glob(".tmp-*"), *keep.parent.glob("*.pending")]:
        try:
            if time.time() - leftover.stat().st_mtime > PENDING_SECONDS:
                leftover.unlink(missing_ok=True)
        except FileNotFoundError:
            pass
