import datetime
import io
import zipfile

import docx
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar

from r1540.core.roles import Role
from r1540.core.testing.files import PDF
from r1540.directory.tests.factories import PointOfContactFactory
from r1540.programme import ical, services
from r1540.programme.models import Letter, LetterTemplate, Meeting, MeetingDocument, Programme, ProgrammeItem

pytestmark = pytest.mark.django_db


def test_the_real_2020_programme_has_every_lettered_action_and_every_annex_month(world, client):
    programme = Programme.objects.get(symbol="S/2020/120")
    counts = {paragraph: programme.items.filter(paragraph=paragraph).count() for paragraph in (8, 9, 10, 11, 12)}
    assert counts == {8: 10, 9: 10, 10: 10, 11: 7, 12: 8}
    assert programme.items.get(ref="8(b)").text_zh_hans.startswith("本着尽快实现普遍报告")
    months = sorted({entry.month.strftime("%Y-%m") for entry in programme.schedule.all()})
    assert months == [
        "2020-02",
        "2020-03",
        "2020-04",
        "2020-05",
        "2020-06",
        "2020-07",
        "2020-08",
        "2020-10",
        "2020-11",
        "2020-12",
    ]
    assert (
        programme.schedule.filter(kind="letter", month=datetime.date(2020, 3, 1)).exclude(letter_code="").count() == 9
    )
    page = client.get(reverse("programme:programme", kwargs={"pk": programme.pk}), HTTP_ACCEPT_LANGUAGE="zh-hans")
    assert page.status_code == 200
    chinese = client.get("/zh-hans" + reverse("programme:programme", kwargs={"pk": programme.pk})).content.decode()
    assert programme.items.get(ref="8(b)").text_zh_hans[:10] in chinese
    again = services.programme_load()
    assert not again.created and not again.updated


def test_a_document_attached_after_the_circulation_deadline_is_flagged(client, world, cast):
    meeting = Meeting.objects.create(
        kind="working_group", title="Working group 1", starts_at=timezone.now() + datetime.timedelta(days=1)
    )
    client.force_login(cast[Role.SECRETARIAT])
    client.post(
        reverse("programme:document_add", kwargs={"pk": meeting.pk}),
        {
            "title": "Late paper",
            "symbol": "WG1/1",
            "restricted": "on",
            "language": "en",
            "file": SimpleUploadedFile("paper.pdf", PDF),  # a document type the upload check accepts
        },
    )
    document = MeetingDocument.objects.get(title="Late paper")
    response = client.post(reverse("programme:document_circulate", kwargs={"pk": document.pk}), follow=True)
    document.refresh_from_db()
    assert document.circulated_at is not None and document.late
    assert "flagged as late" in response.content.decode()
    compliance = client.get(reverse("programme:compliance")).content.decode()
    assert "WG1/1" in compliance
    in_time = MeetingDocument.objects.create(meeting=world["closed_meeting"], title="Early", restricted=True)
    in_time.files.create(language="fr", link="https://example.org/early")
    services.document_circulate(document=in_time, actor=cast[Role.SECRETARIAT])
    assert not in_time.late


def test_notice_goes_to_this_years_delegations(world, cast, mailoutbox, django_capture_on_commit_callbacks):
    meeting = world["closed_meeting"]
    cast[Role.DELEGATION].email = "france@example.org"
    cast[Role.DELEGATION].save()
    with django_capture_on_commit_callbacks(execute=True):
        count = services.meeting_notify(meeting=meeting, actor=cast[Role.SECRETARIAT])
    assert count == 1 and mailoutbox[0].to == ["france@example.org"]
    assert not meeting.notice_late


def test_the_icalendar_feed_parses_and_holds_the_users_meetings_and_deadlines(client, world, cast):
    expert = cast[Role.EXPERT]
    sent = world["own_sent_matrix"]
    sent.comment_deadline_date = timezone.localdate() + datetime.timedelta(days=10)
    sent.save()
    response = client.get(reverse("programme:calendar_feed", kwargs={"token": ical.token_for(expert)}))
    assert response["Content-Type"].startswith("text/calendar")
    calendar = Calendar.from_ical(response.content)
    titles = {str(event.get("summary")) for event in calendar.walk("VEVENT")}
    assert {"Formal meeting on the matrices", "Open consultation"} <= titles
    assert "Comments due on the 1540 matrix of Indonesia" in titles
    public = Calendar.from_ical(client.get(reverse("programme:public_feed")).content)
    assert {str(event.get("summary")) for event in public.walk("VEVENT")} == {"Open consultation"}
    poc = Calendar.from_ical(
        client.get(reverse("programme:calendar_feed", kwargs={"token": ical.token_for(cast[Role.STATE_POC])})).content
    )
    assert {str(event.get("summary")) for event in poc.walk("VEVENT")} == {
        "Open consultation",
        "Comments due on the 1540 matrix of Indonesia",
    }


def test_mail_merging_the_letter_to_non_reporting_states(client, world, cast):
    """France has reported (a first report in the world), Indonesia too: make a third State the
    non-reporting one, with a point of contact, and merge the letter in French."""
    from r1540.directory.tests.factories import StateFactory

    tuvalu = StateFactory(
        iso3="TUV", iso2="TV", m49="798", name_en="Tuvalu", name_fr="Tuvalu", admission_date="2000-09-05"
    )
    PointOfContactFactory(state=tuvalu, person__given_name="Sione", person__family_name="Tafea")
    world["other_unpublished_report"].delete()  # France now lacks a first report too
    client.force_login(cast[Role.SECRETARIAT])
    response = client.post(
        reverse("programme:letter_template", kwargs={"code": "nonreporting"}),
        {"template": "nonreporting", "language": "fr", "letter_date": "2026-03-02", "deadline_date": "2026-06-30"},
    )
    assert response.status_code == 302
    letters = list(Letter.objects.filter(template__code="nonreporting").exclude(batch="world").order_by("symbol"))
    assert {letter.recipient.iso3 for letter in letters} == {"FRA", "TUV"}
    archive = client.get(reverse("programme:batch_download", kwargs={"batch": letters[0].batch}))
    bundle = zipfile.ZipFile(io.BytesIO(archive.content))
    assert len(bundle.namelist()) == 2
    texts = [
        "\n".join(p.text for p in docx.Document(io.BytesIO(bundle.read(name))).paragraphs) for name in bundle.namelist()
    ]
    tuvalu_text = next(text for text in texts if "Tuvalu" in text)
    assert "présente ses compliments" in tuvalu_text and "Représentant permanent de Tuvalu" in tuvalu_text
    assert "Sione Tafea" in tuvalu_text
    assert "30 juin 2026" in tuvalu_text
    pdf = client.get(reverse("programme:letter_download", kwargs={"pk": letters[0].pk, "kind": "pdf"}))
    assert pdf.content.startswith(b"%PDF")


def test_letters_are_tracked_and_shown_on_the_recipients_page(client, world, cast):
    letter = world["own_letter"]
    services.letter_mark(letter=letter, status="sent", on=datetime.date(2026, 3, 3), actor=cast[Role.SECRETARIAT])
    letter.reminder_date = datetime.date(2026, 4, 1)
    letter.save()
    assert letter.reminder_due
    client.force_login(cast[Role.STATE_POC])
    page = client.get(world["own_state"].get_absolute_url()).content.decode()
    assert "Letters from the Committee" in page and "reminder due" in page
    services.letter_mark(letter=letter, status="replied", on=datetime.date(2026, 4, 2), actor=cast[Role.SECRETARIAT])
    assert not letter.reminder_due


def test_every_routine_letter_renders_in_every_language(world):
    from r1540.programme import letters

    for template in LetterTemplate.objects.prefetch_related("texts"):
        assert template.texts.count() == 6, template.code
        for text in template.texts.all():
            context = letters.context_for(
                world["own_state"] if template.audience == "state" else world["own_organization"],
                symbol="X/1",
                letter_date=datetime.date(2026, 3, 2),
                deadline=datetime.date(2026, 6, 30),
            )
            rendered = letters.render(text.subject, text.body, context)
            assert "{{" not in rendered and "{%" not in rendered


def test_items_record_progress_with_evidence(client, world, cast):
    item = ProgrammeItem.objects.get(ref="9(h)")
    client.force_login(cast[Role.EXPERT])
    response = client.post(
        reverse("programme:item_edit", kwargs={"pk": item.pk}),
        {
            "status": "done",
            "owner": "Working group 2",
            "evidence": "/assistance/quarterly/?year=2020&quarter=1",
            "lock_version": item.lock_version,
            "reason": "Quarterly report presented",
        },
    )
    assert response.status_code == 302
    item.refresh_from_db()
    assert item.status == "done" and item.evidence_lines() == ["/assistance/quarterly/?year=2020&quarter=1"]
