"""After every other app's demo: index what they loaded (bulk loads skip the save signals)."""

from r1540.search.services import search_rebuild


def load(*, stdout) -> None:
    written = search_rebuild()
    stdout.write("Search index: {} entries.".format(written))
