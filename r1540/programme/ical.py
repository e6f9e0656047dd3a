"""Calendars for real calendar clients (RFC 5545, via the ``icalendar`` package)."""

from __future__ import annotations

import datetime

from django.core import signing
from django.utils import timezone
from django.utils.crypto import constant_time_compare, salted_hmac
from icalendar import Calendar
from icalendar import Event as ICalEvent

SALT = "r1540.calendar-feed"


def feed(events, name: str, base_url: str) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", "-//r1540//1540 Committee//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", name)
    stamp = timezone.now()
    for event in events:
        entry = ICalEvent()
        entry.add("uid", event.uid)
        entry.add("dtstamp", stamp)
        entry.add("summary", event.title)
        entry.add("dtstart", event.start)
        if event.end is not None:
            entry.add("dtend", event.end)
        elif isinstance(event.start, datetime.date) and not isinstance(event.start, datetime.datetime):
            entry.add("dtend", event.start + datetime.timedelta(days=1))
        if event.location:
            entry.add("location", event.location)
        entry.add("url", base_url + event.url)
        entry.add("categories", [event.kind])
        calendar.add_component(entry)
    return calendar.to_ical()


def _fingerprint(user) -> str:
    """Binds a feed address to the user's feed key (revoked by a new key) and password (a new
    password rotates every address given out before)."""
    value = "{}|{}|{}".format(user.pk, user.calendar_feed_key, user.password)
    return salted_hmac(SALT, value, algorithm="sha256").hexdigest()[:32]


def token_for(user) -> str:
    """The secret part of a user's feed address (calendar clients cannot sign in)."""
    return signing.Signer(salt=SALT).sign_object([user.pk, _fingerprint(user)])


def user_for(token: str):
    from r1540.core.models import User

    try:
        pk, fingerprint = signing.Signer(salt=SALT).unsign_object(token)
    except (signing.BadSignature, TypeError, ValueError):
        return None
    user = User.objects.filter(pk=pk, is_active=True).first()
    if user is None or not constant_time_compare(fingerprint, _fingerprint(user)):
        return None
    return user
