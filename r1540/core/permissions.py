"""Object-level permission policies, one per model, shared by pages and the API.

A policy answers four questions about a user: which rows they may see (a queryset), and
whether they may add, change or delete. Views and viewsets ask ``policy_for(model)``;
nothing else decides access, so a page and its API endpoint can never disagree.
"""

from __future__ import annotations

from django.db import models
from rest_framework import permissions

from r1540.core import roles


class Policy:
    """Default: published reference data — everyone reads, editors write, admins delete."""

    #: Anonymous visitors may open the list and detail pages.
    public = True

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
        return roles.is_committee(user)


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
