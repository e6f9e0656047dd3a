"""Reading the programme of work (``data/*.csv``) and the letter templates
(``data/letters/``). A pure module: clean records and every problem with its place; the
services write only when all files are valid."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from pathlib import Path

from django.utils.translation import gettext as _

from r1540.core.datafiles import RowError, Sheet, read_csv
from r1540.programme import choices, letters

DATA_DIR = Path(__file__).resolve().parent / "data"
LETTERS_DIR = DATA_DIR / "letters"
#: The language codes of the letter files, and the suffix of their translated columns.
LETTER_LANGUAGES = {"en": "en", "fr": "fr", "es": "es", "ru": "ru", "zh-hans": "zh_hans", "ar": "ar"}


@dataclass
class ProgrammeData:
    programme: dict = field(default_factory=dict)
    items: list[dict] = field(default_factory=list)
    schedule: list[dict] = field(default_factory=list)
    milestones: list[dict] = field(default_factory=list)
    decisions: list[dict] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)


def _text(sheet: Sheet, line: int, row: dict, field_name: str) -> dict[str, str]:
    """English and Chinese are both required: the Chinese is the seed's official text."""
    return {
        "{}_en".format(field_name): sheet.required(line, row, "{}_en".format(field_name)),
        "{}_zh_hans".format(field_name): sheet.required(line, row, "{}_zh_hans".format(field_name)),
    }


def _month(sheet: Sheet, line: int, row: dict) -> datetime.date | None:
    value = (row.get("month") or "").strip()
    try:
        return datetime.date.fromisoformat(value + "-01")
    except ValueError:
        sheet.error(line, "month", _("“{value}” is not a month (YYYY-MM).").format(value=value))
        return None


def read_programme(data_dir: Path = DATA_DIR) -> ProgrammeData:
    data = ProgrammeData()
    sheet = Sheet("programme.csv", read_csv(data_dir / "programme.csv"), data.errors)
    for line, row in sheet:
        data.programme = {
            "symbol": sheet.required(line, row, "symbol"),
            "period_start_date": sheet.date(line, row, "period_start"),
            "period_end_date": sheet.date(line, row, "period_end"),
            "adopted_date": sheet.date(line, row, "adopted_on", blank=True),
            **_text(sheet, line, row, "title"),
        }
    sheet = Sheet("items.csv", read_csv(data_dir / "items.csv"), data.errors)
    for line, row in sheet:
        data.items.append(
            {
                "ref": sheet.required(line, row, "ref"),
                "paragraph": sheet.integer(line, row, "paragraph"),
                "area": sheet.choice(line, row, "area", choices.Area.values),
                "working_group": sheet.choice(line, row, "working_group", choices.WorkingGroup.values, blank=True),
                "due_date": sheet.date(line, row, "due", blank=True),
                "recurrence": sheet.choice(line, row, "recurrence", choices.Recurrence.values, blank=True),
                **_text(sheet, line, row, "text"),
            }
        )
    refs = {item["ref"] for item in data.items}
    sheet.unique("ref", ((line, item["ref"]) for line, item in enumerate(data.items, start=2)))
    sheet = Sheet("annex2.csv", read_csv(data_dir / "annex2.csv"), data.errors)
    for line, row in sheet:
        item_refs = (row.get("item_refs") or "").split()
        for ref in item_refs:
            if ref not in refs:
                sheet.error(line, "item_refs", _("No item “{ref}” in items.csv.").format(ref=ref))
        data.schedule.append(
            {
                "month": _month(sheet, line, row),
                "position": sheet.integer(line, row, "seq"),
                "kind": sheet.choice(line, row, "kind", choices.EntryKind.values),
                "meeting_kind": sheet.choice(line, row, "meeting_kind", choices.MeetingKind.values, blank=True),
                "letter_code": (row.get("letter_code") or "").strip(),
                "date": sheet.date(line, row, "date", blank=True),
                "item_refs": item_refs,
                **_text(sheet, line, row, "text"),
            }
        )
    sheet = Sheet("review_milestones.csv", read_csv(data_dir / "review_milestones.csv"), data.errors)
    for line, row in sheet:
        data.milestones.append(
            {
                "code": sheet.required(line, row, "code"),
                "date": sheet.date(line, row, "date"),
                "source": (row.get("source") or "").strip(),
                "confidence": sheet.choice(line, row, "confidence", ["verified", "recalled"]),
                **_text(sheet, line, row, "title"),
            }
        )
    sheet.unique("code", ((line, item["code"]) for line, item in enumerate(data.milestones, start=2)))
    sheet = Sheet("review_decisions.csv", read_csv(data_dir / "review_decisions.csv"), data.errors)
    for line, row in sheet:
        data.decisions.append(
            {
                "review": sheet.integer(line, row, "review"),
                "decided_date": sheet.date(line, row, "date"),
                "reference": (row.get("reference") or "").strip(),
                "source": "{} ({})".format((row.get("source") or "").strip(), row.get("confidence") or ""),
                **_text(sheet, line, row, "title"),
                "text_en": (row.get("text_en") or "").strip(),
                "text_zh_hans": (row.get("text_zh_hans") or "").strip(),
            }
        )
    return data


@dataclass
class LetterData:
    templates: list[dict] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)


def read_letters(letters_dir: Path = LETTERS_DIR) -> LetterData:
    """``index.csv`` and, per template, one ``<code>/<language>.txt``: the subject on the first
    line, a blank line, then the body in Django template syntax."""
    data = LetterData()
    sheet = Sheet("letters/index.csv", read_csv(letters_dir / "index.csv"), data.errors)
    for line, row in sheet:
        code = sheet.code(line, row, "code")
        texts = {}
        for language in LETTER_LANGUAGES if code else ():
            path = letters_dir / code / "{}.txt".format(language)
            if not path.exists():
                continue
            try:
                subject, _blank, body = path.read_text(encoding="utf-8").partition("\n\n")
            except UnicodeDecodeError:
                sheet.error(line, "code", _("{file}: the file is not in UTF-8.").format(file=path.name))
                continue
            try:
                letters.check_template(subject)
                letters.check_template(body)
            except letters.LetterTemplateError as error:
                sheet.error(line, "code", "{}: {}".format(path.name, error))
            if not subject.strip() or not body.strip():
                sheet.error(
                    line, "code", _("{file}: a subject line, a blank line, then the body.").format(file=path.name)
                )
            texts[language] = {"subject": subject.strip(), "body": body.strip()}
        if code and "en" not in texts:
            sheet.error(line, "code", _("There is no English text, {code}/en.txt.").format(code=code))
        data.templates.append(
            {
                "code": code,
                "audience": sheet.choice(line, row, "audience", choices.Audience.values),
                "area": sheet.choice(line, row, "area", choices.Area.values),
                "recipients": code,
                **{
                    "title_{}".format(suffix): (row.get("title_{}".format(suffix)) or "").strip()
                    for suffix in LETTER_LANGUAGES.values()
                },
                "texts": texts,
            }
        )
    sheet.unique("code", ((line, template["code"]) for line, template in enumerate(data.templates, start=2)))
    return data
