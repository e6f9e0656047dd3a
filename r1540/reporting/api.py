"""National reporting endpoints of the REST API."""

import datetime

from django.utils.translation import gettext as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers
from rest_framework.decorators import action
from rest_framework.response import Response

from r1540.core.api import HistoryMixin, ReadOnlyViewSet, router
from r1540.reporting import filters, selectors
from r1540.reporting.models import DialogueEntry, NationalReport, ReportFile


class ReportFileSerializer(serializers.ModelSerializer):
    url = serializers.SerializerMethodField()

    class Meta:
        model = ReportFile
        fields = ["language", "original", "pages", "url"]

    def get_url(self, obj) -> str:
        if obj.file:
            return self.context["request"].build_absolute_uri(obj.file.url)
        return obj.link


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
        on = request.query_params.get("on")
        try:
            on = datetime.date.fromisoformat(on) if on else None
        except ValueError:
            raise serializers.ValidationError({"on": _("Give the date as YYYY-MM-DD.")}) from None
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
