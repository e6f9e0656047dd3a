import datetime
import io

import docx
import pytest
from django.urls import reverse

from r1540.core.roles import Role
from r1540.programme import reminders
from r1540.programme.models import ProgrammeItem

pytestmark = pytest.mark.django_db


def test_reminders_go_to_those_who_owe_and_are_emailed(world, cast, mailoutbox):
    poc_user, secretariat = cast[Role.STATE_POC], cast[Role.SECRETARIAT]
    poc_user.email, secretariat.email = "poc@example.org", "secretariat@example.org"
    poc_user.save()
    secretariat.save()
    today = datetime.date(2026, 5, 25)
    version = world["own_sent_matrix"]  # comments due 29 May 2026
    letter = world["own_letter"]
    letter.status, letter.reminder_date = "sent", today
    letter.save()
    collected = {reminder.to: reminder.lines for reminder in reminders.collect(today)}
    assert collected["poc@example.org"] == [
        "Comments on the 1540 matrix of Indonesia are due on {}.".format(version.comment_deadline_date.isoformat())
    ]
    secretariat_lines = collected["secretariat@example.org"]
    assert any(letter.symbol in line for line in secretariat_lines)
    overdue = ProgrammeItem.objects.filter(due_date__lt=today).exclude(status__in=["done", "deferred"]).count()
    assert sum("was due on" in line for line in secretariat_lines) == overdue > 0
    assert reminders.send_reminders.call(today=today.isoformat()) == 2
    assert {message.to[0] for message in mailoutbox} == {"poc@example.org", "secretariat@example.org"}


def test_working_groups_and_the_transition_pack(client, world, cast):
    page = client.get(reverse("programme:working_groups"), {"year": 2020}).content.decode()
    assert "Monitoring and national implementation" in page and "8(b)" in page
    client.force_login(cast[Role.DELEGATION])
    assert "Open items" in client.get(reverse("programme:transition")).content.decode()
    word = client.get(reverse("programme:transition"), {"format": "docx"})
    text = "\n".join(p.text for p in docx.Document(io.BytesIO(word.content)).paragraphs)
    assert "transition pack" in text.lower() and "S/2020/120" in text
    assert client.get(reverse("programme:transition"), {"format": "pdf"}).content.startswith(b"%PDF")
