"""Every string people read has a Spanish translation that keeps its placeholders, HTML
tags and Alt-letter, and the .ts files are up to date with the code."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

import i18n as tool  # noqa: E402

from peerdesk import i18n  # noqa: E402


@pytest.fixture(scope="module")
def from_the_code(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The strings as pyside6-lupdate finds them in the code now, untranslated."""
    folder = tmp_path_factory.mktemp("fresh-ts")
    tool.update(folder)
    return folder


def _keys(path: Path) -> set[tuple[str, str, str]]:
    return {(m.context, m.source, m.comment) for m in tool.read_ts(path)}


@pytest.mark.parametrize("language", sorted(tool.LANGUAGES))
def test_every_string_in_the_code_is_translated(from_the_code: Path, language: str) -> None:
    problems = []
    for area in tool.AREAS:
        committed = {
            (m.context, m.source, m.comment): m for m in tool.read_ts(tool.ts_path(area, language))
        }
        for key in sorted(_keys(tool.ts_path(area, language, from_the_code))):
            message = committed.get(key)
            if message is None:
                problems.append(f"{area}_{language}: {key[0]}: {key[1]!r} is not in the .ts")
            else:
                problems.extend(f"{area}_{language}: {p}" for p in tool.problems(message))
    assert problems == [], (
        f"{len(problems)} strings need work: run `python tools/i18n.py update`, then "
        "translate what `python tools/i18n.py missing` lists.\n" + "\n".join(problems[:40])
    )


@pytest.mark.parametrize("language", sorted(tool.LANGUAGES))
def test_no_translation_is_left_for_text_the_code_no_longer_has(
    from_the_code: Path, language: str
) -> None:
    stale = []
    for area in tool.AREAS:
        fresh = _keys(tool.ts_path(area, language, from_the_code))
        stale += [
            f"{area}_{language}: {key[0]}: {key[1]!r}"
            for key in sorted(_keys(tool.ts_path(area, language)) - fresh)
        ]
    assert stale == [], "run `python tools/i18n.py update`:\n" + "\n".join(stale[:40])


def test_the_checks_catch_a_dropped_placeholder_tag_or_shortcut() -> None:
    def message(source: str, translation: str) -> tool.Message:
        return tool.Message("Ctx", source, "", False, (translation,), False)

    assert tool.problems(message("Saved {0} contacts", "Se guardaron {0} contactos")) == []
    assert tool.problems(message("Saved {0} contacts", "Se guardaron contactos"))
    assert tool.problems(message("<b>Name</b>", "Nombre"))
    assert tool.problems(message("&Save", "Guardar"))
    assert tool.problems(message("&Save", "&Guardar &ya"))
    assert tool.problems(tool.Message("Ctx", "Save", "", False, (), True))


def test_the_pseudo_language_stretches_words_but_keeps_what_the_code_needs() -> None:
    stretched = i18n.stretch("&Save {0} for <b>%n</b> people")
    assert stretched.startswith("[&S") and stretched.endswith("]")
    for kept in ("{0}", "<b>", "</b>", "%n"):
        assert kept in stretched
    assert len(stretched) >= len("&Save {0} for <b>%n</b> people") * 1.3


def test_every_module_with_text_belongs_to_an_area() -> None:
    by_area = tool.sources_by_area()
    placed = {path for paths in by_area.values() for path in paths}
    for path in (ROOT / "peerdesk").rglob("*.py"):
        relative = path.relative_to(ROOT).as_posix()
        if tool.area_of(relative) is not None:
            assert path in placed, relative
