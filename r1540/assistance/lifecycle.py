"""Which step may follow which in the life of a request, an offer and a match. A pure module."""

from __future__ import annotations

REQUEST_FLOW: dict[str, tuple[str, ...]] = {
    "received": ("acknowledged", "declined", "withdrawn"),
    "acknowledged": ("circulated", "matched", "declined", "withdrawn"),
    "circulated": ("offers_received", "matched", "declined", "withdrawn"),
    "offers_received": ("matched", "circulated", "declined", "withdrawn"),
    "matched": ("in_implementation", "circulated", "withdrawn"),
    "in_implementation": ("completed", "withdrawn"),
    "completed": ("feedback",),
    "feedback": (),
    "declined": (),
    "withdrawn": (),
}
#: The order in which a request moves forward; a match can only push a request forward.
REQUEST_ORDER = (
    "received",
    "acknowledged",
    "circulated",
    "offers_received",
    "matched",
    "in_implementation",
    "completed",
)

OFFER_FLOW: dict[str, tuple[str, ...]] = {
    "pledged": ("committed", "withdrawn"),
    "committed": ("delivered", "withdrawn"),
    "delivered": (),
    "withdrawn": (),
}

MATCH_FLOW: dict[str, tuple[str, ...]] = {
    "proposed": ("agreed", "declined"),
    "agreed": ("in_implementation", "declined"),
    "in_implementation": ("completed",),
    "completed": (),
    "declined": (),
}
#: What a match's step means for its request.
REQUEST_STATUS_FOR_MATCH = {"agreed": "matched", "in_implementation": "in_implementation", "completed": "completed"}


def can_move(flow: dict[str, tuple[str, ...]], current: str, target: str) -> bool:
    return target in flow.get(current, ())


def forward(current: str, target: str) -> bool:
    """Whether ``target`` lies ahead of ``current`` on the request's main path."""
    if current not in REQUEST_ORDER or target not in REQUEST_ORDER:
        return False
    return REQUEST_ORDER.index(target) > REQUEST_ORDER.index(current)
