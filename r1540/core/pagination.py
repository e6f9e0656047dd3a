"""The API's pagination (a module of its own: REST framework's settings import it while its
viewsets are still loading)."""

from rest_framework.pagination import LimitOffsetPagination

from r1540.core.filters import MAX_PAGE_SIZE


class Pagination(LimitOffsetPagination):
    """``limit`` and ``offset``; a ``limit`` above ``MAX_PAGE_SIZE`` is that size (a limit wider
    than 64 bits reached the database and failed there)."""

    max_limit = MAX_PAGE_SIZE
