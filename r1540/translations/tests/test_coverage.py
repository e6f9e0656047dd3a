"""The coverage engine, without the database."""

from r1540.translations.coverage import (
    Cell,
    Origin,
    Stamp,
    Status,
    digest,
    field_statuses,
    item_statuses,
    source_language,
    stamps_to_write,
)

LANGUAGES = ("ar", "zh-hans", "en", "fr", "ru", "es")


def texts(**given):
    """Texts by language code; ``zh`` stands for zh-hans."""
    return {code: given.get(code.replace("-hans", ""), "") for code in LANGUAGES}


def stamp(source_text, origin=Origin.OFFICIAL, source="en"):
    return Stamp(source, digest(source_text), origin)


def test_english_is_the_source_when_present():
    assert source_language(texts(en="Title", zh="标题", fr="Titre")) == "en"


def test_without_english_chinese_comes_first():
    assert source_language(texts(zh="标题", fr="Titre", ar="عنوان")) == "zh-hans"
    assert source_language(texts(fr="Titre", es="Título")) == "fr"
    assert source_language(texts(ar="عنوان")) == "ar"
    assert source_language(texts(en="  ")) is None


def test_digest_ignores_surrounding_blanks_and_line_endings():
    assert digest(" A\r\nB \n") == digest("A\nB")
    assert digest("A") != digest("B")


def test_each_status():
    statuses = field_statuses(
        texts(en="Title", fr="Titre", es="Título", ru="Заголовок", zh="标题"),
        {
            "fr": stamp("Title"),
            "es": stamp("Old title"),
            "ru": stamp("Title", Origin.MACHINE),
        },
        LANGUAGES,
    )
    assert statuses == {
        "en": Status.SOURCE,
        "fr": Status.PRESENT,
        "es": Status.OUTDATED,
        "ru": Status.MACHINE,
        "zh-hans": Status.UNTRACKED,
        "ar": Status.MISSING,
    }


def test_an_out_of_date_machine_translation_is_out_of_date():
    statuses = field_statuses(texts(en="New", fr="Ancien"), {"fr": stamp("Old", Origin.MACHINE)}, LANGUAGES)
    assert statuses["fr"] == Status.OUTDATED


def test_the_worst_field_decides_and_is_named():
    fields = {"title": texts(en="Title", fr="Titre"), "body": texts(en="Body"), "notes": texts()}
    stamps = {("title", "fr"): stamp("Title")}
    cells = item_statuses(fields, stamps, LANGUAGES)
    assert cells["en"] == Cell(Status.SOURCE)
    assert cells["fr"] == Cell(Status.MISSING, ("body",))
    assert cells["es"] == Cell(Status.MISSING)


def test_an_item_without_text_is_missing_everywhere():
    assert set(item_statuses({"title": texts()}, {}, LANGUAGES).values()) == {Cell(Status.MISSING)}


def test_a_new_item_stamps_every_language_it_has():
    writes = stamps_to_write({}, texts(en="Title", fr="Titre"), {})
    assert writes == {"en": stamp("Title"), "fr": stamp("Title")}


def test_a_translation_written_later_is_stamped_with_the_current_source():
    writes = stamps_to_write(texts(en="Title"), texts(en="Title", fr="Titre"), {"en": stamp("Title")})
    assert writes == {"fr": stamp("Title")}


def test_rewriting_the_source_leaves_the_others_behind():
    before = {"en": stamp("Title"), "fr": stamp("Title")}
    writes = stamps_to_write(texts(en="Title", fr="Titre"), texts(en="New title", fr="Titre"), before)
    assert writes == {"en": stamp("New title")}
    after = {**before, **writes}
    assert field_statuses(texts(en="New title", fr="Titre"), after, LANGUAGES)["fr"] == Status.OUTDATED


def test_the_origin_of_a_machine_translation_is_kept():
    writes = stamps_to_write(texts(en="Title"), texts(en="Title", ru="Заголовок"), {}, {"ru": Origin.MACHINE})
    assert writes["ru"].origin == Origin.MACHINE


def test_english_added_to_a_chinese_item_keeps_its_translations_up_to_date():
    chinese = "工作方案"
    before = {"zh-hans": stamp(chinese, source="zh-hans"), "fr": stamp(chinese, source="zh-hans")}
    old = texts(zh=chinese, fr="Programme de travail")
    new = texts(zh=chinese, fr="Programme de travail", en="Programme of work")
    writes = stamps_to_write(old, new, before)
    assert set(writes) == {"en", "zh-hans", "fr"}
    statuses = field_statuses(new, {**before, **writes}, LANGUAGES)
    assert statuses["en"] == Status.SOURCE
    assert statuses["zh-hans"] == statuses["fr"] == Status.PRESENT


def test_a_source_that_moves_with_a_rewrite_leaves_the_others_behind():
    before = {"fr": stamp("Titre", source="fr"), "es": stamp("Titre", source="fr")}
    old = texts(fr="Titre", es="Título")
    new = texts(fr="Titre corrigé", es="Título", en="Corrected title")
    writes = stamps_to_write(old, new, before)
    assert "es" not in writes
    assert field_statuses(new, {**before, **writes}, LANGUAGES)["es"] == Status.OUTDATED


def test_emptying_a_language_writes_no_stamp():
    assert stamps_to_write(texts(en="Title", fr="Titre"), texts(en="Title"), {}) == {}
