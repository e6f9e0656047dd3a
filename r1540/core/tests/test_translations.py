"""The six catalogues are complete: no empty or fuzzy entry, every placeholder kept."""

import re
from pathlib import Path

import polib
import pytest
from django.conf import settings

CATALOGUES = sorted(Path(settings.LOCALE_PATHS[0]).glob("*/LC_MESSAGES/*.po"))
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%\([a-z_]+\)[sd]")


def test_there_is_a_catalogue_for_each_language_but_english():
    codes = {path.parts[-3] for path in CATALOGUES}
    assert codes >= {"ar", "zh_Hans", "fr", "es", "ru"}


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda p: p.parts[-3])
def test_catalogue_is_complete(path):
    catalogue = polib.pofile(str(path))
    assert [entry.msgid for entry in catalogue.untranslated_entries()] == []
    assert [entry.msgid for entry in catalogue.fuzzy_entries()] == []
    for entry in catalogue.translated_entries():
        wanted = set(PLACEHOLDER.findall(entry.msgid))
        translations = entry.msgstr_plural.values() if entry.msgid_plural else [entry.msgstr]
        for text in translations:
            assert set(PLACEHOLDER.findall(text)) >= wanted - {"%(counter)s"}, entry.msgid


@pytest.mark.django_db
def test_arabic_pages_are_right_to_left_and_chinese_is_served(client):
    arabic = client.get("/ar/").content.decode()
    assert '<html lang="ar" dir="rtl">' in arabic
    assert "bootstrap.rtl.min.css" in arabic
    chinese = client.get("/zh-hans/").content.decode()
    assert '<html lang="zh-hans" dir="ltr">' in chinese


@pytest.mark.django_db
def test_nothing_is_loaded_from_another_host(client, world):
    for url in ("/", "/directory/states/", "/directory/states/idn/", "/api/docs/", "/ar/"):
        html = client.get(url).content.decode()
        # Scripts, styles, images and fonts: anything the browser fetches. The page's own
        # language alternates (absolute, as search engines want them) are links, not loads.
        loaded = re.sub(r'<link rel="alternate" hreflang="[^"]+" href="http://testserver/[^"]*">', "", html)
        assert not re.search(r'(src|href)="(https?:)?//', loaded), url
        assert url.startswith("/api/") or 'hreflang="ar" href="http://testserver/ar' in html
