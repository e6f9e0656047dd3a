"""National reporting endpoints of the REST API."""

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers
from rest_framework.decorators import action
from rest_framework.response import Response

from r1540.core.api import HistoryMixin, ReadOnlyViewSet, TranslatedField, query_values, router
from r1540.reporting import filters, forms, selectors
from r1540.reporting.models import (
    ActionPlan,
    ActionPlanFollowUp,
    Adherence,
    ControlList,
    DialogueEntry,
    EffectivePractice,
    Instrument,
    NationalReport,
)


class DocumentFileSerializer(serializers.Serializer):
    language = serializers.CharField()
    original = serializers.BooleanField()
    url = serializers.SerializerMethodField()

    def get_url(self, obj) -> str:
        return obj.url(self.context["request"])


class ReportFileSerializer(DocumentFileSerializer):
    pages = serializers.IntegerField(allow_null=True)


class NationalReportSerializer(serializers.ModelSerializer):
    state = serializers.SlugRelatedField(slug_field="iso3", read_only=True)
    files = ReportFileSerializer(many=True, read_only=True)

    class Meta:
        model = NationalReport
        fields = [
            "id",
            "state",
            "kind",
            "submitted_date",
            "received_date",
            "channel",
            "symbol",
            "summary",
            "published",
            "is_demo",
            "files",
        ]


class NonReportingStateSerializer(serializers.Serializer):
    iso3 = serializers.CharField()
    name = serializers.CharField()
    regional_group = serializers.CharField()
    last_contact = serializers.DateField(allow_null=True)
    contacts = serializers.IntegerField()


class DialogueEntrySerializer(serializers.ModelSerializer):
    state = serializers.SlugRelatedField(slug_field="iso3", read_only=True)

    class Meta:
        model = DialogueEntry
        fields = ["id", "state", "date", "kind", "summary", "symbol", "is_demo"]


class NationalReportViewSet(HistoryMixin, ReadOnlyViewSet):
    """National reports: the public sees published ones; a State's POC also its own."""

    queryset = NationalReport.objects.select_related("state").prefetch_related("files")
    serializer_class = NationalReportSerializer
    filterset_class = filters.NationalReportFilterSet

    @extend_schema(
        responses=NonReportingStateSerializer(many=True),
        parameters=[OpenApiParameter("on", OpenApiTypes.DATE, description="The date to answer for (default: today).")],
    )
    @action(detail=False, methods=["get"], url_path="non-reporting", filterset_class=None, pagination_class=None)
    def non_reporting(self, request):
        """Member States that had not submitted a first report on the date ``on``."""
        on = query_values(request, forms.DateQueryForm)["on"]
        states = [
            {
                "iso3": state.iso3,
                "name": state.name,
                "regional_group": state.regional_group,
                "last_contact": state.last_contact,
                "contacts": state.contacts,
            }
            for state in selectors.non_reporting_states(on)
        ]
        return Response(NonReportingStateSerializer(states, many=True).data)


class DialogueEntryViewSet(ReadOnlyViewSet):
    """The Committee's contacts with States about their reporting (restricted)."""

    queryset = DialogueEntry.objects.select_related("state")
    serializer_class = DialogueEntrySerializer
    filterset_class = filters.DialogueEntryFilterSet


router.register("national-reports", NationalReportViewSet, basename="nationalreport")
router.register("dialogue-entries", DialogueEntryViewSet, basename="dialogueentry")


class InstrumentSerializer(serializers.ModelSerializer):
    name = TranslatedField()

    class Meta:
        model = Instrument
        fields = [
            "code",
            "kind",
            "name",
            "acronym",
            "opened_date",
            "entry_into_force_date",
            "in_force",
            "depositary",
            "matrix_row",
            "weapons",
            "confidence",
            "source",
        ]


class AdherenceSerializer(serializers.ModelSerializer):
    state = serializers.SlugRelatedField(slug_field="iso3", read_only=True)
    instrument = serializers.SlugRelatedField(slug_field="code", read_only=True)

    class Meta:
        model = Adherence
        fields = [
            "id",
            "state",
            "instrument",
            "status",
            "signature_date",
            "consent_date",
            "consent_kind",
            "entry_into_force_date",
            "confidence",
            "source",
        ]


class ActionPlanFollowUpSerializer(serializers.ModelSerializer):
    overdue = serializers.BooleanField(read_only=True)

    class Meta:
        model = ActionPlanFollowUp
        fields = ["kind", "summary", "due_date", "done_date", "overdue"]


class ActionPlanSerializer(serializers.ModelSerializer):
    state = serializers.SlugRelatedField(slug_field="iso3", read_only=True)
    previous = serializers.PrimaryKeyRelatedField(read_only=True)
    files = DocumentFileSerializer(many=True, read_only=True)
    follow_ups = ActionPlanFollowUpSerializer(many=True, read_only=True)

    class Meta:
        model = ActionPlan
        fields = [
            "id",
            "state",
            "revision",
            "previous",
            "title",
            "language",
            "status",
            "adopted_date",
            "shared_date",
            "period_start_date",
            "period_end_date",
            "areas",
            "summary",
            "published",
            "is_demo",
            "files",
            "follow_ups",
        ]


class EffectivePracticeSerializer(serializers.ModelSerializer):
    state = serializers.SlugRelatedField(slug_field="iso3", read_only=True)
    organization = serializers.SlugRelatedField(slug_field="slug", read_only=True)

    class Meta:
        model = EffectivePractice
        fields = [
            "id",
            "state",
            "organization",
            "title",
            "summary",
            "language",
            "areas",
            "weapons",
            "shared_date",
            "about_assistance",
            "link",
            "consent_to_publish",
            "published",
            "is_demo",
        ]


class ControlListSerializer(serializers.ModelSerializer):
    state = serializers.SlugRelatedField(slug_field="iso3", read_only=True)

    class Meta:
        model = ControlList
        fields = [
            "id",
            "state",
            "title",
            "kind",
            "coverage",
            "legal_basis",
            "adopted_date",
            "updated_date",
            "link",
            "notes",
            "published",
            "is_demo",
        ]


class InstrumentViewSet(ReadOnlyViewSet):
    """The treaties and instruments of the OP 1 section of the matrix (reference data)."""

    queryset = Instrument.objects.all()
    serializer_class = InstrumentSerializer
    filterset_class = filters.InstrumentFilterSet
    lookup_field = "code"


class AdherenceViewSet(HistoryMixin, ReadOnlyViewSet):
    """Each Member State's signature, consent and entry into force, per instrument."""

    queryset = Adherence.objects.select_related("state", "instrument")
    serializer_class = AdherenceSerializer
    filterset_class = filters.AdherenceFilterSet


class ActionPlanViewSet(HistoryMixin, ReadOnlyViewSet):
    """National action plans: published ones for everyone; a State's POC also its own."""

    queryset = ActionPlan.objects.select_related("state").prefetch_related("files", "follow_ups")
    serializer_class = ActionPlanSerializer
    filterset_class = filters.ActionPlanFilterSet


class EffectivePracticeViewSet(HistoryMixin, ReadOnlyViewSet):
    """Effective practices, published with their contributors' consent."""

    queryset = EffectivePractice.objects.select_related("state", "organization")
    serializer_class = EffectivePracticeSerializer
    filterset_class = filters.EffectivePracticeFilterSet


class ControlListViewSet(HistoryMixin, ReadOnlyViewSet):
    """National control lists (programme of work, para 8 (e))."""

    queryset = ControlList.objects.select_related("state")
    serializer_class = ControlListSerializer
    filterset_class = filters.ControlListFilterSet


router.register("instruments", InstrumentViewSet, basename="instrument")
router.register("adherence", AdherenceViewSet, basename="adherence")
router.register("action-plans", ActionPlanViewSet, basename="actionplan")
router.register("effective-practices", EffectivePracticeViewSet, basename="effectivepractice")
router.register("control-lists", ControlListViewSet, basename="controllist")
