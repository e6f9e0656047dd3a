"""Read a page's form as a browser would submit it, for tests that act as a person."""

from __future__ import annotations

from html.parser import HTMLParser


class _FormReader(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.forms: list[dict] = []
        self._form: dict | None = None
        self._select: str | None = None
        self._select_multiple = False
        self._option: str | None = None
        self._option_selected = False
        self._textarea: str | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self._form = {"method": (attrs.get("method") or "get").lower(), "action": attrs.get("action"), "data": {}}
            self.forms.append(self._form)
            return
        if self._form is None:
            return
        data = self._form["data"]
        name = attrs.get("name")
        if tag == "input" and name and "disabled" not in attrs:
            kind = (attrs.get("type") or "text").lower()
            if kind in ("checkbox", "radio"):
                if "checked" in attrs:
                    data.setdefault(name, []).append(attrs.get("value", "on"))
            elif kind not in ("submit", "button", "reset", "file", "image"):
                data.setdefault(name, []).append(attrs.get("value", ""))
        elif tag == "select" and name and "disabled" not in attrs:
            self._select, self._select_multiple = name, "multiple" in attrs
            data.setdefault(name, [])
            self._first_option: str | None = None
        elif tag == "option" and self._select:
            self._option, self._option_selected, self._text = attrs.get("value"), "selected" in attrs, []
        elif tag == "textarea" and name and "disabled" not in attrs:
            self._textarea, self._text = name, []

    def handle_data(self, data):
        if self._textarea is not None or self._option is not None or self._select:
            self._text.append(data)

    def handle_endtag(self, tag):
        if tag == "form":
            self._form = None
        elif tag == "option" and self._select:
            value = self._option if self._option is not None else "".join(self._text).strip()
            if self._first_option is None:
                self._first_option = value
            if self._option_selected:
                self._form["data"][self._select].append(value)
            self._option = None
        elif tag == "select" and self._select:
            chosen = self._form["data"][self._select]
            if not chosen and not self._select_multiple and self._first_option is not None:
                chosen.append(self._first_option)  # a browser sends the first option
            self._select = None
        elif tag == "textarea" and self._textarea is not None:
            text = "".join(self._text)
            self._form["data"].setdefault(self._textarea, []).append(text[1:] if text.startswith("\n") else text)
            self._textarea = None


def forms_of(html: str) -> list[dict]:
    """Every form of the page: its method, action and the values a browser would send."""
    reader = _FormReader()
    reader.feed(html)
    return reader.forms


def edit_form(html: str) -> dict[str, list[str]]:
    """The values of the page's edit form (the POST form that asks for a reason)."""
    for form in forms_of(html):
        if form["method"] == "post" and "reason" in form["data"]:
            return form["data"]
    raise AssertionError("The page has no edit form with a reason.")
