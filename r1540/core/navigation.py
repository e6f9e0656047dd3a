"""The main menu: one entry per area of the Committee's work (programme of work, Annex I).

Each area app adds its items here as it lands; an item shows only to the roles that may
open it, so the menu never offers a page that answers "forbidden".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from django.urls import reverse
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from r1540.core import roles


def everyone(user) -> bool:
    return True


@dataclass(frozen=True)
class MenuItem:
    label: str | Promise
    url_name: str
    visible: Callable = everyone
    query: str = ""

    @property
    def url(self) -> str:
        return reverse(self.url_name) + ("?" + self.query if self.query else "")


@dataclass(frozen=True)
class MenuGroup:
    label: str | Promise
    icon: str
    items: list[MenuItem] = field(default_factory=list)


def can_see_pocs(user) -> bool:
    return roles.is_committee(user) or roles.role_of(user) in (roles.Role.STATE_POC, roles.Role.ORGANIZATION_POC)


MENU: list[MenuGroup] = [
    MenuGroup(
        _("Directory"),
        "bi-globe2",
        [
            MenuItem(_("States"), "directory:state_list"),
            MenuItem(_("Security Council and Committee"), "directory:council_current"),
            MenuItem(_("Organizations"), "directory:organization_list"),
            MenuItem(_("Points of contact"), "directory:pointofcontact_list", can_see_pocs),
        ],
    ),
    MenuGroup(
        _("National implementation"),
        "bi-grid-3x3",
        [
            MenuItem(_("Reporting status of States"), "public:reporting_status"),
            MenuItem(_("National reports"), "reporting:report_list"),
            MenuItem(_("States yet to report"), "reporting:non_reporting"),
            MenuItem(_("Treaties and adherence"), "reporting:instrument_list"),
            MenuItem(_("National action plans"), "reporting:actionplan_list"),
            MenuItem(_("Effective practices"), "reporting:practice_list"),
            MenuItem(_("Control lists"), "reporting:controllist_list"),
            MenuItem(_("1540 matrices"), "matrices:version_list"),
            MenuItem(_("Progress of the review"), "matrices:review"),
            MenuItem(_("Implementation trends"), "matrices:trends"),
            MenuItem(_("Matrix templates"), "matrices:template_list"),
            MenuItem(_("Matrices and treaty adherence"), "matrices:adherence_check", roles.is_committee),
        ],
    ),
    MenuGroup(
        _("Assistance"),
        "bi-hand-thumbs-up",
        [
            MenuItem(_("How to ask for assistance"), "public:assistance_guide"),
            MenuItem(_("Requests"), "assistance:request_list"),
            MenuItem(_("Offers and programmes"), "assistance:offer_list"),
            MenuItem(_("Effective practices in assistance"), "reporting:practice_list", query="about_assistance=true"),
            MenuItem(_("Quarterly report"), "assistance:quarterly", roles.is_committee),
        ],
    ),
    MenuGroup(
        _("Programme of work"),
        "bi-calendar3",
        [
            MenuItem(_("Programme of work"), "programme:programme_current"),
            MenuItem(_("Calendar"), "programme:calendar"),
            MenuItem(_("Meetings"), "programme:meeting_list"),
            MenuItem(_("Documents"), "programme:document_list"),
            MenuItem(_("Working groups"), "programme:working_groups"),
            MenuItem(_("Comprehensive review"), "programme:review"),
            MenuItem(_("Notice and documents compliance"), "programme:compliance", roles.is_committee),
            MenuItem(_("Letters"), "programme:letter_template_list", roles.is_committee),
            MenuItem(_("Transition pack"), "programme:transition", roles.is_committee),
        ],
    ),
    MenuGroup(
        _("Outreach"),
        "bi-megaphone",
        [
            MenuItem(_("Events"), "outreach:event_list"),
            MenuItem(_("Training courses for points of contact"), "outreach:event_list", query="kind=training_course"),
            MenuItem(_("Frequently asked questions"), "outreach:faq"),
            MenuItem(_("Cooperation"), "outreach:cooperation_list"),
        ],
    ),
    MenuGroup(
        _("Open data"),
        "bi-braces",
        [
            MenuItem(_("About the data and downloads"), "public:about_data"),
            MenuItem(_("Statistics"), "public:statistics"),
            MenuItem(_("Search"), "search:search"),
            MenuItem(_("API documentation"), "api-docs"),
            MenuItem(_("Translation coverage"), "translations:coverage", roles.is_committee),
            MenuItem(_("Website use"), "analytics:website_use", roles.is_committee),
        ],
    ),
]


def menu_for(user) -> list[dict]:
    groups = []
    for group in MENU:
        items = [item for item in group.items if item.visible(user)]
        if items:
            groups.append({"label": group.label, "icon": group.icon, "items": items})
    return groups
