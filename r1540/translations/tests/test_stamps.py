"""Saves stamp the languages they write; the services stamp bulk-loaded and machine-made texts."""

import pytest
from django.core.management import call_command

from r1540.outreach.models import Question
from r1540.translations import selectors
from r1540.translations.coverage import Status
from r1540.translations.models import TranslationStamp
from r1540.translations.services import record_machine_translation, stamp_all

pytestmark = pytest.mark.django_db


def statuses(question):
    [row] = [row for row in selectors.items(Question) if row.pk == question.pk]
    return {code: cell.status for code, cell in row.cells.items()}


def test_english_then_french_stamps_french_as_present():
    question = Question.objects.create(code="q", position=1, question_en="What is 1540?", answer_en="A resolution.")
    question.question_fr = "Qu'est-ce que 1540 ?"
    question.answer_fr = "Une résolution."
    question.save()
    result = statuses(question)
    assert result["en"] == Status.SOURCE
    assert result["fr"] == Status.PRESENT
    assert result["es"] == Status.MISSING
    stamp = TranslationStamp.objects.get(object_id=str(question.pk), field="question", language="fr")
    assert (stamp.source_language, stamp.origin) == ("en", "official")


def test_changing_the_english_makes_the_french_out_of_date():
    question = Question.objects.create(code="q", position=1, question_en="What is 1540?", answer_en="A resolution.")
    question.question_fr, question.answer_fr = "Qu'est-ce que 1540 ?", "Une résolution."
    question.save()
    question.answer_en = "A resolution of the Security Council."
    question.save()
    assert statuses(question)["fr"] == Status.OUTDATED
    question.answer_fr = "Une résolution du Conseil de sécurité."
    question.save()
    assert statuses(question)["fr"] == Status.PRESENT


def test_a_machine_translation_is_marked_apart(cast):
    question = Question.objects.create(code="q", position=1, question_en="What is 1540?", answer_en="A resolution.")
    for field, text in (("question", "¿Qué es 1540?"), ("answer", "Una resolución.")):
        record_machine_translation(obj=question, field=field, language="es", text=text, actor=cast["secretariat"])
    question.refresh_from_db()
    assert question.question_es == "¿Qué es 1540?"
    assert statuses(question)["es"] == Status.MACHINE
    assert question.history.first().history_user == cast["secretariat"]
    question.answer_es = "Una resolución (revisada)."
    question.question_es = "¿Qué es la 1540?"
    question.save()
    assert statuses(question)["es"] == Status.PRESENT


def test_a_machine_translation_never_becomes_the_source():
    question = Question.objects.create(code="q", position=1, question_fr="Qu'est-ce que 1540 ?", answer_fr="Une.")
    with pytest.raises(ValueError):
        record_machine_translation(obj=question, field="question", language="en", text="What?", actor=None)


def test_an_item_only_in_chinese_has_chinese_as_its_source():
    question = Question.objects.create(
        code="q", position=1, question_zh_hans="什么是1540？", answer_zh_hans="一项决议。"
    )
    result = statuses(question)
    assert result["zh-hans"] == Status.SOURCE
    assert {result[code] for code in ("en", "fr", "es", "ru", "ar")} == {Status.MISSING}
    stamp = TranslationStamp.objects.get(object_id=str(question.pk), field="answer", language="zh-hans")
    assert stamp.source_language == "zh-hans"


def test_bulk_writes_are_present_but_not_tracked_until_stamped():
    Question.objects.bulk_create(
        [Question(code="q", position=1, question_en="What?", answer_en="This.", question_ru="Что?", answer_ru="Это.")]
    )
    question = Question.objects.get(code="q")
    assert statuses(question)["ru"] == Status.UNTRACKED
    stamp_all(origin="official")
    assert TranslationStamp.objects.filter(object_id=str(question.pk), content_type__model="question").count() == 4
    assert statuses(question)["ru"] == Status.PRESENT
    assert stamp_all() == 0


def test_stamping_keeps_what_is_known_to_be_out_of_date():
    question = Question.objects.create(code="q", position=1, question_en="What?", answer_en="This.")
    question.question_ar, question.answer_ar = "ما؟", "هذا."
    question.save()
    Question.objects.filter(pk=question.pk).update(answer_en="That.")
    call_command("stamp_translations")
    assert statuses(question)["ar"] == Status.OUTDATED
    call_command("stamp_translations", "--replace", "--origin", "official")
    assert statuses(question)["ar"] == Status.PRESENT


def test_a_save_that_writes_no_text_records_nothing():
    question = Question.objects.create(code="q", position=1, question_en="What?", answer_en="This.")
    count = TranslationStamp.objects.count()
    question.position = 2
    question.save(update_fields=["position"])
    question.save()
    assert TranslationStamp.objects.count() == count
