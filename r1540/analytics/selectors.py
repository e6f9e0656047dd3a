"""The figures of the website-use page: the database aggregates, this module lays them out
(a row for every day and for each of the six languages, even without views)."""

from __future__ import annotations

import datetime

from django.apps import apps
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from r1540.analytics.models import PageViewDay


def section_label(section: str) -> str:
    """A section is the URL namespace of an app; its name is the app's."""
    if not section:
        return _("Other pages")
    try:
        return apps.get_app_config(section).verbose_name
    except LookupError:
        return section


def website_use(start: datetime.date, end: datetime.date) -> dict:
    """Views from ``start`` to ``end``: per day (and language), per language with its share, per
    section and the most viewed pages."""
    counters = PageViewDay.objects.between(start, end)
    total = counters.total()
    codes = [code for code, _name in settings.LANGUAGES]

    by_day = {row["view_date"]: {"total": row["total"]} for row in counters.per_day()}
    for row in counters.per_day_and_language():
        by_day[row["view_date"]][row["language"]] = row["total"]
    days = []
    day = start
    while day <= end:
        figures = by_day.get(day, {})
        days.append(
            {
                "date": day,
                "total": figures.get("total", 0),
                "languages": [figures.get(code, 0) for code in codes],
            }
        )
        day += datetime.timedelta(days=1)

    per_language = {row["language"]: row["total"] for row in counters.per_language()}
    languages = [
        {
            "code": code,
            "name": name,
            "views": per_language.get(code, 0),
            "share": 100 * per_language.get(code, 0) / total if total else 0,
        }
        for code, name in settings.LANGUAGES
    ]
    sections = [
        {"section": row["section"], "label": section_label(row["section"]), "views": row["total"]}
        for row in counters.per_section()
    ]
    return {
        "start": start,
        "end": end,
        "total": total,
        "days": days,
        "languages": languages,
        "language_codes": codes,
        "sections": sections,
        "pages": list(counters.top_pages()),
    }
