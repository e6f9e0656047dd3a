"""Website use: page views counted per day, page and language, with nothing about the visitor
(programme of work para 11 and Annex II, March: a paper on browsing trends and language
accessibility)."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from r1540.analytics.querysets import PageViewDayQuerySet


class PageViewDay(models.Model):
    """How often a page was viewed in one language on one day.

    A counter, not a log: no IP address, user, session, user agent, referrer or cookie is kept,
    so no row can be traced to a visitor. ``tests/test_analytics.py`` holds the field list to
    exactly these columns.
    """

    PATH_LENGTH = 255

    view_date = models.DateField(_("date"))
    url_name = models.CharField(_("page"), max_length=100, help_text=_("The name of the route, e.g. directory:state."))
    path = models.CharField(
        _("address"), max_length=PATH_LENGTH, help_text=_("Without the language prefix and the query string.")
    )
    section = models.CharField(_("section"), max_length=40, blank=True)
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    views = models.PositiveIntegerField(_("views"), default=1)

    objects = PageViewDayQuerySet.as_manager()

    class Meta:
        verbose_name = _("page views on a day")
        verbose_name_plural = _("page views by day")
        ordering = ["view_date", "path", "language"]
        constraints = [
            models.UniqueConstraint(fields=["view_date", "path", "language"], name="analytics_one_counter_per_day"),
            models.CheckConstraint(condition=models.Q(views__gte=1), name="analytics_views_positive"),
        ]
        indexes = [
            models.Index(fields=["view_date", "language"], name="analytics_date_language"),
            models.Index(fields=["view_date", "section"], name="analytics_date_section"),
        ]

    def __str__(self) -> str:
        return "{} {} [{}]: {}".format(self.view_date, self.path, self.language, self.views)
