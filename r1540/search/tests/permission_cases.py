from r1540.core.testing.permissions import Case, expect

CASES = [
    Case("search:search", expect(200), data=lambda w: {"q": "plan"}),
    Case("search-list", expect(200), data=lambda w: {"q": "plan"}),
]
