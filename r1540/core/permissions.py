"""Object-level permission policies, one per model, shared by pages, the API and selectors.

A policy answers every question about what a user may see or do with its model's rows (the
vocabulary is documented on ``Policy``). Views, viewsets, serializers and selectors ask
``policy_for(model)``; nothing else tests a role, so a page and its API endpoint can never
disagree. Querysets hold only pure filters (``.published()``, ``.for_state(id)``); a policy's
``visible`` composes them for the user who asks.

One rule decides who acts for a State or an organization: ``acts_for``. Every policy and the
services that write a State's or an organization's data use it.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.db import models
from django.utils.translation import gettext_lazy as _
from rest_framework import permissions

from r1540.core import roles


def _pk(value) -> int | None:
    return getattr(value, "pk", value)


def owns(user, *, state=None, organization=None) -> bool:
    """Is ``user`` the point of contact of this State or organization (given as an object or an
    id)? Only a State's POC owns its State's data, only an organization's POC its organization's."""
    state_id, organization_id = _pk(state), _pk(organization)
    return (state_id is not None and roles.bound_state_id(user) == state_id) or (
        organization_id is not None and roles.bound_organization_id(user) == organization_id
    )


def acts_for(user, *, state=None, organization=None) -> bool:
    """THE rule of who acts for a State or an organization (submits its requests and offers,
    answers for its matrix, gives its feedback): the experts, the secretariat and administrators
    for any (they record what arrives by note verbale); a POC only for its own State or
    organization; nobody else."""
    return roles.is_editor(user) or owns(user, state=state, organization=organization)


def require_acts_for(actor, *, state=None, organization=None) -> None:
    """For services: refuse a signed-in ``actor`` who does not act for this State or
    organization. ``actor=None`` is the system itself (loaders, tasks, the demo)."""
    if actor is not None and not acts_for(actor, state=state, organization=organization):
        raise PermissionDenied(_("You act only for your own State or organization."))


def is_bound(user) -> bool:
    """Is ``user`` the point of contact of some State or organization?"""
    return roles.bound_state_id(user) is not None or roles.bound_organization_id(user) is not None


def own_rows(user, queryset: models.QuerySet, *, state_field: str | None = "state", organization_field=None):
    """The rows of ``queryset`` that belong to ``user``'s own State or organization (none for a
    user bound to neither)."""
    state_id, organization_id = roles.bound_state_id(user), roles.bound_organization_id(user)
    if state_id is not None and state_field:
        return queryset.filter(**{"{}_id".format(state_field): state_id})
    if organization_id is not None and organization_field:
        return queryset.filter(**{"{}_id".format(organization_field): organization_id})
    return queryset.none()


def visible_owned(user, queryset: models.QuerySet) -> models.QuerySet:
    """For an ``OwnedQuerySet``: the Committee sees every row; a POC the published rows and its
    own State's or organization's, drafts included; the public the published rows."""
    if roles.is_committee(user):
        return queryset
    return queryset.published_or_owned(
        state_id=roles.bound_state_id(user), organization_id=roles.bound_organization_id(user)
    )


class Policy:
    """Default: published reference data — everyone reads, editors write, admins delete.

    The questions a policy answers (override per model; the defaults suit reference data):

    ``can_list(user)``
        May the user open the list at all?
    ``visible(user, queryset)``
        The rows the user may see, composed from the queryset's pure filters.
    ``can_add(user)`` / ``can_add_for(user, state=, organization=)`` / ``can_add_for_any(user)``
        May the user add a row at all, one for this State or organization, one for any of them?
    ``can_change(user, obj)`` / ``can_delete(user, obj)``
        May the user edit or delete this row?
    ``can_act(user, obj=None)``
        May the user take the row through the Committee's workflow (move, match, circulate,
        record correspondence, mark letters)? Experts and the secretariat by default.
    ``can_move(user, obj, to)``
        May the user take ``obj`` to status/stage ``to``? ``can_act`` unless a step belongs to
        the owner (a State returning its matrix, giving its feedback).
    ``sees_internal(user, obj=None)`` / ``sees_for(user, state=, organization=)``
        The Committee's internal view (dialogue, correspondence, unpublishable fields, trends from
        unpublishable data); given a row or an owner, the owner's POC shares it for its own.
    ``can_view_history(user, obj)``
        Who changed what: ``sees_internal(user, obj)`` by default.
    ``owner(obj)``
        The State and/or organization that owns ``obj`` (``{"state": id, "organization": id}``);
        none by default. The owner questions above follow from it.
    """

    #: Anonymous visitors may open the list and detail pages.
    public = True

    def owner(self, obj) -> dict:
        return {}

    def sees_for(self, user, *, state=None, organization=None) -> bool:
        return roles.is_committee(user) or owns(user, state=state, organization=organization)

    def sees_internal(self, user, obj=None) -> bool:
        if obj is None:
            return roles.is_committee(user)
        return self.sees_for(user, **self.owner(obj))

    def can_act(self, user, obj=None) -> bool:
        return roles.is_editor(user)

    def can_move(self, user, obj, to: str) -> bool:
        return self.can_act(user, obj)

    def can_add_for(self, user, *, state=None, organization=None) -> bool:
        return self.can_add(user) and acts_for(user, state=state, organization=organization)

    def can_add_for_any(self, user) -> bool:
        return self.can_add(user) and roles.is_editor(user)

    def can_list(self, user) -> bool:
        return self.public or roles.role_of(user) != roles.PUBLIC

    def visible(self, user, queryset: models.QuerySet) -> models.QuerySet:
        return queryset if self.can_list(user) else queryset.none()

    def can_add(self, user) -> bool:
        return roles.is_editor(user)

    def can_change(self, user, obj) -> bool:
        return roles.is_editor(user)

    def can_delete(self, user, obj) -> bool:
        return roles.is_administrator(user)

    def can_view_history(self, user, obj) -> bool:
        """Who changed what is internal: the Committee's, and the owner's for its own data."""
        return self.sees_internal(user, obj)


class RestrictedPolicy(Policy):
    """Data for signed-in roles only; subclasses narrow ``visible``."""

    public = False


_registry: dict[type[models.Model], Policy] = {}


def register(model: type[models.Model]):
    """Class decorator: ``@register(State) class StatePolicy(Policy): ...``."""

    def decorator(policy_class: type[Policy]) -> type[Policy]:
        _registry[model] = policy_class()
        return policy_class

    return decorator


def policy_for(model: type[models.Model]) -> Policy:
    try:
        return _registry[model]
    except KeyError:
        raise LookupError("No permission policy is registered for {}.".format(model.__name__)) from None


class PolicyPermission(permissions.BasePermission):
    """Ask the model's policy; anonymous callers get 401 where signing in would help."""

    def has_permission(self, request, view) -> bool:
        queryset = getattr(view, "queryset", None)
        if queryset is None:  # the API root and other model-less views: reading is public
            return request.method in permissions.SAFE_METHODS or request.user.is_authenticated
        policy = policy_for(queryset.model)
        if request.method in permissions.SAFE_METHODS:
            return policy.can_list(request.user)
        if getattr(view, "action", None) == "create":
            return policy.can_add(request.user)
        return request.user.is_authenticated

    def has_object_permission(self, request, view, obj) -> bool:
        policy = policy_for(type(obj))
        if request.method in permissions.SAFE_METHODS:
            return True  # the queryset is already narrowed to what the user may see
        if request.method == "DELETE":
            return policy.can_delete(request.user, obj)
        return policy.can_change(request.user, obj)
