"""Response headers that every answer of the platform carries: pages, the API, files and errors."""

from django.conf import settings


class PermissionsPolicyMiddleware:
    """Turns off the browser features the platform never uses (camera, microphone, location…), so
    that no page, and no script that found its way into one, can ask for them."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", settings.R1540_PERMISSIONS_POLICY)
        return response
