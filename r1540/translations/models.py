"""What was true of a text's source when one of its languages was written (issue 6 item 5)."""

from __future__ import annotations

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from r1540.translations import choices


class TranslationStamp(models.Model):
    """One language of one translated field of one item: the source language and the digest of
    the source text at the moment this language's text was written, and who made it (an
    official translator or a machine). The text is out of date once the source's digest moves on.
    """

    content_type = models.ForeignKey(ContentType, verbose_name=_("content type"), on_delete=models.CASCADE)
    object_id = models.CharField(_("object"), max_length=64)
    field = models.CharField(_("field"), max_length=64)
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    source_language = models.CharField(_("source language"), max_length=10, choices=settings.LANGUAGES)
    source_digest = models.CharField(
        _("source digest"), max_length=64, help_text=_("SHA-256 of the source text when this language was written.")
    )
    origin = models.CharField(_("origin"), max_length=10, choices=choices.Origin.choices, default="official")
    recorded_at = models.DateTimeField(_("recorded"), default=timezone.now)

    class Meta:
        verbose_name = _("translation stamp")
        verbose_name_plural = _("translation stamps")
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "field", "language"], name="translation_stamp_unique"
            ),
        ]

    def __str__(self) -> str:
        return "{} #{} {} [{}]".format(self.content_type.model, self.object_id, self.field, self.language)
