"""The reporting status of every State through the REST API (the same rows as the page)."""

from rest_framework import serializers

from r1540.core.api import ReadOnlyViewSet, router
from r1540.directory.filters import StateFilterSet
from r1540.directory.models import State
from r1540.public.selectors import reporting_status


class ReportingStatusSerializer(serializers.ModelSerializer):
    name = serializers.CharField(help_text="The name in the language of the request (Accept-Language).")
    first_report_date = serializers.DateField(allow_null=True)
    report_count = serializers.IntegerField(allow_null=True)
    latest_report_date = serializers.DateField(allow_null=True)
    matrix_published_date = serializers.DateField(allow_null=True)
    has_action_plan = serializers.BooleanField()
    has_point_of_contact = serializers.BooleanField()

    class Meta:
        model = State
        fields = [
            "iso3",
            "name",
            "regional_group",
            "status",
            "first_report_date",
            "report_count",
            "latest_report_date",
            "matrix_published_date",
            "has_action_plan",
            "has_point_of_contact",
        ]


class ReportingStatusViewSet(ReadOnlyViewSet):
    """Each State's public reporting facts: first and latest report, number of reports, when its
    current matrix was published, whether it published an action plan and whether it has a point
    of contact (never who). Member States unless ``status=all`` or ``status=observer``."""

    queryset = reporting_status()
    serializer_class = ReportingStatusSerializer
    filterset_class = StateFilterSet
    lookup_field = "iso3"


router.register("reporting-status", ReportingStatusViewSet, basename="reportingstatus")
