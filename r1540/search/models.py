"""The search index: one row per published-or-not item and language its text exists in.

The row holds what a result shows (title, summary, link) and the segmented ``search_text``
(``search.text.segment``). The full-text index over ``search_text`` is the database's own: an
FTS5 table on SQLite, a generated ``tsvector`` column with a GIN index on PostgreSQL (migration
0002). Who may see a row is never stored here: it is asked of the item's own queryset
(``SearchEntryQuerySet.visible_to``), so search shows exactly what the item's pages show.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from r1540.search.querysets import SearchEntryQuerySet


class SearchEntry(models.Model):
    kind = models.CharField(_("kind"), max_length=40)
    object_id = models.PositiveBigIntegerField(_("item"))
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    title = models.CharField(_("title"), max_length=500)
    summary = models.TextField(_("summary"), blank=True)
    url = models.CharField(_("address"), max_length=300, help_text=_("Without the language prefix."))
    state = models.ForeignKey(
        "directory.State", verbose_name=_("State"), on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    year = models.PositiveSmallIntegerField(_("year"), null=True, blank=True)
    search_text = models.TextField(_("search text"))
    indexed_at = models.DateTimeField(_("indexed"), auto_now=True)

    objects = SearchEntryQuerySet.as_manager()

    class Meta:
        verbose_name = _("search entry")
        verbose_name_plural = _("search entries")
        constraints = [
            models.UniqueConstraint(fields=["kind", "object_id", "language"], name="search_entry_one_per_language"),
        ]
        indexes = [models.Index(fields=["kind", "object_id"]), models.Index(fields=["year"])]

    def __str__(self) -> str:
        return self.title
