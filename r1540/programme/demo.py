"""The real 2020 programme of work (S/2020/120) and the routine letters, loaded from the files;
demo meetings for each Annex II month with their documents, labelled demo."""

from __future__ import annotations

import datetime

from django.db import transaction
from django.utils import timezone

from r1540.programme import services
from r1540.programme.models import Meeting, MeetingDocument, MeetingDocumentFile, Programme


@transaction.atomic
def load(*, stdout=None) -> None:
    report = services.programme_load()
    letters = services.letter_templates_load()
    if stdout is not None:
        stdout.write("Programme of work: {}; letters: {}".format(report, letters))
    if Meeting.objects.filter(is_demo=True).exists():
        return
    programme = Programme.objects.get(symbol="S/2020/120")
    meetings = 0
    for entry in programme.schedule.filter(kind__in=["meeting", "briefing"]).prefetch_related("items"):
        day = entry.date or entry.month + datetime.timedelta(days=14 + entry.position)
        starts = timezone.make_aware(datetime.datetime.combine(day, datetime.time(10, 0)))
        meeting = Meeting.objects.create(
            kind=entry.meeting_kind or "formal",
            title=entry.text_en[:290],
            starts_at=starts,
            ends_at=starts + datetime.timedelta(hours=3),
            place="United Nations Headquarters, New York (demo)",
            public=entry.meeting_kind in ("open_consultation", "council_briefing", "joint_briefing"),
            notice_sent_at=starts - datetime.timedelta(days=10 if meetings % 5 else 3),
            agenda="(demo) " + entry.text_en,
            is_demo=True,
        )
        meeting.agenda_items.set(entry.items.all())
        document = MeetingDocument.objects.create(
            meeting=meeting,
            symbol="S/AC.44/2020/WP.{}".format(meetings + 1),
            title="Working paper for the meeting (demo)",
            restricted=not meeting.public,
            circulated_at=starts - datetime.timedelta(days=4 if meetings % 4 else 1),
        )
        MeetingDocumentFile.objects.create(
            document=document,
            language="en",
            original=True,
            link="https://example.org/demo/wp-{}.pdf".format(meetings + 1),
        )
        meetings += 1
    if stdout is not None:
        stdout.write("Demo meetings: {} for the Annex II months.".format(meetings))
