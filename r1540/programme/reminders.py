"""Reminders of what people owe: deadlines coming up and overdue items, e-mailed to those who owe
them through the task queue (programme of work para 4; issue of follow-ups and letters).

``collect`` reads the database and returns plain messages; ``send_reminders`` (a task) e-mails
them. Run it daily: ``manage.py send_reminders`` (cron or a systemd timer), or enqueue the task.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from django.utils import translation
from django.utils.translation import gettext as _

from r1540.core.tasking import task

#: How far ahead a deadline is announced.
AHEAD_DAYS = 7


@dataclass
class Reminder:
    to: str
    language: str
    lines: list[str] = field(default_factory=list)


def collect(today: datetime.date) -> list[Reminder]:
    """Who owes what: a State's POC its matrix comments due within a week; the secretariat the
    letters whose reminder is due and the overdue programme items; whoever recorded an
    assistance contact its follow-up."""
    from r1540.assistance.models import Communication
    from r1540.core.models import User
    from r1540.core.roles import Role
    from r1540.matrices.models import MatrixVersion
    from r1540.programme.models import Letter, ProgrammeItem

    reminders: dict[str, Reminder] = {}

    def add(user, line_for):
        if not user.email:
            return
        reminder = reminders.setdefault(user.email, Reminder(user.email, user.language or "en"))
        with translation.override(reminder.language):
            reminder.lines.append(line_for())

    soon = today + datetime.timedelta(days=AHEAD_DAYS)
    for version in MatrixVersion.objects.filter(stage="sent", comment_deadline_date__lte=soon).select_related("state"):
        for user in User.objects.filter(role=Role.STATE_POC, state=version.state, is_active=True):
            add(
                user,
                lambda version=version: _("Comments on the 1540 matrix of {state} are due on {date}.").format(
                    state=version.state, date=version.comment_deadline_date.isoformat()
                ),
            )
    secretariat = list(User.objects.filter(role=Role.SECRETARIAT, is_active=True))
    for letter in Letter.objects.reminders_due(today).select_related("state", "organization"):
        for user in secretariat:
            add(
                user,
                lambda letter=letter: _("No reply yet to letter {symbol} to {recipient}: send a reminder.").format(
                    symbol=letter.symbol, recipient=letter.recipient
                ),
            )
    for item in ProgrammeItem.objects.filter(due_date__lt=today).exclude(status__in=["done", "deferred"]):
        for user in secretariat:
            add(
                user,
                lambda item=item: _("Programme item {ref} was due on {date}.").format(
                    ref=item.ref, date=item.due_date.isoformat()
                ),
            )
    for communication in (
        Communication.objects.follow_ups_pending()
        .filter(follow_up_date__lte=soon)
        .select_related("request", "recorded_by")
    ):
        if communication.recorded_by is not None:
            add(
                communication.recorded_by,
                lambda communication=communication: _("Follow up on “{request}” by {date}.").format(
                    request=communication.request.title, date=communication.follow_up_date.isoformat()
                ),
            )
    return list(reminders.values())


@task(queue_name="mail")
def send_reminders(*, today: str | None = None) -> int:
    """E-mail each person the list of what they owe; returns how many e-mails were sent."""
    from django.core.mail import send_mail
    from django.utils import timezone

    day = datetime.date.fromisoformat(today) if today else timezone.localdate()
    sent = 0
    for reminder in collect(day):
        with translation.override(reminder.language):
            subject = _("r1540: {count} reminders").format(count=len(reminder.lines))
            body = "\n".join("- {}".format(line) for line in reminder.lines)
        sent += send_mail(subject, body, None, [reminder.to])
    return sent
