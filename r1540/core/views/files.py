"""The one way to an uploaded file: the owning object's policy decides, as on its page."""

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_safe
from rest_framework.authentication import TokenAuthentication
from rest_framework.exceptions import AuthenticationFailed

from r1540.core.files import protected_fields, serve
from r1540.core.permissions import policy_for


def _user(request):
    """The signed-in user, or the owner of the API token the request carries (so that the file
    addresses the API gives work for API clients too)."""
    if request.user.is_authenticated:
        return request.user
    try:
        found = TokenAuthentication().authenticate(request)
    except AuthenticationFailed:
        found = None
    return found[0] if found else request.user


@require_safe
def stored_file(request, label, pk, field):
    """The file of ``field`` on the object ``label``/``pk``, if the user may see that object."""
    try:
        model, model_field = protected_fields()["{}/{}".format(label, field)]
    except KeyError:
        raise Http404 from None
    user = _user(request)
    policy = policy_for(model)
    if not policy.can_list(user):
        if not user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        raise PermissionDenied
    obj = get_object_or_404(policy.visible(user, model._default_manager.all()), pk=pk)
    stored = getattr(obj, model_field.attname)
    if not stored or not stored.storage.exists(stored.name):
        raise Http404
    return serve(stored)
