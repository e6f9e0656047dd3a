"""House rules checked on the source itself (``docs``: style.md, "Where logic goes").

1. Role rules live only in policies: outside ``r1540/core/`` (where the roles and the policy base
   are defined), the ``policies.py`` modules and the tests, no code asks ``roles.is_*``,
   ``roles.bound_*`` or ``roles.role_of``; it asks ``policy_for(Model).<question>(user, ...)``.
2. Interfaces are thin: no ``views.py``, ``views/`` module or ``api.py`` writes to the database
   (``.save()``, ``.create()``, ``.update()``, ``.set()`` … on a model, queryset or manager);
   writes belong in ``services.py``.

Each checker takes source text, so the tests at the end feed it snippets that break the rule.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2]  # r1540/
ROLES_MODULE = "r1540.core.roles"
ROLE_QUESTION = re.compile(r"^(is_\w+|bound_\w+|role_of|has_current_seat)$")

#: Methods that write through a model, a queryset or a (related) manager.
WRITE_METHODS = frozenset(
    {
        "save",
        "delete",
        "create",
        "update",
        "bulk_create",
        "bulk_update",
        "set",
        "add",
        "remove",
        "clear",
        "get_or_create",
        "update_or_create",
    }
)
#: Calls whose result is a plain dict, set or list (``context.update(...)`` is no write).
CONTAINER_CALLS = frozenset(
    {"dict", "set", "list", "defaultdict", "Counter", "OrderedDict", "get_context_data", "get_form_kwargs", "copy"}
)

#: Arguments that are plain dicts by convention (a template context, keyword arguments).
CONTAINER_ARGUMENTS = frozenset({"context", "kwargs", "initial"})


def _relative(path: Path) -> str:
    return str(path.relative_to(PACKAGE.parent))


def _python_files():
    return sorted(path for path in PACKAGE.rglob("*.py") if "tests" not in path.relative_to(PACKAGE).parts)


# --- 1. role questions ---------------------------------------------------------------------------


def role_questions(source: str) -> list[tuple[int, str]]:
    """``(line, text)`` of every role question asked in ``source``: ``roles.is_editor(...)``,
    under any name the roles module is imported as, and the functions imported from it."""
    tree = ast.parse(source)
    module_names: set[str] = set()
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module == "r1540.core":
            module_names |= {alias.asname or alias.name for alias in node.names if alias.name == "roles"}
        elif isinstance(node, ast.ImportFrom) and node.module == ROLES_MODULE:
            found += [
                (node.lineno, "import of roles.{}".format(a.name)) for a in node.names if ROLE_QUESTION.match(a.name)
            ]
        elif isinstance(node, ast.Import):
            module_names |= {alias.asname for alias in node.names if alias.name == ROLES_MODULE and alias.asname}
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Attribute)
            and ROLE_QUESTION.match(node.attr)
            and isinstance(node.value, ast.Name)
            and node.value.id in module_names
        ):
            found.append((node.lineno, ast.unparse(node)))
    return sorted(found)


def _role_rule_applies(path: Path) -> bool:
    parts = path.relative_to(PACKAGE).parts
    return parts[0] != "core" and path.name not in ("policies.py", "conftest.py")


def test_role_questions_are_asked_only_in_policies():
    offences = [
        "{}:{}: {}".format(_relative(path), line, text)
        for path in _python_files()
        if _role_rule_applies(path)
        for line, text in role_questions(path.read_text(encoding="utf-8"))
    ]
    assert not offences, "Ask the model's policy instead (policy_for(Model).<question>):\n" + "\n".join(offences)


# --- 2. writes in interfaces ---------------------------------------------------------------------


def _container_names(function: ast.AST) -> set[str]:
    """Names that ``function`` binds to a plain dict, set or list."""
    names: set[str] = set()
    for node in ast.walk(function):
        if isinstance(node, ast.Assign | ast.AnnAssign) and node.value is not None:
            value = node.value
            plain = isinstance(value, ast.Dict | ast.Set | ast.List | ast.DictComp | ast.SetComp | ast.ListComp)
            if isinstance(value, ast.Call):
                func = value.func
                called = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
                plain = called in CONTAINER_CALLS
            if plain:
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                names |= {target.id for target in targets if isinstance(target, ast.Name)}
        elif isinstance(node, ast.arg) and node.arg in CONTAINER_ARGUMENTS:
            names.add(node.arg)
    return names


def orm_writes(source: str) -> list[tuple[int, str]]:
    """``(line, text)`` of every call in ``source`` that writes through a model, queryset or
    manager. Calls on a plain container the function built (``context.update``), on the
    session, or on the view itself (``self.save(form)``, checked where it is defined) are not."""
    tree = ast.parse(source)
    scopes = [node for node in ast.walk(tree) if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)]
    containers: dict[int, set[str]] = {}
    for scope in scopes:
        names = _container_names(scope)
        for node in ast.walk(scope):
            containers.setdefault(id(node), set()).update(names)
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        if node.func.attr not in WRITE_METHODS:
            continue
        receiver = node.func.value
        if isinstance(receiver, ast.Name) and (receiver.id == "self" or receiver.id in containers.get(id(node), ())):
            continue
        if isinstance(receiver, ast.Attribute) and receiver.attr == "session":
            continue
        found.append((node.lineno, ast.unparse(node.func)))
    return sorted(found)


def _is_interface(path: Path) -> bool:
    return path.name in ("views.py", "api.py") or path.parent.name == "views"


def test_views_and_api_modules_write_only_through_services():
    offences = [
        "{}:{}: {}".format(_relative(path), line, text)
        for path in _python_files()
        if _is_interface(path)
        for line, text in orm_writes(path.read_text(encoding="utf-8"))
    ]
    assert not offences, "Move the write into the app's services.py:\n" + "\n".join(offences)


# --- the checkers catch what they should, and only that ------------------------------------------


def test_the_role_checker_names_each_role_question():
    source = (
        "from r1540.core import roles\n"
        "from r1540.core import roles as r\n"
        "from r1540.core.roles import Role, is_committee\n"
        "import r1540.core.roles as role_module\n"
        "\n"
        "def view(request, item):\n"
        "    if roles.is_editor(request.user):\n"
        "        return r.bound_state_id(request.user) == item.state_id\n"
        "    check = role_module.role_of\n"
        "    return Role.STATE_POC, policy_for(Item).can_act(request.user, item), roles.ALL_ROLES\n"
    )
    assert role_questions(source) == [
        (3, "import of roles.is_committee"),
        (7, "roles.is_editor"),
        (8, "r.bound_state_id"),
        (9, "role_module.role_of"),
    ]


def test_the_role_rule_covers_every_app_but_core_policies_and_tests():
    assert _role_rule_applies(PACKAGE / "assistance" / "views.py")
    assert _role_rule_applies(PACKAGE / "programme" / "selectors.py")
    assert not _role_rule_applies(PACKAGE / "assistance" / "policies.py")
    assert not _role_rule_applies(PACKAGE / "core" / "views" / "generic.py")
    assert PACKAGE / "assistance" / "tests" / "test_api.py" not in _python_files()


def test_the_write_checker_names_each_write_and_spares_plain_containers():
    source = (
        "def view(request, pk):\n"
        "    MeetingDocumentFile.objects.create(document=pk)\n"
        "    item = get_object_or_404(Item, pk=pk)\n"
        "    item.save()\n"
        "    item.agenda_items.set([1, 2])\n"
        "    Item.objects.filter(pk=pk).update(status='x')\n"
        "    Item.objects.get_or_create(pk=pk)\n"
        "    form.save()\n"
        "    context = {'a': 1}\n"
        "    context.update(b=2)\n"
        "    seen = set()\n"
        "    seen.add(1)\n"
        "    request.session.update({})\n"
        "    return self.save(form)\n"
        "\n"
        "def render_page(request, context):\n"
        "    context.update(c=3)\n"
        "    Token.objects.filter(user=request.user).delete()\n"
    )
    assert orm_writes(source) == [
        (2, "MeetingDocumentFile.objects.create"),
        (4, "item.save"),
        (5, "item.agenda_items.set"),
        (6, "Item.objects.filter(pk=pk).update"),
        (7, "Item.objects.get_or_create"),
        (8, "form.save"),
        (18, "Token.objects.filter(user=request.user).delete"),
    ]


@pytest.mark.parametrize(
    "name, interface",
    [("views.py", True), ("api.py", True), ("views/pages.py", True), ("services.py", False), ("selectors.py", False)],
)
def test_the_write_rule_covers_views_and_api_modules(name, interface):
    assert _is_interface(PACKAGE / "programme" / name) is interface
