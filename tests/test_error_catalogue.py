"""Every error template raised below the interface is in the interface's catalogue of
error texts (so it is extracted for translation), and nothing in it is stale."""

from __future__ import annotations

import ast
import string
from dataclasses import dataclass
from pathlib import Path

import irev_desktop
from irev_desktop.domain import errors

PACKAGE = Path(irev_desktop.__file__).resolve().parent
ERROR_CLASSES = frozenset(
    {name for name, value in vars(errors).items() if isinstance(value, type)}
    | {"StoreNotWritableError"}  # irev_desktop.db.store
)


@dataclass(frozen=True)
class Site:
    where: str
    template: str
    keywords: frozenset[str]


def _error_calls(tree: ast.AST) -> list[ast.Call]:
    calls: list[ast.Call] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and node.args:
            func = node.func
            name = (
                func.id
                if isinstance(func, ast.Name)
                else func.attr
                if isinstance(func, ast.Attribute)
                else None
            )
            if name in ERROR_CLASSES:
                calls.append(node)
    return calls


def _literals(node: ast.expr) -> list[str]:
    """The templates a first argument may be: a literal, or either branch of a test."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.IfExp):
        return _literals(node.body) + _literals(node.orelse)
    return []


def modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def raise_sites() -> list[Site]:
    sites: list[Site] = []
    for path in modules():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for call in _error_calls(tree):
            keywords = frozenset(k.arg for k in call.keywords if k.arg is not None)
            where = f"{path.relative_to(PACKAGE.parent)}:{call.lineno}"
            sites.extend(Site(where, t, keywords) for t in _literals(call.args[0]))
    return sites


def placeholders(template: str) -> frozenset[str]:
    return frozenset(
        field for _text, field, _spec, _conversion in string.Formatter().parse(template) if field
    )


def catalogue() -> frozenset[str]:
    from irev_desktop.ui.error_texts import catalogue as ui_catalogue

    return ui_catalogue()


def test_the_walk_finds_the_raise_sites() -> None:
    sites = raise_sites()
    assert len(sites) > 150
    assert any(s.template.startswith("La personne n° {person} ne figure pas") for s in sites)


def test_every_template_is_in_the_catalogue() -> None:
    missing = sorted({s.template for s in raise_sites()} - catalogue())
    assert missing == []


def test_every_catalogue_entry_is_still_raised() -> None:
    stale = sorted(catalogue() - {s.template for s in raise_sites()})
    assert stale == []


def test_placeholders_match_the_keyword_arguments() -> None:
    wrong = [
        f"{s.where}: {sorted(placeholders(s.template))} != {sorted(s.keywords)}"
        for s in raise_sites()
        if placeholders(s.template) != s.keywords
    ]
    assert wrong == []


def test_placeholders_are_plain_names() -> None:
    for template in catalogue():
        for field in placeholders(template):
            assert field.isidentifier(), (template, field)


def test_no_message_is_an_f_string() -> None:
    """A message is a template and its arguments, never text filled in beforehand."""
    formatted = []
    for path in modules():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for call in _error_calls(tree):
            if any(isinstance(node, ast.JoinedStr) for node in ast.walk(call.args[0])):
                formatted.append(f"{path.relative_to(PACKAGE.parent)}:{call.lineno}")
    assert formatted == []
