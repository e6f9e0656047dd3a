"""Downloads of the list pages: the table the page shows, every row of it, as a spreadsheet
(CSV, Excel) or as data (JSON). The CSV starts with a byte-order mark so that Excel reads its
Chinese and Arabic right, and no cell of the CSV or the Excel file can run as a formula
(``r1540.core.spreadsheets``); the JSON keys are the columns' stable names, not their translated
headings, so that scripts keep working whatever the language."""

from __future__ import annotations

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse
from django_tables2.export import TableExport

from r1540.core import spreadsheets


def exported_columns(table, exclude_columns=()) -> list:
    """The columns an export holds, in the order ``table.as_values()`` gives them."""
    return [
        column for column in table.columns if not (column.column.exclude_from_export or column.name in exclude_columns)
    ]


class OpenDataExport(TableExport):
    def __init__(self, export_format, table, exclude_columns=None, dataset_kwargs=None):
        super().__init__(export_format, table, exclude_columns, dataset_kwargs)
        self.keys = [column.name for column in exported_columns(table, exclude_columns or ())]

    def export(self):
        if self.format == self.CSV:
            return spreadsheets.dataset_csv(self.dataset)
        if self.format == self.XLSX:
            return spreadsheets.dataset_xlsx(self.dataset)
        if self.format == self.JSON:
            rows = [dict(zip(self.keys, row, strict=True)) for row in self.dataset]
            return json.dumps(rows, cls=DjangoJSONEncoder, ensure_ascii=False, indent=1)
        raise ValueError("Unsupported export format: {}".format(self.format))

    def response(self, filename=None):
        response = HttpResponse(content_type=self.content_type())
        if self.format in (self.CSV, self.JSON):
            response["Content-Type"] += "; charset=utf-8"
        if filename is not None:
            response["Content-Disposition"] = 'attachment; filename="{}"'.format(filename)
        response.write(self.export())
        return response
