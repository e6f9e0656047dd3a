"""Reads of website use, each one aggregated in the database (GROUP BY)."""

from __future__ import annotations

import datetime

from django.db import models
from django.db.models import Sum


class PageViewDayQuerySet(models.QuerySet):
    def between(self, start: datetime.date, end: datetime.date):
        """The counters of the days from ``start`` to ``end``, both included."""
        return self.filter(view_date__range=(start, end))

    def total(self) -> int:
        return self.aggregate(total=Sum("views"))["total"] or 0

    def per_day(self):
        """``{"view_date", "total"}`` for each day with views, oldest first."""
        return self.values("view_date").annotate(total=Sum("views")).order_by("view_date")

    def per_day_and_language(self):
        """``{"view_date", "language", "total"}``, oldest day first."""
        return self.values("view_date", "language").annotate(total=Sum("views")).order_by("view_date", "language")

    def per_language(self):
        """``{"language", "total"}``, most viewed first."""
        return self.values("language").annotate(total=Sum("views")).order_by("-total", "language")

    def per_section(self):
        """``{"section", "total"}``, most viewed first."""
        return self.values("section").annotate(total=Sum("views")).order_by("-total", "section")

    def top_pages(self, limit: int = 25):
        """``{"url_name", "path", "total"}`` of the most viewed addresses, all languages together."""
        return self.values("url_name", "path").annotate(total=Sum("views")).order_by("-total", "path")[:limit]

    def daily_rows(self):
        """The stored counters themselves, for download."""
        return self.order_by("view_date", "section", "path", "language").values_list(
            "view_date", "section", "url_name", "path", "language", "views"
        )
