"""Read-side summaries of the directory used by other pages."""

from django.db.models import Count
from django.utils import timezone

from r1540.directory.choices import RegionalGroup
from r1540.directory.models import CommitteeOffice, CouncilMembership, Organization, State


def regional_group_totals() -> dict[str, int]:
    """Member States per regional group (electoral groups, observers counted where they sit)."""
    rows = State.objects.members().order_by().values("regional_group").annotate(total=Count("id"))
    totals = dict.fromkeys(RegionalGroup.values, 0)
    totals.update({row["regional_group"]: row["total"] for row in rows})
    return totals


def council_for_year(year: int):
    return CouncilMembership.objects.filter(year=year).select_related("state").order_by("-seat", "state__name_en")


def offices_for_year(year: int):
    return (
        CommitteeOffice.objects.filter(start_date__year__lte=year, end_date__year__gte=year)
        .select_related("state")
        .order_by("office", "working_group", "state__name_en")
    )


def latest_council_year() -> int | None:
    """This year if its membership is loaded, else the latest loaded year."""
    this_year = timezone.localdate().year
    years = CouncilMembership.objects.values_list("year", flat=True)
    if years.filter(year=this_year).exists():
        return this_year
    return years.order_by("-year").first()


def directory_figures() -> dict:
    groups = regional_group_totals()
    return {
        "member_states": sum(groups.values()),
        "observer_states": State.objects.filter(status="observer").count(),
        "organizations": Organization.objects.count(),
        "groups": [(RegionalGroup(code).label, code, total) for code, total in groups.items() if total],
        "council_year": latest_council_year(),
    }


def council_years() -> list[int]:
    return list(CouncilMembership.objects.order_by("-year").values_list("year", flat=True).distinct())
