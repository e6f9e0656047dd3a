"""Programme of work pages: the programme and its items, meetings and documents, the calendar and
its feeds, the routine letters and their mail merge, the comprehensive-review timeline."""

from __future__ import annotations

import calendar as calendar_module
import datetime
import io
import zipfile

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from r1540.core.filters import reads_query
from r1540.core.permissions import policy_for
from r1540.core.views.generic import (
    ObjectCreateView,
    ObjectDetailView,
    ObjectEditView,
    ObjectListView,
    add_validation_error,
    committee_only,
)
from r1540.programme import choices, figures, filters, forms, ical, letters, review_report, selectors, services, tables
from r1540.programme import transition as transition_documents
from r1540.programme.models import (
    Letter,
    LetterTemplate,
    Meeting,
    MeetingDocument,
    MeetingParticipant,
    Programme,
    ProgrammeItem,
    ReviewDecision,
    ReviewSection,
    WorkingGroupMember,
)


def programme_current(request):
    """The programme of work in force (or the latest)."""
    programme = selectors.current_programme()
    if programme is None:
        raise Http404
    return _programme_page(request, programme)


def programme_detail(request, pk):
    """The programme: its items by paragraph and its schedule month by month (Annex II)."""
    return _programme_page(request, get_object_or_404(Programme, pk=pk))


def _programme_page(request, programme):
    return render(
        request,
        "programme/programme_detail.html",
        {
            "object": programme,
            **selectors.programme_overview(programme),
            "can_change": policy_for(Programme).can_change(request.user, programme),
        },
    )


class ProgrammeItemDetailView(ObjectDetailView):
    model = ProgrammeItem
    queryset = ProgrammeItem.objects.select_related("programme")
    template_name = "programme/item_detail.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["meetings"] = policy_for(Meeting).visible(self.request.user, self.object.meetings.all())
        context["schedule"] = self.object.schedule.all()
        return context


class ProgrammeItemEditView(ObjectEditView):
    model = ProgrammeItem
    form_class = forms.ProgrammeItemForm
    queryset = ProgrammeItem.objects.select_related("programme")
    service = services.item_save
    service_argument = "item"


class MeetingListView(ObjectListView):
    model = Meeting
    table_class = tables.MeetingTable
    filterset_class = filters.MeetingFilterSet
    add_url_name = "programme:meeting_add"
    intro = _("The Committee's meetings, briefings and consultations; open ones are public.")


class MeetingDocumentListView(ObjectListView):
    model = MeetingDocument
    queryset = MeetingDocument.objects.select_related("meeting").prefetch_related("files")
    table_class = tables.MeetingDocumentTable
    filterset_class = filters.MeetingDocumentFilterSet
    intro = _(
        "The documents of the Committee's meetings, with the languages they exist in. The public sees the "
        "documents of open meetings once circulated; the Council's delegations also the restricted ones."
    )


class MeetingDetailView(ObjectDetailView):
    model = Meeting
    template_name = "programme/meeting_detail.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        context["documents"] = policy_for(MeetingDocument).visible(
            user, self.object.documents.prefetch_related("files")
        )
        context["agenda_items"] = self.object.agenda_items.all()
        context["can_act"] = policy_for(Meeting).can_add(user)
        context["participants"] = policy_for(MeetingParticipant).visible(
            user, self.object.participants.select_related("state", "organization", "person")
        )
        if context["can_act"]:
            context["document_form"] = forms.MeetingDocumentForm()
            context["participant_form"] = forms.ParticipantForm()
            context["attendance_choices"] = choices.Attendance.choices
        return context


class MeetingSaveMixin:
    model = Meeting
    form_class = forms.MeetingForm
    service = services.meeting_save
    service_argument = "meeting"


class MeetingCreateView(MeetingSaveMixin, ObjectCreateView):
    cancel_url_name = "programme:meeting_list"


class MeetingEditView(MeetingSaveMixin, ObjectEditView):
    pass


def _staff_post(request, model=Meeting):
    """A POST by someone the model's policy lets add (for meetings: experts and the secretariat)."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if request.method != "POST":
        raise Http404
    if not policy_for(model).can_add(request.user):
        raise PermissionDenied
    return None


def meeting_notify(request, pk):
    """Send the notice to every delegation of the year's Council members."""
    if (response := _staff_post(request)) is not None:
        return response
    meeting = get_object_or_404(Meeting, pk=pk)
    count = services.meeting_notify(meeting=meeting, actor=request.user)
    messages.success(request, _("The notice went to {count} delegation accounts.").format(count=count))
    return redirect(meeting)


def _form_errors(request, form) -> None:
    for errors in form.errors.values():
        for error in errors:
            messages.error(request, error)


def participant_add(request, pk):
    """Put a delegation, an expert, an invited State or organization or a guest on the list."""
    if (response := _staff_post(request)) is not None:
        return response
    meeting = get_object_or_404(Meeting, pk=pk)
    form = forms.ParticipantForm(request.POST, instance=MeetingParticipant(meeting=meeting))
    if form.is_valid():
        try:
            services.participant_add(participant=form.instance, actor=request.user)
        except ValidationError as error:
            add_validation_error(form, error)
        else:
            messages.success(request, _("Added to the participants."))
    _form_errors(request, form)
    return redirect(form.instance.get_absolute_url())


def participants_invite(request, pk):
    """Invite every Council member of the meeting's year."""
    if (response := _staff_post(request)) is not None:
        return response
    meeting = get_object_or_404(Meeting, pk=pk)
    count = services.participants_invite_council(meeting=meeting, actor=request.user)
    messages.success(request, _("{count} Council delegations added.").format(count=count))
    return redirect("{}#participants".format(meeting.get_absolute_url()))


def participant_mark(request, pk):
    """Record whether a participant came, or remove them from the list."""
    if (response := _staff_post(request)) is not None:
        return response
    participant = get_object_or_404(MeetingParticipant.objects.select_related("meeting"), pk=pk)
    if request.POST.get("remove"):
        services.participant_remove(participant=participant, actor=request.user)
        messages.success(request, _("Removed from the participants."))
    else:
        form = forms.AttendanceForm(request.POST)
        if form.is_valid():
            services.participant_mark(
                participant=participant, attendance=form.cleaned_data["attendance"], actor=request.user
            )
        else:
            _form_errors(request, form)
    return redirect(participant.get_absolute_url())


def document_add(request, pk):
    """Attach a document (with its first file) to a meeting."""
    if (response := _staff_post(request)) is not None:
        return response
    meeting = get_object_or_404(Meeting, pk=pk)
    form = forms.MeetingDocumentForm(request.POST, request.FILES)
    if form.is_valid():
        form.instance.meeting = meeting
        try:
            services.document_attach(
                document=form.instance,
                language=form.cleaned_data["language"],
                file=form.cleaned_data["file"],
                actor=request.user,
            )
        except ValidationError as error:
            add_validation_error(form, error)
        else:
            messages.success(request, _("The document is attached; circulate it to the delegations."))
            return redirect(meeting)
    _form_errors(request, form)
    return redirect(meeting)


def document_circulate(request, pk):
    if (response := _staff_post(request)) is not None:
        return response
    document = get_object_or_404(MeetingDocument.objects.select_related("meeting"), pk=pk)
    try:
        services.document_circulate(document=document, actor=request.user)
    except ValidationError as error:
        for message in error.messages:
            messages.error(request, message)
    else:
        if document.late:
            messages.warning(request, _("Circulated after the meeting's documents deadline: it is flagged as late."))
        else:
            messages.success(request, _("Circulated to the Council delegations."))
    return redirect(document.meeting)


def document_detail(request, pk):
    """A meeting document: restricted ones only for the Committee."""
    document = get_object_or_404(
        policy_for(MeetingDocument).visible(request.user, MeetingDocument.objects.select_related("meeting")), pk=pk
    )
    return render(request, "programme/document_detail.html", {"object": document, "files": document.files.all()})


@committee_only
@reads_query(forms.YearQueryForm)
def compliance(request):
    """Were meetings notified in time, and documents circulated before them? (para 4)"""
    year = forms.YearQueryForm(request.GET).values()["year"]
    meetings = Meeting.objects.filter(starts_at__year=year).order_by("starts_at")
    return render(
        request,
        "programme/compliance.html",
        {
            "year": year,
            "rows": selectors.compliance(meetings),
            "cadence": selectors.working_group_cadence(year),
        },
    )


@reads_query(forms.CalendarQueryForm)
def calendar_view(request):
    """The calendar: a month at a time, or a list of what is coming."""
    today = timezone.localdate()
    query = forms.CalendarQueryForm(request.GET).values()
    year, month, view = query["year"], query["month"], query["view"]
    first = datetime.date(year, month, 1)
    last = datetime.date(year, month, calendar_module.monthrange(year, month)[1])
    if view == "list":
        first, last = today, today + datetime.timedelta(days=120)
    elif view == "week":
        first = today - datetime.timedelta(days=today.weekday())
        last = first + datetime.timedelta(days=6)
    events = selectors.events_for(request.user, first, last)
    weeks = []
    if view == "month":
        by_day: dict[datetime.date, list] = {}
        for event in events:
            day = event.start.date() if isinstance(event.start, datetime.datetime) else event.start
            by_day.setdefault(day, []).append(event)
        for week in calendar_module.Calendar(firstweekday=0).monthdatescalendar(year, month):
            weeks.append([(day, by_day.get(day, []), day.month == month) for day in week])
    previous = (first - datetime.timedelta(days=1)).replace(day=1)
    following = last + datetime.timedelta(days=1)
    context = {
        "view": view,
        "first": first,
        "last": last,
        "events": events,
        "weeks": weeks,
        "previous": previous,
        "following": following,
        "today": today,
    }
    if request.user.is_authenticated:
        context["feed_url"] = request.build_absolute_uri(
            reverse("programme:calendar_feed", kwargs={"token": ical.token_for(request.user)})
        )
    return render(request, "programme/calendar.html", context)


def _feed_range():
    today = timezone.localdate()
    return today - datetime.timedelta(days=180), today + datetime.timedelta(days=365)


def calendar_feed(request, token):
    """A user's own feed: their meetings and the deadlines they owe (the token signs them in)."""
    user = ical.user_for(token)
    if user is None:
        raise Http404
    start, end = _feed_range()
    content = ical.feed(
        selectors.events_for(user, start, end), "r1540 — {}".format(user), request.build_absolute_uri("/")[:-1]
    )
    return HttpResponse(content, content_type="text/calendar; charset=utf-8")


@login_required
@require_POST
def calendar_feed_revoke(request):
    """The owner stops their private calendar address (shared by mistake, a lost device)."""
    services.calendar_feed_revoke(user=request.user)
    messages.success(request, _("Your private calendar address was replaced; the old one no longer works."))
    return redirect("programme:calendar")


def public_feed(request):
    """The public calendar: open meetings, briefings and consultations."""
    start, end = _feed_range()
    content = ical.feed(
        selectors.events_for(None, start, end, public_only=True),
        "1540 Committee",
        request.build_absolute_uri("/")[:-1],
    )
    return HttpResponse(content, content_type="text/calendar; charset=utf-8")


def review(request):
    """The comprehensive reviews: their milestones and progress, the decisions taken, and for the
    Committee the draft report's sections."""
    context = selectors.review_overview(request.user)
    context["can_draft"] = policy_for(ReviewSection).can_add(request.user)
    context["can_decide"] = policy_for(ReviewDecision).can_add(request.user)
    return render(request, "programme/review.html", context)


class ReviewDecisionDetailView(ObjectDetailView):
    model = ReviewDecision
    detail_fields = ["review", "decided_date", "text", "meeting", "reference", "source"]
    edit_url_name = "programme:review_decision_edit"


class ReviewDecisionSaveMixin:
    model = ReviewDecision
    form_class = forms.ReviewDecisionForm
    service = services.decision_save
    service_argument = "decision"


class ReviewDecisionCreateView(ReviewDecisionSaveMixin, ObjectCreateView):
    cancel_url_name = "programme:review"


class ReviewDecisionEditView(ReviewDecisionSaveMixin, ObjectEditView):
    pass


class ReviewSectionDetailView(ObjectDetailView):
    model = ReviewSection
    template_name = "programme/review_section.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(selectors.section_reading(self.object))
        return context


class ReviewSectionSaveMixin:
    model = ReviewSection
    form_class = forms.ReviewSectionForm

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["help_template"] = "programme/partials/figure_names.html"
        context["figures"] = figures.FIGURES.values()
        return context

    service = services.section_save
    service_argument = "section"


class ReviewSectionCreateView(ReviewSectionSaveMixin, ObjectCreateView):
    cancel_url_name = "programme:review"


class ReviewSectionEditView(ReviewSectionSaveMixin, ObjectEditView):
    pass


def review_draft(request, number, kind):
    """The draft report of review ``number`` in Word or PDF, with today's figures."""
    if not policy_for(ReviewSection).can_list(request.user):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        raise PermissionDenied
    if kind not in review_report.DRAFT_TYPES:
        raise Http404
    sections = ReviewSection.objects.filter(review=number)
    if not sections.exists():
        raise Http404
    content_type, build = review_report.DRAFT_TYPES[kind]
    response = HttpResponse(build(number, sections, request.LANGUAGE_CODE), content_type=content_type)
    response["Content-Disposition"] = 'attachment; filename="review-{}-draft.{}"'.format(number, kind)
    return response


@committee_only
def letter_templates(request):
    templates = LetterTemplate.objects.prefetch_related("texts")
    rows = [
        {"template": template, "recipients": selectors.RECIPIENTS.get(template.recipients)} for template in templates
    ]
    return render(request, "programme/letter_templates.html", {"rows": rows})


@committee_only
def letter_template(request, code):
    """A routine letter: its texts, who it goes to today, and the mail merge."""
    template = get_object_or_404(LetterTemplate, code=code)
    recipients = list(selectors.recipients_for(template.recipients))
    can_merge = policy_for(Letter).can_add(request.user)
    form = forms.MailMergeForm(
        request.POST or None, initial={"template": template.code, "language": request.LANGUAGE_CODE}
    )
    if request.method == "POST":
        if not can_merge:
            raise PermissionDenied
        if form.is_valid():
            try:
                created = services.mail_merge(
                    template=template,
                    language=form.cleaned_data["language"],
                    recipients=recipients,
                    letter_date=form.cleaned_data["letter_date"],
                    deadline_date=form.cleaned_data["deadline_date"],
                    actor=request.user,
                )
            except ValidationError as error:
                add_validation_error(form, error)
            else:
                messages.success(request, _("{count} letters prepared.").format(count=len(created)))
                if created:
                    return redirect("{}?batch={}".format(reverse("programme:letter_list"), created[0].batch))
    return render(
        request,
        "programme/letter_template.html",
        {
            "object": template,
            "texts": template.texts.all(),
            "recipients": recipients,
            "query": selectors.RECIPIENTS.get(template.recipients),
            "form": form,
            "can_merge": can_merge,
        },
    )


class LetterListView(ObjectListView):
    model = Letter
    queryset = Letter.objects.select_related("template", "state", "organization")
    table_class = tables.LetterTable
    intro = _("Letters prepared by mail merge: sent, replies received, reminders due.")
    filterset_class = filters.LetterFilterSet
    template_name = "programme/letter_list.html"


class LetterDetailView(ObjectDetailView):
    model = Letter
    queryset = Letter.objects.select_related("template", "state", "organization")
    template_name = "programme/letter_detail.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["subject"], _sep, context["body"] = self.object.content.partition("\n\n")
        context["mark_form"] = (
            forms.LetterMarkForm() if policy_for(Letter).can_act(self.request.user, self.object) else None
        )
        return context


def letter_mark(request, pk):
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if request.method != "POST":
        raise Http404
    if not policy_for(Letter).can_act(request.user):
        raise PermissionDenied
    letter = get_object_or_404(Letter, pk=pk)
    form = forms.LetterMarkForm(request.POST)
    if form.is_valid():
        try:
            services.letter_mark(
                letter=letter, status=form.cleaned_data["status"], on=form.cleaned_data["on"], actor=request.user
            )
        except ValidationError as error:
            for message in error.messages:
                messages.error(request, message)
    return redirect(letter)


def letter_download(request, pk, kind):
    """One letter as Word or PDF, in its language."""
    if kind not in letters.LETTER_TYPES:
        raise Http404
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    letter = get_object_or_404(policy_for(Letter).visible(request.user, Letter.objects.all()), pk=pk)
    content_type, build = letters.LETTER_TYPES[kind]
    response = HttpResponse(build([letter], letter.language), content_type=content_type)
    response["Content-Disposition"] = 'attachment; filename="{}.{}"'.format(
        letter.symbol.replace("/", "-").replace("(", "-").replace(")", ""), kind
    )
    return response


@committee_only
def batch_download(request, batch):
    """Every letter of a mail merge: one Word document each, in a ZIP archive."""
    batch_letters = list(Letter.objects.filter(batch=batch).select_related("state", "organization"))
    if not batch_letters:
        raise Http404
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as bundle:
        for letter in batch_letters:
            name = "{}-{}.docx".format(
                letter.symbol.replace("/", "-").replace("(", "-").replace(")", ""),
                (letter.state or letter.organization).pk,
            )
            bundle.writestr(name, letters.letters_docx([letter], letter.language))
    response = HttpResponse(archive.getvalue(), content_type="application/zip")
    response["Content-Disposition"] = 'attachment; filename="letters-{}.zip"'.format(batch)
    return response


@reads_query(forms.YearQueryForm)
def working_groups(request):
    """The four working groups: coordinators, their items, and their meetings per quarter."""
    year = forms.YearQueryForm(request.GET).values()["year"]
    can_edit = policy_for(WorkingGroupMember).can_add(request.user)
    return render(
        request,
        "programme/working_groups.html",
        {
            "year": year,
            "groups": selectors.working_groups(year),
            "can_edit": can_edit,
            "member_form": forms.WorkingGroupMemberForm() if can_edit else None,
        },
    )


def member_add(request, year):
    """Add a delegation, an expert or the secretariat to a working group for ``year``."""
    if (response := _staff_post(request, WorkingGroupMember)) is not None:
        return response
    form = forms.WorkingGroupMemberForm(request.POST, instance=WorkingGroupMember(year=year))
    if form.is_valid():
        try:
            member = services.member_add(member=form.instance, actor=request.user)
        except ValidationError as error:
            add_validation_error(form, error)
        else:
            messages.success(request, _("Added to the working group."))
            return redirect(member.get_absolute_url())
    _form_errors(request, form)
    return redirect("{}?year={}".format(reverse("programme:working_groups"), year))


def member_remove(request, pk):
    if (response := _staff_post(request, WorkingGroupMember)) is not None:
        return response
    member = get_object_or_404(WorkingGroupMember, pk=pk)
    url = member.get_absolute_url()
    services.member_remove(member=member, actor=request.user)
    messages.success(request, _("Removed from the working group."))
    return redirect(url)


@committee_only
def transition(request):
    """The transition pack for incoming Council members, on screen or as Word or PDF."""
    pack = selectors.transition_pack(timezone.localdate().year)
    kind = request.GET.get("format")
    if kind in transition_documents.PACK_TYPES:
        content_type, build = transition_documents.PACK_TYPES[kind]
        response = HttpResponse(build(pack, request.LANGUAGE_CODE), content_type=content_type)
        response["Content-Disposition"] = 'attachment; filename="transition-pack-{}.{}"'.format(pack["year"], kind)
        return response
    return render(request, "programme/transition.html", {"pack": pack})
