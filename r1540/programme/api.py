"""Programme of work endpoints of the REST API."""

from rest_framework import serializers

from r1540.core.api import HistoryMixin, ReadOnlyViewSet, TranslatedField, router
from r1540.programme import filters
from r1540.programme.models import Letter, Meeting, MeetingDocument, ProgrammeItem


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


router.register("programme-items", ProgrammeItemViewSet, basename="programmeitem")
router.register("meetings", MeetingViewSet, basename="meeting")
router.register("meeting-documents", MeetingDocumentViewSet, basename="meetingdocument")
router.register("letters", LetterViewSet, basename="letter")
