"""Writes of website use: counting one page view."""

from __future__ import annotations

import datetime

from django.db import IntegrityError, transaction
from django.db.models import F

from r1540.analytics.models import PageViewDay


def page_view_record(*, view_date: datetime.date, url_name: str, path: str, section: str, language: str) -> None:
    """Add one view to the day's counter of ``path`` in ``language``, creating it on the first view.

    Usually a single UPDATE, atomic by itself: it runs on every page view, so it is not wrapped
    in a transaction of its own. The first view of the day adds an INSERT (in a savepoint, so a
    concurrent request that inserted the same counter first only makes it repeat the UPDATE).
    """
    path = path[: PageViewDay.PATH_LENGTH]
    counter = PageViewDay.objects.filter(view_date=view_date, path=path, language=language)
    if counter.update(views=F("views") + 1):
        return
    try:
        with transaction.atomic():
            PageViewDay.objects.create(
                view_date=view_date,
                path=path,
                language=language,
                url_name=url_name[: PageViewDay._meta.get_field("url_name").max_length],
                section=section[: PageViewDay._meta.get_field("section").max_length],
                views=1,
            )
    except IntegrityError:
        counter.update(views=F("views") + 1)
