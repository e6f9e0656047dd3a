"""Programme of work endpoints of the REST API."""

from rest_framework import serializers

from r1540.core.api import HistoryMixin, ReadOnlyViewSet, TranslatedField, router
from r1540.programme import citations, figures, filters
from r1540.programme.models import (
    Letter,
    Meeting,
    MeetingDocument,
    MeetingParticipant,
    ProgrammeItem,
    ReviewDecision,
    ReviewSection,
    WorkingGroupMember,
)


class ProgrammeItemSerializer(serializers.ModelSerializer):
    programme = serializers.SlugRelatedField(slug_field="symbol", read_only=True)
    text = TranslatedField()

    class Meta:
        model = ProgrammeItem
        fields = [
            "id",
            "programme",
            "ref",
            "paragraph",
            "area",
            "working_group",
            "text",
            "owner",
            "due_date",
            "recurrence",
            "status",
            "evidence",
        ]


class MeetingDocumentSerializer(serializers.ModelSerializer):
    files = serializers.SerializerMethodField()
    late = serializers.BooleanField(read_only=True)

    class Meta:
        model = MeetingDocument
        fields = ["id", "meeting", "symbol", "title", "restricted", "circulated_at", "late", "files"]

    def get_files(self, obj) -> list[dict]:
        request = self.context["request"]
        return [{"language": file.language, "url": file.url(request)} for file in obj.files.all()]


class MeetingSerializer(serializers.ModelSerializer):
    agenda_items = serializers.SlugRelatedField(slug_field="ref", many=True, read_only=True)
    notice_late = serializers.BooleanField(read_only=True)

    class Meta:
        model = Meeting
        fields = [
            "id",
            "kind",
            "title",
            "starts_at",
            "ends_at",
            "place",
            "working_group",
            "public",
            "notice_sent_at",
            "notice_late",
            "agenda_items",
            "agenda",
            "outcome",
            "follow_up",
            "is_demo",
        ]


class LetterSerializer(serializers.ModelSerializer):
    template = serializers.SlugRelatedField(slug_field="code", read_only=True)
    state = serializers.SlugRelatedField(slug_field="iso3", read_only=True)
    organization = serializers.SlugRelatedField(slug_field="slug", read_only=True)

    class Meta:
        model = Letter
        fields = [
            "id",
            "template",
            "language",
            "state",
            "organization",
            "symbol",
            "letter_date",
            "deadline_date",
            "status",
            "sent_date",
            "reply_date",
            "reminder_date",
            "content",
        ]


class MeetingParticipantSerializer(serializers.ModelSerializer):
    state = serializers.SlugRelatedField(slug_field="iso3", read_only=True)
    organization = serializers.SlugRelatedField(slug_field="slug", read_only=True)
    person = serializers.StringRelatedField()

    class Meta:
        model = MeetingParticipant
        fields = ["id", "meeting", "capacity", "state", "organization", "person", "name", "attendance"]


class WorkingGroupMemberSerializer(serializers.ModelSerializer):
    state = serializers.SlugRelatedField(slug_field="iso3", read_only=True)
    person = serializers.StringRelatedField()

    class Meta:
        model = WorkingGroupMember
        fields = ["id", "year", "working_group", "role", "state", "person", "is_demo"]


class ReviewDecisionSerializer(serializers.ModelSerializer):
    title = TranslatedField()
    text = TranslatedField()

    class Meta:
        model = ReviewDecision
        fields = ["id", "review", "decided_date", "title", "text", "meeting", "reference", "source", "is_demo"]


class ReviewSectionSerializer(serializers.ModelSerializer):
    figures = serializers.SerializerMethodField(help_text="Each cited figure: its value now and when last saved.")

    class Meta:
        model = ReviewSection
        fields = ["id", "review", "position", "title", "body", "status", "owner", "updated_at", "figures", "is_demo"]

    def get_figures(self, obj) -> dict[str, dict]:
        codes = citations.cited(obj.body)
        now = figures.values(codes)
        return {code: {"value": now.get(code), "saved": obj.cited_values.get(code)} for code in codes}


class ProgrammeItemViewSet(HistoryMixin, ReadOnlyViewSet):
    """The lettered actions of the programmes of work, with where each stands."""

    queryset = ProgrammeItem.objects.select_related("programme")
    serializer_class = ProgrammeItemSerializer
    filterset_fields = ["paragraph", "area", "working_group", "status"]


class MeetingViewSet(HistoryMixin, ReadOnlyViewSet):
    """Meetings: the Committee sees all; the public sees open ones."""

    queryset = Meeting.objects.prefetch_related("agenda_items")
    serializer_class = MeetingSerializer
    filterset_class = filters.MeetingFilterSet


class MeetingDocumentViewSet(ReadOnlyViewSet):
    """Meeting documents: restricted ones only for Council delegations and the secretariat."""

    queryset = MeetingDocument.objects.prefetch_related("files")
    serializer_class = MeetingDocumentSerializer


class LetterViewSet(HistoryMixin, ReadOnlyViewSet):
    """Letters from the Committee; a POC sees those to its State or organization."""

    queryset = Letter.objects.select_related("template", "state", "organization")
    serializer_class = LetterSerializer
    filterset_class = filters.LetterFilterSet


class MeetingParticipantViewSet(HistoryMixin, ReadOnlyViewSet):
    """Who was invited to each meeting and who came; the Committee's for closed meetings."""

    queryset = MeetingParticipant.objects.select_related("state", "organization", "person")
    serializer_class = MeetingParticipantSerializer
    filterset_fields = ["meeting", "capacity", "attendance"]


class WorkingGroupMemberViewSet(HistoryMixin, ReadOnlyViewSet):
    """The members of the four working groups, year by year."""

    queryset = WorkingGroupMember.objects.select_related("state", "person")
    serializer_class = WorkingGroupMemberSerializer
    filterset_fields = ["year", "working_group", "role"]


class ReviewDecisionViewSet(HistoryMixin, ReadOnlyViewSet):
    """The Committee's decisions on the comprehensive reviews."""

    queryset = ReviewDecision.objects.all()
    serializer_class = ReviewDecisionSerializer
    filterset_fields = ["review"]


class ReviewSectionViewSet(HistoryMixin, ReadOnlyViewSet):
    """Sections of a review's draft report, with the figures they cite (the Committee's only)."""

    queryset = ReviewSection.objects.all()
    serializer_class = ReviewSectionSerializer
    filterset_fields = ["review", "status"]


router.register("programme-items", ProgrammeItemViewSet, basename="programmeitem")
router.register("meetings", MeetingViewSet, basename="meeting")
router.register("meeting-documents", MeetingDocumentViewSet, basename="meetingdocument")
router.register("letters", LetterViewSet, basename="letter")
router.register("meeting-participants", MeetingParticipantViewSet, basename="meetingparticipant")
router.register("working-group-members", WorkingGroupMemberViewSet, basename="workinggroupmember")
router.register("review-decisions", ReviewDecisionViewSet, basename="reviewdecision")
router.register("review-sections", ReviewSectionViewSet, basename="reviewsection")
