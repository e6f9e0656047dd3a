"""Writes of translation stamps: on every save of a translated model (``signals``), for texts
loaded without signals (``stamp_all``), and for machine translations."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from django.contrib.contenttypes.models import ContentType
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from r1540.core.services import audited_save
from r1540.translations import coverage, registry
from r1540.translations.choices import Origin
from r1540.translations.models import TranslationStamp

if TYPE_CHECKING:
    from r1540.core.models import User

#: Set on an instance before saving it, ``{language: origin}``, to say who wrote those languages.
ORIGINS_ATTRIBUTE = "_translation_origins"

_STAMP_FIELDS = ["source_language", "source_digest", "origin", "recorded_at"]
_UNIQUE_FIELDS = ["content_type", "object_id", "field", "language"]


def _texts(row: Mapping[str, Any], name: str) -> dict[str, str | None]:
    return {code: row.get(registry.columns_of(name, code)) for code in registry.languages()}


def stamps_record(
    *,
    model: type[models.Model],
    object_id: Any,
    before: Mapping[str, Any] | None,
    after: Mapping[str, Any],
    origins: Mapping[str, str] | None = None,
) -> int:
    """Stamp the languages a save wrote; ``before`` and ``after`` map columns to texts
    (``before`` is None for a new row). Returns the number of stamps written."""
    content_type = ContentType.objects.get_for_model(model)
    existing: dict[str, dict[str, coverage.Stamp]] = {}
    if before is not None:
        for stamp in TranslationStamp.objects.filter(content_type=content_type, object_id=str(object_id)).values(
            "field", "language", "source_language", "source_digest", "origin"
        ):
            existing.setdefault(stamp["field"], {})[stamp["language"]] = coverage.Stamp(
                stamp["source_language"], stamp["source_digest"], stamp["origin"]
            )
    now = timezone.now()
    rows = []
    for name in registry.translated_fields(model):
        writes = coverage.stamps_to_write(
            _texts(before or {}, name), _texts(after, name), existing.get(name, {}), origins
        )
        rows.extend(
            TranslationStamp(
                content_type=content_type,
                object_id=str(object_id),
                field=name,
                language=code,
                source_language=stamp.source_language,
                source_digest=stamp.source_digest,
                origin=stamp.origin,
                recorded_at=now,
            )
            for code, stamp in writes.items()
        )
    if rows:
        TranslationStamp.objects.bulk_create(
            rows, update_conflicts=True, unique_fields=_UNIQUE_FIELDS, update_fields=_STAMP_FIELDS
        )
    return len(rows)


@transaction.atomic
def stamp_all(*, origin: str = Origin.UNKNOWN, replace: bool = False) -> int:
    """Stamp every present text of every translated model as up to date with its current source.

    For texts that reached the database without a save signal: loaded before tracking began, or
    written by ``bulk_create``/``update`` (data loaders). Texts that already have a stamp keep it,
    so what is known to be out of date stays so, unless ``replace`` is set. Returns the number of
    stamps written.
    """
    written = 0
    now = timezone.now()
    for model in registry.translated_models():
        content_type = ContentType.objects.get_for_model(model)
        names = registry.translated_fields(model)
        rows = model._base_manager.values("pk", *registry.columns(model).values())
        before = TranslationStamp.objects.filter(content_type=content_type).count()
        batch = []
        for row in rows.iterator(chunk_size=2000):
            for name in names:
                texts = _texts(row, name)
                source = coverage.source_language(texts)
                if source is None:
                    continue
                source_digest = coverage.digest(texts[source])
                batch.extend(
                    TranslationStamp(
                        content_type=content_type,
                        object_id=str(row["pk"]),
                        field=name,
                        language=code,
                        source_language=source,
                        source_digest=source_digest,
                        origin=origin,
                        recorded_at=now,
                    )
                    for code, text in texts.items()
                    if coverage.has_text(text)
                )
        if replace:
            TranslationStamp.objects.bulk_create(
                batch,
                batch_size=1000,
                update_conflicts=True,
                unique_fields=_UNIQUE_FIELDS,
                update_fields=_STAMP_FIELDS,
            )
            written += len(batch)
        else:
            TranslationStamp.objects.bulk_create(batch, batch_size=1000, ignore_conflicts=True)
            written += TranslationStamp.objects.filter(content_type=content_type).count() - before
    return written


@transaction.atomic
def record_machine_translation(
    *, obj: models.Model, field: str, language: str, text: str, actor: User | None
) -> models.Model:
    """Save ``text`` as the ``language`` text of ``obj.field``, marked as machine-made.

    A machine translation never becomes the source: it is refused for the language the other
    texts are translated from, or one that would become it.
    """
    if field not in registry.translated_fields(type(obj)):
        raise ValueError("{} is not a translated field of {}".format(field, type(obj).__name__))
    if language not in registry.languages():
        raise ValueError("{} is not one of the six languages".format(language))
    if not coverage.has_text(text):
        raise ValueError("A machine translation cannot be empty")
    texts = {code: getattr(obj, registry.columns_of(field, code)) for code in registry.languages()}
    texts[language] = text
    if coverage.source_language(texts) == language:
        raise ValueError("A machine translation cannot be the source text")
    setattr(obj, registry.columns_of(field, language), text)
    setattr(obj, ORIGINS_ATTRIBUTE, {language: Origin.MACHINE})
    try:
        audited_save(
            obj=obj,
            actor=actor,
            reason=_("Machine translation into {language}").format(language=language),
            reason_required=False,
        )
    finally:
        delattr(obj, ORIGINS_ATTRIBUTE)
    return obj
