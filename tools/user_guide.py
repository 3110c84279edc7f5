"""Write the user guides from the in-app help (peerdesk/ui/help.py), so the guides and the
help never drift apart:

    python tools/user_guide.py           # docs/user-guide.md and docs/guia-de-uso.md
    python tools/user_guide.py --check   # exit 1 if either differs from what it would write

The Spanish guide needs the .qm files (`python tools/i18n.py release`, which this runs
first). Each section has the screenshots from docs/screenshots/<language>/.
"""

from __future__ import annotations

import argparse
import html
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from peerdesk.i18n import ENGLISH, SPANISH, current_language, translate, use_language  # noqa: E402
from peerdesk.ui.help import (  # noqa: E402
    HELP_TOPICS,
    SHORTCUTS,
    HelpPage,
    everywhere_line,
    getting_started,
    guide_intro,
    guide_title,
    shortcut_keys,
    shortcut_meaning,
    shortcut_where,
)

DOCS = ROOT / "docs"
GUIDES = {ENGLISH: DOCS / "user-guide.md", SPANISH: DOCS / "guia-de-uso.md"}
NOTE = (
    "<!-- Written by tools/user_guide.py from peerdesk/ui/help.py and translations/help_*.ts:"
    " change those and run `python tools/user_guide.py`, not this file. -->"
)


def markdown_text(text: str) -> str:
    """A help string (HTML with <b>) as Markdown."""
    text = re.sub(r"</?b>", "**", text)
    return html.unescape(text)


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def slug(title: str) -> str:
    """The anchor GitHub gives a heading."""
    kept = re.sub(r"[^\w\- ]", "", title.strip().lower())
    return kept.replace(" ", "-")


def _picture(alt: str, name: str, language: str) -> list[str]:
    return [f"![{_cell(alt)}](screenshots/{language}/{name}.png)", ""]


def page_markdown(page: HelpPage, language: str) -> list[str]:
    lines = [f"## {page.title}", ""]
    for text in page.intro:
        lines += [markdown_text(text), ""]
    if page.picture:
        lines += _picture(page.title, page.picture, language)
    for task in page.tasks:
        lines += [f"### {task.title}", ""]
        lines += [f"{n}. {markdown_text(step)}" for n, step in enumerate(task.steps, start=1)]
        lines.append("")
        if task.picture:
            lines += _picture(task.title, task.picture, language)
    if page.notes:
        lines += [f"### {translate('Help', 'Good to know')}", ""]
        for text in page.notes:
            lines += [markdown_text(text), ""]
    shortcuts = page.shortcuts
    if shortcuts:
        lines += [f"### {translate('Help', 'Keyboard shortcuts')}", ""]
        lines += [
            f"| {translate('ShortcutsDialog', 'Keys')} "
            f"| {translate('ShortcutsDialog', 'What they do')} |",
            "| --- | --- |",
        ]
        lines += [
            f"| **{_cell(shortcut_keys(s))}** | {_cell(shortcut_meaning(s))} |" for s in shortcuts
        ]
        lines.append("")
    return lines


def guide_markdown(language: str) -> str:
    """The whole guide in `language` (the language in use is put back afterwards)."""
    before = current_language()
    use_language(language)
    try:
        pages = [getting_started(), *(topic.page() for topic in HELP_TOPICS.values())]
        everything = translate("HelpDialog", "All keyboard shortcuts")
        lines = [NOTE, "", f"# {guide_title()}", "", markdown_text(guide_intro()), ""]
        lines += [f"- [{title}](#{slug(title)})" for title in [p.title for p in pages]]
        lines += [f"- [{everything}](#{slug(everything)})", ""]
        for page in pages:
            lines += page_markdown(page, language)
        lines += [f"## {everything}", ""]
        lines += [
            f"| {translate('ShortcutsDialog', 'Keys')} "
            f"| {translate('ShortcutsDialog', 'What they do')} "
            f"| {translate('ShortcutsDialog', 'Where')} |",
            "| --- | --- | --- |",
        ]
        lines += [
            f"| **{_cell(shortcut_keys(s))}** | {_cell(shortcut_meaning(s))} "
            f"| {_cell(shortcut_where(s))} |"
            for s in SHORTCUTS
        ]
        lines += ["", markdown_text(everywhere_line()), ""]
    finally:
        use_language(before)
    return "\n".join(lines).rstrip("\n") + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only say whether they are current")
    args = parser.parse_args()
    import i18n  # tools/i18n.py

    i18n.release()
    stale = []
    for language, path in GUIDES.items():
        text = guide_markdown(language)
        current = path.read_text(encoding="utf-8") if path.exists() else ""
        if text == current:
            continue
        stale.append(path)
        if not args.check:
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path.relative_to(ROOT)}")
    if args.check and stale:
        print("out of date: " + ", ".join(str(p.relative_to(ROOT)) for p in stale))
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
