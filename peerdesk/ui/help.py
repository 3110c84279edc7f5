"""The in-app help: a short guide to each area (what it is for, the common tasks step by
step, its keyboard shortcuts), and the table of every keyboard shortcut.

The words are written once, here, and shown two ways: in `HelpDialog` (F1), and in the user
guides docs/user-guide.md and docs/guia-de-uso.md, which tools/user_guide.py writes from
the same pages, so the app and the guides never drift apart.

Every string is translated when a page is built, not at import (the language is chosen
after import). Each string is one paragraph or one step, so a translator gets whole
sentences. The names of buttons and tabs come from the screens' own translations
(`_label`), so the help says exactly what the screen says, in either language.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from peerdesk.i18n import QT_TRANSLATE_NOOP, translate

# --- keyboard shortcuts ----------------------------------------------------------------------


class Shortcut(NamedTuple):
    keys: str  # as on the keyboard; words in it (Space, Delete) are translated
    meaning: str  # marked with QT_TRANSLATE_NOOP("Shortcuts", …), translated when shown
    where: str  # a help topic's key, EVERYWHERE, or HELP_WINDOW


EVERYWHERE = ""
HELP_WINDOW = "help"

# Every keyboard shortcut, in the order of the help topics. Alt+letter keys that come from
# an "&" in a label are left out: their letter changes with the language.
SHORTCUTS: list[Shortcut] = [
    Shortcut("F1", QT_TRANSLATE_NOOP("Shortcuts", "Help for the screen you are on"), EVERYWHERE),
    Shortcut("Ctrl+L", QT_TRANSLATE_NOOP("Shortcuts", "Lock PeerDesk now"), EVERYWHERE),
    Shortcut(
        "Ctrl+1 … Ctrl+7",
        QT_TRANSLATE_NOOP("Shortcuts", "Go to an area in the list on the left, in its order"),
        EVERYWHERE,
    ),
    Shortcut(
        "Tab / Shift+Tab",
        QT_TRANSLATE_NOOP("Shortcuts", "Go to the next or the previous box, list or button"),
        EVERYWHERE,
    ),
    Shortcut(
        "Ctrl+Q", QT_TRANSLATE_NOOP("Shortcuts", "Quit PeerDesk (on Windows: Alt+F4)"), EVERYWHERE
    ),
    Shortcut("Enter", QT_TRANSLATE_NOOP("Shortcuts", "Sign in (from the passphrase)"), "signin"),
    Shortcut("F5", QT_TRANSLATE_NOOP("Shortcuts", "Load today's list again"), "today"),
    Shortcut(
        "Enter",
        QT_TRANSLATE_NOOP("Shortcuts", "Open the chosen person, group or training"),
        "today",
    ),
    Shortcut("Ctrl+F", QT_TRANSLATE_NOOP("Shortcuts", "Search the caseload by name"), "caseload"),
    Shortcut(
        "Enter",
        QT_TRANSLATE_NOOP("Shortcuts", "Open the chosen participant's record"),
        "caseload",
    ),
    Shortcut(
        "Ctrl+1 … Ctrl+7",
        QT_TRANSLATE_NOOP("Shortcuts", "Go to a part of the record"),
        "participant",
    ),
    Shortcut("Ctrl+N", QT_TRANSLATE_NOOP("Shortcuts", "Log a new contact"), "participant"),
    Shortcut(
        "Ctrl+Enter / Ctrl+S",
        QT_TRANSLATE_NOOP("Shortcuts", "Save what you are typing"),
        "participant",
    ),
    Shortcut(
        QT_TRANSLATE_NOOP("ShortcutKeys", "Space"),
        QT_TRANSLATE_NOOP("Shortcuts", "Tick the chosen milestone as done (Goals)"),
        "participant",
    ),
    Shortcut(
        QT_TRANSLATE_NOOP("ShortcutKeys", "Up / Down"),
        QT_TRANSLATE_NOOP("Shortcuts", "In a date: one day later or earlier"),
        "participant",
    ),
    Shortcut("Ctrl+W", QT_TRANSLATE_NOOP("Shortcuts", "Close the record's window"), "participant"),
    Shortcut(
        "Ctrl+T",
        QT_TRANSLATE_NOOP("Shortcuts", "Start (or carry on with) today's session of the group"),
        "groups",
    ),
    Shortcut(
        "Enter",
        QT_TRANSLATE_NOOP("Shortcuts", "Open the chosen session to see or change its marks"),
        "groups",
    ),
    Shortcut(
        "Alt+P",
        QT_TRANSLATE_NOOP("Shortcuts", "Mark everyone not yet marked as present"),
        "attendance",
    ),
    Shortcut(
        "P / L / E / A",
        QT_TRANSLATE_NOOP("Shortcuts", "Mark present, late, excused or absent, then go down"),
        "attendance",
    ),
    Shortcut(
        QT_TRANSLATE_NOOP("ShortcutKeys", "Delete"),
        QT_TRANSLATE_NOOP("Shortcuts", "Clear the chosen person's mark"),
        "attendance",
    ),
    Shortcut(
        QT_TRANSLATE_NOOP("ShortcutKeys", "Letters of a name"),
        QT_TRANSLATE_NOOP("Shortcuts", "Jump to that name"),
        "attendance",
    ),
    Shortcut(
        "/",
        QT_TRANSLATE_NOOP("Shortcuts", "Jump to a name that starts with P, L, E or A"),
        "attendance",
    ),
    Shortcut("Ctrl+F", QT_TRANSLATE_NOOP("Shortcuts", "Go to the name box"), "attendance"),
    Shortcut("Ctrl+Z", QT_TRANSLATE_NOOP("Shortcuts", "Undo the last change"), "attendance"),
    Shortcut(
        "Ctrl+N",
        QT_TRANSLATE_NOOP("Shortcuts", "Add someone who isn't on the list (a walk-in)"),
        "attendance",
    ),
    Shortcut(
        "Ctrl+W",
        QT_TRANSLATE_NOOP("Shortcuts", "Close the attendance window (nothing is lost)"),
        "attendance",
    ),
    Shortcut("Ctrl+N", QT_TRANSLATE_NOOP("Shortcuts", "Add a training"), "training"),
    Shortcut(
        "Enter",
        QT_TRANSLATE_NOOP("Shortcuts", "Open the chosen training's certificate"),
        "training",
    ),
    Shortcut(
        "Esc / Ctrl+W",
        QT_TRANSLATE_NOOP("Shortcuts", "Close the certificate"),
        "training",
    ),
    Shortcut("Ctrl+S", QT_TRANSLATE_NOOP("Shortcuts", "Sync now"), "sync"),
    Shortcut(
        QT_TRANSLATE_NOOP("ShortcutKeys", "Up / Down"),
        QT_TRANSLATE_NOOP("Shortcuts", "Choose a help topic"),
        HELP_WINDOW,
    ),
    Shortcut("Esc", QT_TRANSLATE_NOOP("Shortcuts", "Close the help"), HELP_WINDOW),
]


def shortcut_keys(shortcut: Shortcut) -> str:
    return translate("ShortcutKeys", shortcut.keys)


def shortcut_meaning(shortcut: Shortcut) -> str:
    return translate("Shortcuts", shortcut.meaning)


def shortcut_where(shortcut: Shortcut) -> str:
    if shortcut.where == EVERYWHERE:
        return translate("Shortcuts", "Everywhere")
    if shortcut.where == HELP_WINDOW:
        return translate("Shortcuts", "This help")
    return topic_title(shortcut.where)


# --- the pages ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Task:
    """A common task: what it is, then 3 to 6 steps."""

    title: str
    steps: tuple[str, ...]
    picture: str = ""  # the screenshot the user guide shows with it (docs/screenshots/…)


@dataclass(frozen=True)
class HelpPage:
    """One help topic in the current language. The strings may hold <b>…</b>."""

    key: str
    title: str
    intro: tuple[str, ...]
    tasks: tuple[Task, ...]
    notes: tuple[str, ...] = ()
    picture: str = ""  # the screenshot the user guide shows under the title

    @property
    def shortcuts(self) -> list[Shortcut]:
        return [s for s in SHORTCUTS if s.where == self.key]

    def html(self) -> str:
        parts = [f"<h2>{html.escape(self.title)}</h2>"]
        parts += [f"<p>{text}</p>" for text in self.intro]
        for task in self.tasks:
            parts.append(f"<h3>{html.escape(task.title)}</h3>")
            parts.append("<ol>" + "".join(f"<li>{step}</li>" for step in task.steps) + "</ol>")
        if self.notes:
            good_to_know = translate("Help", "Good to know")
            parts.append(f"<h3>{html.escape(good_to_know)}</h3>")
            parts += [f"<p>{text}</p>" for text in self.notes]
        keyboard = translate("Help", "Keyboard shortcuts")
        parts.append(f"<h3>{html.escape(keyboard)}</h3>")
        rows = "".join(
            f"<tr><td><b>{html.escape(shortcut_keys(s))}</b></td>"
            f"<td>{html.escape(shortcut_meaning(s))}</td></tr>"
            for s in self.shortcuts
        )
        if rows:
            parts.append(f'<table cellspacing="0" cellpadding="4">{rows}</table>')
        parts.append(f"<p>{everywhere_line()}</p>")
        return "\n".join(parts)


LABELS_USED: set[tuple[str, str]] = set()  # (context, source) of every label quoted


def _label(context: str, source: str) -> str:
    """A button's, tab's or heading's words as the screen shows them, in the current
    language, without the "&" that marks its Alt key or any tags, ready to put in HTML."""
    LABELS_USED.add((context, source))
    text = translate(context, source)  # lupdate skips this call: the label is the screen's
    text = re.sub(r"&(.)", r"\1", re.sub(r"<[^<>]*>", "", text))
    return html.escape(text.strip(), quote=False)


def everywhere_line() -> str:
    return translate(
        "Help",
        "Everywhere: <b>F1</b> opens this help, <b>Ctrl+L</b> locks PeerDesk, and "
        "<b>Ctrl+1</b>, <b>Ctrl+2</b> and so on go to the areas in the list on the left.",
    )


_TITLES = {
    "signin": QT_TRANSLATE_NOOP("Help", "Signing in"),
    "participant": QT_TRANSLATE_NOOP("Help", "A participant's record"),
    "attendance": QT_TRANSLATE_NOOP("Help", "Taking attendance"),
}
# The topics named after an area take the area's name from the list on the left.
_AREAS = {
    "today": "Today",
    "caseload": "Caseload",
    "groups": "Groups",
    "training": "Training",
    "reports": "Reports",
    "sync": "Sync",
    "settings": "Settings",
}


def topic_title(key: str) -> str:
    if key in _AREAS:
        return html.unescape(area(key))
    return translate("Help", _TITLES[key])


def area(key: str) -> str:
    """An area's name as the list on the left shows it (ready for HTML)."""
    return _label("MainWindow", _AREAS[key])


def _signin() -> HelpPage:
    unlock = _label("UnlockWindow", "&Unlock")
    recovery = _label("UnlockWindow", "Forgot the passphrase? Use the &recovery key…")
    set_new = _label("RecoveryWindow", "&Set the new passphrase")
    create = _label("FirstRunWindow", "&Create the vault")
    save_sheet = _label("FirstRunWindow", "&Save recovery sheet as PDF to print…")
    go_on = _label("FirstRunWindow", "&Continue to PeerDesk")
    file_menu, lock = _label("MainWindow", "&File"), _label("MainWindow", "&Lock")
    return HelpPage(
        "signin",
        topic_title("signin"),
        (
            translate(
                "Help",
                "Everything in PeerDesk is encrypted on this computer. Your user name and "
                "passphrase open it. Without them nothing can be read, even if the computer "
                "is lost.",
            ),
        ),
        (
            Task(
                translate("Help", "Sign in"),
                (
                    translate("Help", "Type your user name, then press <b>Tab</b>."),
                    translate("Help", "Type your passphrase. Capital letters and spaces count."),
                    translate(
                        "Help", "Press <b>Enter</b> or <b>{unlock}</b>. It takes a second or two."
                    ).format(unlock=unlock),
                    translate(
                        "Help",
                        "If PeerDesk says Caps Lock seems to be on, press Caps Lock once and "
                        "type the passphrase again.",
                    ),
                ),
            ),
            Task(
                translate("Help", "Lock PeerDesk when you step away"),
                (
                    translate(
                        "Help", "Press <b>Ctrl+L</b>, or choose <b>{file} → {lock}</b> in the menu."
                    ).format(file=file_menu, lock=lock),
                    translate(
                        "Help",
                        "PeerDesk closes its windows and keeps anything you were typing as a "
                        "draft, encrypted.",
                    ),
                    translate(
                        "Help",
                        "When you sign in again, your windows come back with the text you "
                        "hadn't saved yet.",
                    ),
                    translate(
                        "Help",
                        "PeerDesk also locks itself after some minutes without use: 5 unless a "
                        "coordinator has changed it in {settings}.",
                    ).format(settings=area("settings")),
                ),
            ),
            Task(
                translate("Help", "If you forgot your passphrase"),
                (
                    translate("Help", "In the sign-in window, press <b>{recovery}</b>.").format(
                        recovery=recovery
                    ),
                    translate(
                        "Help",
                        "Type the recovery key from your program's printed recovery sheet. "
                        "Capitals, spaces and dashes don't matter.",
                    ),
                    translate(
                        "Help",
                        "Type your user name and a new passphrase twice, then press "
                        "<b>{set_new}</b>.",
                    ).format(set_new=set_new),
                    translate(
                        "Help",
                        "Put the sheet back somewhere safe: the same recovery key keeps working.",
                    ),
                ),
            ),
            Task(
                translate("Help", "Set up PeerDesk the first time"),
                (
                    translate(
                        "Help",
                        "Type your program's name, the user name you will sign in with, and a "
                        "passphrase twice. A few words that don't go together are easy to "
                        "remember and hard to guess.",
                    ),
                    translate("Help", "Press <b>{create}</b>.").format(create=create),
                    translate(
                        "Help",
                        "PeerDesk shows the recovery key once. Write it down, or press "
                        "<b>{save_sheet}</b>, print the sheet and delete the file.",
                    ).format(save_sheet=save_sheet),
                    translate(
                        "Help",
                        "Tick that you have kept the recovery key, then press <b>{go_on}</b>.",
                    ).format(go_on=go_on),
                ),
            ),
        ),
        (
            translate(
                "Help",
                "No recovery sheet to hand? Ask your coordinator: they can set a new "
                "passphrase for you.",
            ),
        ),
        "sign-in",
    )


def _today() -> HelpPage:
    care = _label("ParticipantWindow", "Appointments && referrals")
    return HelpPage(
        "today",
        topic_title("today"),
        (
            translate(
                "Help",
                "{today} is the first page after you sign in. It gathers what needs you now, "
                "so you don't have to go looking.",
            ).format(today=area("today")),
            translate(
                "Help",
                "On the left: appointments today and tomorrow, follow-ups that are due, and "
                "people who may be drifting away. On the right: today's group sessions and "
                "your trainings that run out within 60 days. Coordinators also see how many "
                "staff have trainings to renew; facilitators see their groups and trainings.",
            ),
        ),
        (
            Task(
                translate("Help", "Work through today's list"),
                (
                    translate(
                        "Help",
                        "Read the line under the greeting: how many appointments and follow-ups "
                        "you have today.",
                    ),
                    translate(
                        "Help",
                        "Press <b>Tab</b> to go from one list to the next, and the <b>Up</b> "
                        "and <b>Down</b> arrow keys to move within a list.",
                    ),
                    translate(
                        "Help",
                        "Press <b>Enter</b> on a person to open their record, on a group to see "
                        "it in {groups}, or on a training to open {training}.",
                    ).format(groups=area("groups"), training=area("training")),
                    translate(
                        "Help",
                        "After a call or a visit, log it in the person's record (<b>Ctrl+N</b> "
                        "there). A follow-up that has been done leaves the list.",
                    ),
                    translate(
                        "Help", "Press <b>F5</b> or <b>{refresh}</b> to load the list again."
                    ).format(refresh=_label("TodayView", "Refresh")),
                ),
            ),
            Task(
                translate("Help", "Check that an appointment is ready"),
                (
                    translate(
                        "Help",
                        "Look under <b>{appointments}</b>. The second line of each says whether "
                        "transport is arranged and whether a reminder was made.",
                    ).format(appointments=_label("TodayView", "Appointments today and tomorrow")),
                    translate(
                        "Help",
                        "If something is still to do, press <b>Enter</b> to open the person.",
                    ),
                    translate(
                        "Help",
                        "Go to <b>{care}</b> (<b>Ctrl+3</b>), choose the appointment, and tick "
                        "<b>{transport}</b> or <b>{reminder}</b> once it's done.",
                    ).format(
                        care=care,
                        transport=_label("CareTab", "Transport arranged"),
                        reminder=_label("CareTab", "Reminder made"),
                    ),
                ),
            ),
            Task(
                translate("Help", "Reach someone who may be drifting away"),
                (
                    translate(
                        "Help",
                        "Look under <b>{at_risk}</b>. Each person has the reason in words, such "
                        "as no contact for some weeks or group sessions missed in a row.",
                    ).format(at_risk=_label("TodayView", "At risk of disengaging")),
                    translate(
                        "Help",
                        "Press <b>Enter</b> to open their record. The profile shows the safe "
                        "ways to reach them, such as whether it is OK to text or to leave a "
                        "voicemail.",
                    ),
                    translate(
                        "Help",
                        "Once you have been in touch, log the contact. They leave the list the "
                        "next time it loads.",
                    ),
                ),
            ),
        ),
        picture="today",
    )


def _caseload() -> HelpPage:
    return HelpPage(
        "caseload",
        topic_title("caseload"),
        (
            translate(
                "Help",
                "{caseload} lists the participants you support: their status, last contact, "
                "next follow-up, whether they may be at risk, and their latest hope rating "
                "with its trend.",
            ).format(caseload=area("caseload")),
            translate(
                "Help",
                "A coordinator sees every peer's caseload. Facilitators work with groups and "
                "have no caseload.",
            ),
        ),
        (
            Task(
                translate("Help", "Find a person and open their record"),
                (
                    translate(
                        "Help",
                        "Press <b>Ctrl+F</b> and type part of their name. The table narrows as "
                        "you type.",
                    ),
                    translate(
                        "Help",
                        "Press <b>Enter</b> to go to the table, then the <b>Up</b> and "
                        "<b>Down</b> arrow keys to choose the person.",
                    ),
                    translate(
                        "Help",
                        "Press <b>Enter</b> (or double-click) to open their record in a window "
                        "of its own.",
                    ),
                ),
            ),
            Task(
                translate("Help", "See who needs you first"),
                (
                    translate(
                        "Help",
                        "Tick <b>{at_risk_only}</b> to see only the people who may be drifting "
                        "away.",
                    ).format(at_risk_only=_label("CaseloadView", "At &risk only")),
                    translate(
                        "Help",
                        "Choose a status under <b>{status}</b>, such as Active, or a tag under "
                        "<b>{tag}</b>.",
                    ).format(
                        status=_label("CaseloadView", "&Status"), tag=_label("CaseloadView", "&Tag")
                    ),
                    translate(
                        "Help",
                        "Click a column title to sort by it, for example the next follow-up. "
                        "Click it again to turn the order round.",
                    ),
                    translate(
                        "Help",
                        "The line under the table says how many people are shown, out of how many.",
                    ),
                ),
            ),
            Task(
                translate("Help", "Move people to another peer (coordinators)"),
                (
                    translate(
                        "Help",
                        "Choose the people in the table: hold <b>Ctrl</b> and click each one, "
                        "or click the first one and hold <b>Shift</b> as you click the last one.",
                    ),
                    translate("Help", "Press <b>{reassign}</b>.").format(
                        reassign=_label("CaseloadView", "Re&assign…")
                    ),
                    translate(
                        "Help", "Choose the peer who will support them and press <b>{reassign}</b>."
                    ).format(reassign=_label("ReassignDialog", "&Reassign")),
                    translate(
                        "Help",
                        "PeerDesk says how many moved. They show in the new peer's caseload "
                        "straight away.",
                    ),
                ),
            ),
        ),
        picture="caseload",
    )


def _participant() -> HelpPage:
    profile = _label("ParticipantWindow", "Profile")
    contacts = _label("ParticipantWindow", "Contacts")
    goals = _label("ParticipantWindow", "Goals")
    measures = _label("ParticipantWindow", "Measures")
    safety = _label("ParticipantWindow", "Consents && safety")
    return HelpPage(
        "participant",
        topic_title("participant"),
        (
            translate(
                "Help",
                "Each participant's record opens in a window of its own. Its parts are on "
                "tabs: <b>{profile}</b>, <b>{contacts}</b>, <b>{care}</b>, <b>{goals}</b>, "
                "<b>{measures}</b> and <b>{safety}</b>; coordinators also see "
                "<b>{history}</b>. <b>Ctrl+1</b> to <b>Ctrl+7</b> go straight to each one.",
            ).format(
                profile=profile,
                contacts=contacts,
                care=_label("ParticipantWindow", "Appointments && referrals"),
                goals=goals,
                measures=measures,
                safety=safety,
                history=_label("ParticipantWindow", "History"),
            ),
            translate(
                "Help",
                "When the person has a crisis plan in place, a banner at the top of the "
                "window says so.",
            ),
        ),
        (
            Task(
                translate("Help", "Log a contact after a call or a visit"),
                (
                    translate(
                        "Help",
                        "Press <b>Ctrl+N</b>. The <b>{contacts}</b> tab opens with a new "
                        "contact dated today.",
                    ).format(contacts=contacts),
                    translate(
                        "Help",
                        "Choose the type of contact, such as in person or phone, then press "
                        "<b>Tab</b> to fill in the minutes and the topics (separate them with "
                        "<b>;</b>).",
                    ),
                    translate(
                        "Help",
                        "Write a few words of notes, and a follow-up date if you plan to get "
                        "back in touch.",
                    ),
                    translate(
                        "Help",
                        "Press <b>Ctrl+Enter</b> to save. The contact shows at the top of the "
                        "list.",
                    ),
                ),
                "participant-contacts",
            ),
            Task(
                translate("Help", "Update the profile"),
                (
                    translate("Help", "Press <b>Ctrl+1</b> for <b>{profile}</b>.").format(
                        profile=profile
                    ),
                    translate(
                        "Help", "Change what you need, then press <b>Ctrl+S</b> or <b>{save}</b>."
                    ).format(save=_label("ProfileTab", "&Save profile")),
                    translate(
                        "Help",
                        "To add a phone number, email or address, use <b>{ways}</b>. Tick "
                        "<b>{ok_text}</b> or <b>{ok_voicemail}</b> only when the person has said "
                        "so, then press <b>{add}</b>.",
                    ).format(
                        ways=_label("ProfileTab", "Ways to reach them safely"),
                        ok_text=_label("ProfileTab", "OK to text"),
                        ok_voicemail=_label("ProfileTab", "OK to voicemail"),
                        add=_label("ProfileTab", "Add"),
                    ),
                ),
                "participant-profile",
            ),
            Task(
                translate("Help", "Add a goal and its small steps"),
                (
                    translate("Help", "Press <b>Ctrl+4</b> for <b>{goals}</b>.").format(
                        goals=goals
                    ),
                    translate(
                        "Help",
                        "Type the goal in the person's own words and press <b>{add_goal}</b>.",
                    ).format(add_goal=_label("GoalsTab", "Add goal")),
                    translate(
                        "Help",
                        "Choose the goal in the list, type a milestone (a small next step) and "
                        "when it is due, and press <b>{add_milestone}</b>.",
                    ).format(add_milestone=_label("GoalsTab", "Add milestone")),
                    translate(
                        "Help",
                        "When a milestone is done, choose it and press <b>Space</b> to tick it. "
                        "It is saved straight away.",
                    ),
                ),
                "participant-goals",
            ),
            Task(
                translate("Help", "Record a hope rating or a BARC-10"),
                (
                    translate("Help", "Press <b>Ctrl+5</b> for <b>{measures}</b>.").format(
                        measures=measures
                    ),
                    translate("Help", "Choose the instrument and the day it was taken."),
                    translate("Help", "Enter the person's answers. The total shows as you go."),
                    translate(
                        "Help",
                        "Press <b>{save}</b> (or <b>Ctrl+Enter</b>). The chart shows how things "
                        "change over time.",
                    ).format(save=_label("MeasuresTab", "Save result")),
                ),
                "participant-measures",
            ),
            Task(
                translate("Help", "Keep consents and the safety plan up to date"),
                (
                    translate("Help", "Press <b>Ctrl+6</b> for <b>{safety}</b>.").format(
                        safety=safety
                    ),
                    translate(
                        "Help",
                        "Tick the consents the person has given, write or update the safety "
                        "plan, and press <b>{save}</b>.",
                    ).format(save=_label("SafetyTab", "Save consents and safety plan")),
                    translate(
                        "Help",
                        "Add each person or service they agreed you may share information with, "
                        "and their key contacts.",
                    ),
                    translate(
                        "Help",
                        "Your program's local crisis resources are on the same page, ready when "
                        "you need them.",
                    ),
                ),
                "participant-consents",
            ),
        ),
        (
            translate(
                "Help",
                "Dates are typed as year-month-day, for example 2026-11-24. The <b>Up</b> and "
                "<b>Down</b> arrow keys change a date by one day.",
            ),
            translate(
                "Help",
                "Closing the window (<b>Ctrl+W</b>) with changes not yet saved asks first. If "
                "PeerDesk locks, they are kept as a draft and come back when you sign in.",
            ),
        ),
    )


def _groups() -> HelpPage:
    ok = _label("DayDialog", "&OK")
    return HelpPage(
        "groups",
        topic_title("groups"),
        (
            translate(
                "Help",
                "{groups} lists the groups you facilitate, with their schedule, how many are "
                "on the roster and the attendance over the last 8 sessions. A coordinator sees "
                "and sets up every group.",
            ).format(groups=area("groups")),
            translate(
                "Help",
                "Choose a group to see its roster, its sessions and its attendance history "
                "under the list.",
            ),
        ),
        (
            Task(
                translate("Help", "Take attendance for today's session"),
                (
                    translate(
                        "Help",
                        "Choose the group in the list with the <b>Up</b> and <b>Down</b> arrow "
                        "keys.",
                    ),
                    translate(
                        "Help",
                        "Press <b>Ctrl+T</b> or <b>{start}</b>. Once the session has started, "
                        "the button says <b>{carry_on}</b>.",
                    ).format(
                        start=_label("GroupsView", "&Start today's session"),
                        carry_on=_label("GroupsView", "Continue today'&s session"),
                    ),
                    translate(
                        "Help",
                        "The attendance window opens: see “{attendance}” in this help.",
                    ).format(attendance=topic_title("attendance")),
                ),
            ),
            Task(
                translate("Help", "Type in a signed paper sheet"),
                (
                    translate("Help", "Choose the group and press <b>{past}</b>.").format(
                        past=_label("GroupsView", "Enter a p&ast session…")
                    ),
                    translate("Help", "Choose the day the group met and press <b>{ok}</b>.").format(
                        ok=ok
                    ),
                    translate(
                        "Help",
                        "Mark each person as on the sheet, just as when taking attendance live.",
                    ),
                    translate(
                        "Help",
                        "Any past session can be opened again from the <b>{sessions}</b> tab: "
                        "choose it and press <b>Enter</b>.",
                    ).format(sessions=_label("GroupsView", "Sessions")),
                ),
            ),
            Task(
                translate("Help", "Print a sign-in sheet"),
                (
                    translate("Help", "Choose the group and press <b>{sheet}</b>.").format(
                        sheet=_label("GroupsView", "Sign-in shee&t…")
                    ),
                    translate(
                        "Help", "Choose the day and the paper size, and press <b>{ok}</b>."
                    ).format(ok=ok),
                    translate(
                        "Help",
                        "Choose where to save the PDF, then print it. It shows the names people "
                        "go by, with lines to sign and blank rows for walk-ins.",
                    ),
                ),
            ),
            Task(
                translate("Help", "Add someone to a roster, or take them off"),
                (
                    translate("Help", "Choose the group and open the <b>{roster}</b> tab.").format(
                        roster=_label("GroupsView", "Roster")
                    ),
                    translate(
                        "Help",
                        "Press <b>{add_to_roster}</b>. Type to find the person, or type the "
                        "name of someone new, check the date and press <b>{add}</b>.",
                    ).format(
                        add_to_roster=_label("GroupsView", "Add to the &roster…"),
                        add=_label("EnrolDialog", "&Add"),
                    ),
                    translate(
                        "Help",
                        "To take someone off, choose them and press <b>{take_off}</b>. Their "
                        "past attendance stays.",
                    ).format(take_off=_label("GroupsView", "Take &off the roster…")),
                ),
                "groups",
            ),
            Task(
                translate("Help", "Look back over attendance"),
                (
                    translate(
                        "Help",
                        "Open the <b>{history}</b> tab and set the <b>{start}</b> and "
                        "<b>{end}</b> dates.",
                    ).format(
                        history=_label("GroupsView", "Attendance history"),
                        start=_label("GroupsView", "Fro&m"),
                        end=_label("GroupsView", "&To"),
                    ),
                    translate(
                        "Help",
                        "Each row is a person, with their attendance rate, how many sessions "
                        "they have missed in a row, and their mark in each session, newest "
                        "first.",
                    ),
                    translate(
                        "Help",
                        "Sessions missed in a row are marked once there are as many as the "
                        "at-risk rule in {settings} allows (2 unless changed), and then count "
                        "as at risk in {today} and {caseload}.",
                    ).format(
                        settings=area("settings"), today=area("today"), caseload=area("caseload")
                    ),
                ),
                "groups-history",
            ),
            Task(
                translate("Help", "Set up a group (coordinators)"),
                (
                    translate(
                        "Help",
                        "Press <b>{new_group}</b>, or <b>{edit_group}</b> to change the chosen "
                        "one.",
                    ).format(
                        new_group=_label("GroupsView", "&New group…"),
                        edit_group=_label("GroupsView", "Edit &group…"),
                    ),
                    translate(
                        "Help", "Type the name, the kind of group, the schedule and where it meets."
                    ),
                    translate(
                        "Help",
                        "Tick the co-facilitators with <b>Space</b>, then press <b>{save}</b>.",
                    ).format(save=_label("GroupDialog", "&Save")),
                ),
            ),
        ),
    )


def _attendance() -> HelpPage:
    return HelpPage(
        "attendance",
        topic_title("attendance"),
        (
            translate(
                "Help",
                "The attendance window shows the group's roster with everyone unmarked. Each "
                "mark is saved the moment you press its key: there is no Save button, and "
                "closing the window or locking loses nothing.",
            ),
        ),
        (
            Task(
                translate("Help", "Take attendance in a few keys"),
                (
                    translate("Help", "Press <b>Alt+P</b> to mark everyone present."),
                    translate(
                        "Help",
                        "For each person who isn't, type the first letters of their name to "
                        "jump to it, then press <b>Enter</b> to go back to the list.",
                    ),
                    translate(
                        "Help",
                        "Press <b>P</b> (present), <b>L</b> (late), <b>E</b> (excused) or "
                        "<b>A</b> (absent). The selection moves down to the next person.",
                    ),
                    translate(
                        "Help",
                        "For a name that starts with P, L, E or A, press <b>/</b> first, then "
                        "type the name.",
                    ),
                    translate(
                        "Help",
                        "Made a mistake? <b>Ctrl+Z</b> undoes the last change, and "
                        "<b>Delete</b> clears a mark.",
                    ),
                ),
                "attendance",
            ),
            Task(
                translate("Help", "Add someone who isn't on the list"),
                (
                    translate("Help", "Press <b>Ctrl+N</b>."),
                    translate("Help", "Type the name they go by and press <b>Enter</b>."),
                    translate(
                        "Help",
                        "They are added as a walk-in and marked present. A peer can complete "
                        "their record later.",
                    ),
                ),
            ),
            Task(
                translate("Help", "Write the topic and notes"),
                (
                    translate(
                        "Help",
                        "Click in <b>{topic}</b> (or press <b>Tab</b> until you reach it) and "
                        "type what the session was about.",
                    ).format(topic=_label("AttendanceWindow", "&Topic")),
                    translate(
                        "Help",
                        "In <b>{notes}</b>, write how the group went and what to follow up. "
                        "Please leave out names.",
                    ).format(notes=_label("AttendanceWindow", "N&otes")),
                    translate(
                        "Help",
                        "Both save themselves as you type. Press <b>Ctrl+W</b> to close the "
                        "window when you are done.",
                    ),
                ),
            ),
        ),
        (
            translate(
                "Help",
                "Two co-facilitators can take attendance for the same session. Each sees the "
                "other's marks when they come back to the window.",
            ),
        ),
    )


def _training() -> HelpPage:
    done_tab = _label("TrainingView", "Trainings done")
    return HelpPage(
        "training",
        topic_title("training"),
        (
            translate(
                "Help",
                "{training} keeps each staff member's trainings, certificates and "
                "supervision, and says in words where they stand: current, expires within 60 "
                "days, expires within 30 days, overdue, or missing.",
            ).format(training=area("training")),
            translate(
                "Help",
                "A coordinator sees every staff member and sets what each role needs. Everyone "
                "else sees and keeps their own record.",
            ),
        ),
        (
            Task(
                translate("Help", "Add a training you have done"),
                (
                    translate(
                        "Help", "Press <b>Ctrl+N</b>, or <b>{add}</b> on the <b>{done}</b> tab."
                    ).format(add=_label("TrainingView", "&Add a training…"), done=done_tab),
                    translate(
                        "Help",
                        "Type the training's name, the day you completed it and the hours. When "
                        "the training is required for your role, its expiry date fills itself "
                        "in.",
                    ),
                    translate(
                        "Help",
                        "To attach the certificate, press <b>{choose}</b> and choose the PDF or "
                        "picture. It is kept encrypted inside PeerDesk.",
                    ).format(choose=_label("TrainingDialog", "Choose a &file…")),
                    translate("Help", "Press <b>{save}</b>.").format(
                        save=_label("TrainingDialog", "&Save")
                    ),
                ),
                "training",
            ),
            Task(
                translate("Help", "Open a certificate"),
                (
                    translate("Help", "Open the <b>{done}</b> tab and choose the training.").format(
                        done=done_tab
                    ),
                    translate(
                        "Help",
                        "Press <b>Enter</b> or <b>{open}</b>. The certificate opens inside "
                        "PeerDesk, never in another program.",
                    ).format(open=_label("TrainingView", "&Open certificate")),
                    translate("Help", "Press <b>Esc</b> or <b>Ctrl+W</b> to close it."),
                ),
            ),
            Task(
                translate("Help", "Log supervision"),
                (
                    translate("Help", "Open the <b>{tab}</b> tab and press <b>{log}</b>.").format(
                        tab=_label("TrainingView", "Supervision"),
                        log=_label("TrainingView", "&Log supervision…"),
                    ),
                    translate(
                        "Help",
                        "Fill in the date, how long it was, the supervisor and the topics, such "
                        "as self-care or a burnout check-in.",
                    ),
                    translate(
                        "Help",
                        "Press <b>{save}</b>. Each month's minutes are shown beside the target.",
                    ).format(save=_label("SupervisionDialog", "&Save")),
                ),
                "training-supervision",
            ),
            Task(
                translate("Help", "See who needs to renew (coordinators)"),
                (
                    translate(
                        "Help",
                        "The list at the top shows each staff member's status in words, and "
                        "what needs attention.",
                    ),
                    translate(
                        "Help",
                        "Choose a person. The <b>{tab}</b> tab lists each required training "
                        "with when it was done and when it runs out, the hours done, and last "
                        "month's supervision.",
                    ).format(tab=_label("TrainingView", "Requirements")),
                    translate(
                        "Help",
                        "Press <b>{requirements}</b> to set, for each role, the trainings "
                        "needed and how often they renew, the rules for hours, and the minutes "
                        "of supervision a month.",
                    ).format(requirements=_label("TrainingView", "&Requirements…")),
                ),
            ),
        ),
    )


def _reports() -> HelpPage:
    show = _label("ReportsView", "Sho&w the report")
    return HelpPage(
        "reports",
        topic_title("reports"),
        (
            translate(
                "Help",
                "{reports} makes PDFs to read, save or print. Each role is offered the "
                "reports it may print.",
            ).format(reports=area("reports")),
            translate(
                "Help",
                "There is a caseload summary; a participant summary, with a plain-language "
                "version for the participant to keep; attendance for a group; a sign-in sheet; "
                "training and supervision; and, for coordinators, the program report for "
                "funders, which shows no names.",
            ),
        ),
        (
            Task(
                translate("Help", "Make a report"),
                (
                    translate(
                        "Help",
                        "Choose the report in the list. The sentence under the list says what "
                        "it holds.",
                    ),
                    translate(
                        "Help",
                        "Choose the period, such as last month or last quarter, or "
                        "<b>{dates}</b> to type them.",
                    ).format(dates=_label("ReportsView", "Choose the dates")),
                    translate(
                        "Help",
                        "If the report asks for them, choose the group, peer or participant.",
                    ),
                    translate(
                        "Help",
                        "Press <b>{show}</b>. Its pages appear on the right. A long report shows "
                        "how far it has got, and you can cancel it.",
                    ).format(show=show),
                    translate(
                        "Help",
                        "Press <b>{save}</b> to choose where to save it, or <b>{print}</b> to "
                        "print it.",
                    ).format(
                        save=_label("ReportsView", "&Save as PDF…"),
                        print=_label("ReportsView", "Pr&int…"),
                    ),
                ),
                "reports",
            ),
            Task(
                translate("Help", "Give a participant their own summary"),
                (
                    translate(
                        "Help",
                        "Choose the participant summary, then the participant (type part of "
                        "their name to find them).",
                    ),
                    translate("Help", "Tick <b>{plain}</b>.").format(
                        plain=_label(
                            "ReportsView", "The version written for the participant to keep"
                        )
                    ),
                    translate(
                        "Help", "Press <b>{show}</b>, read it through, then print it or save it."
                    ).format(show=show),
                ),
            ),
        ),
        (
            translate(
                "Help",
                "Nothing is written to the computer until you save. A saved or printed report "
                "is not encrypted: keep it somewhere private, and shred paper copies you no "
                "longer need.",
            ),
        ),
    )


def _sync() -> HelpPage:
    return HelpPage(
        "sync",
        topic_title("sync"),
        (
            translate(
                "Help",
                "{sync} shares changes between your program's computers, through your "
                "program's hub (a small server) or on a USB stick. It is optional: PeerDesk "
                "works fully on one computer.",
            ).format(sync=area("sync")),
            translate(
                "Help",
                "Everything is encrypted before it leaves the computer: the hub can't read a "
                "name, a note or a phone number.",
            ),
        ),
        (
            Task(
                translate("Help", "Sync now"),
                (
                    translate("Help", "Go to <b>{sync}</b> in the list on the left.").format(
                        sync=area("sync")
                    ),
                    translate("Help", "Press <b>Ctrl+S</b> or <b>{sync_now}</b>.").format(
                        sync_now=_label("SyncView", "&Sync now")
                    ),
                    translate(
                        "Help",
                        "The status line says when it's done. If the hub can't be reached, "
                        "everything keeps working here, and PeerDesk syncs by itself every 5 "
                        "minutes once it can.",
                    ),
                ),
                "sync",
            ),
            Task(
                translate("Help", "Settle something that needs review"),
                (
                    translate(
                        "Help",
                        "When two people changed the same thing on different computers, it "
                        "shows under <b>{review}</b> with both values, who changed them and "
                        "when.",
                    ).format(review=_label("SyncView", "Needs review")),
                    translate("Help", "Choose the item and read both values."),
                    translate(
                        "Help",
                        "Press <b>{keep}</b> or <b>{other}</b>. For a record that was deleted "
                        "on one computer: <b>{keep_deleted}</b> or <b>{restore}</b>.",
                    ).format(
                        keep=_label("SyncView", "&Keep this"),
                        other=_label("SyncView", "&Use the other value"),
                        keep_deleted=_label("SyncView", "&Keep it deleted"),
                        restore=_label("SyncView", "&Restore it"),
                    ),
                    translate(
                        "Help",
                        "Your choice syncs to the other computers. Nothing is dropped without "
                        "someone seeing it.",
                    ),
                ),
            ),
            Task(
                translate("Help", "Carry changes on a USB stick"),
                (
                    translate("Help", "Press <b>{save}</b> and save the file on the stick.").format(
                        save=_label("SyncView", "Save a &bundle to a USB stick…")
                    ),
                    translate(
                        "Help",
                        "On the other computer, go to <b>{sync}</b>, press <b>{bring_in}</b> and "
                        "choose the file.",
                    ).format(sync=area("sync"), bring_in=_label("SyncView", "Br&ing in a bundle…")),
                    translate(
                        "Help",
                        "PeerDesk checks the whole bundle first, then brings in all of it or "
                        "nothing. Bringing in the same bundle twice changes nothing.",
                    ),
                ),
            ),
            Task(
                translate("Help", "Add a computer (coordinators)"),
                (
                    translate(
                        "Help",
                        "Press <b>{add}</b>. Type the computer's name, choose who uses it and "
                        "where to save the enrolment file, and press <b>{make}</b>.",
                    ).format(
                        add=_label("SyncView", "&Add a computer…"),
                        make=_label("AddComputerDialog", "&Make the enrolment file"),
                    ),
                    translate(
                        "Help",
                        "PeerDesk shows a one-time code. Give the file and the code separately: "
                        "the code by phone or in person.",
                    ),
                    translate(
                        "Help",
                        "On the new computer, go to <b>{sync}</b>, press <b>{enrol}</b>, choose "
                        "the file, type the code and press <b>{enrol_ok}</b>.",
                    ).format(
                        sync=area("sync"),
                        enrol=_label("SyncView", "&Enrol this computer…"),
                        enrol_ok=_label("EnrolDialog", "&Enrol"),
                    ),
                    translate(
                        "Help",
                        "If a computer is lost or no longer used, press <b>{computers}</b>, "
                        "choose it and press <b>{stop}</b>.",
                    ).format(
                        computers=_label("SyncView", "&Computers…"),
                        stop=_label("DevicesDialog", "&Stop this computer syncing…"),
                    ),
                ),
            ),
        ),
        (
            translate(
                "Help",
                "A coordinator joins the program to its hub once, with <b>{join}</b> and the "
                "setup token the hub gave.",
            ).format(join=_label("SyncView", "&Join a hub…")),
        ),
    )


def _settings() -> HelpPage:
    return HelpPage(
        "settings",
        topic_title("settings"),
        (
            translate(
                "Help",
                "{settings} has three parts: how PeerDesk looks for you, the settings of the "
                "whole program, and facts about this vault, such as its folder and its newest "
                "backup.",
            ).format(settings=area("settings")),
        ),
        (
            Task(
                translate("Help", "Change the language, text size or contrast"),
                (
                    translate("Help", "Choose your language under <b>{language}</b>.").format(
                        language=_label("SettingsPage", "Lan&guage")
                    ),
                    translate(
                        "Help",
                        "Choose a larger <b>{size}</b> if the words are hard to read, or tick "
                        "<b>{contrast}</b>.",
                    ).format(
                        size=_label("SettingsPage", "&Text size"),
                        contrast=_label("SettingsPage", "High c&ontrast (white on black)"),
                    ),
                    translate(
                        "Help",
                        "Press <b>{use}</b>. These choices are yours alone: other people who "
                        "sign in keep their own.",
                    ).format(use=_label("SettingsPage", "&Use these")),
                ),
                "settings",
            ),
            Task(
                translate("Help", "Change the program's settings (coordinators)"),
                (
                    translate("Help", "Type the program's name as it should appear on reports."),
                    translate(
                        "Help",
                        "Choose after how many minutes without use PeerDesk locks itself.",
                    ),
                    translate(
                        "Help",
                        "Type the local crisis resources: numbers and places to call in a "
                        "crisis. They show on every safety plan.",
                    ),
                    translate(
                        "Help",
                        "Choose when someone counts as at risk of disengaging: after how many "
                        "days without a contact or an attended session, or how many group "
                        "sessions missed in a row.",
                    ),
                    translate("Help", "Press <b>{save}</b>.").format(
                        save=_label("SettingsPage", "&Save settings")
                    ),
                ),
            ),
            Task(
                translate("Help", "Put the program's logo on reports (coordinators)"),
                (
                    translate(
                        "Help",
                        "Press <b>{choose}</b> and choose a PNG or JPEG picture of up to 1 MB.",
                    ).format(choose=_label("SettingsPage", "Choose a &picture…")),
                    translate(
                        "Help",
                        "It is kept inside the vault and printed at the top of every report.",
                    ),
                    translate("Help", "To take it off again, press <b>{remove}</b>.").format(
                        remove=_label("SettingsPage", "&Remove it")
                    ),
                ),
            ),
            Task(
                translate("Help", "Make a backup now"),
                (
                    translate("Help", "Press <b>{backup}</b>.").format(
                        backup=_label("SettingsPage", "&Back up now…")
                    ),
                    translate(
                        "Help",
                        "Choose where to save the backup, for example on a USB stick you keep "
                        "somewhere safe.",
                    ),
                    translate(
                        "Help",
                        "The backup is encrypted: it opens only with a passphrase or the "
                        "recovery key of this vault. PeerDesk also makes backups by itself, and "
                        "shows the newest under <b>{vault}</b>.",
                    ).format(vault=_label("SettingsPage", "<h3>This vault</h3>")),
                ),
            ),
        ),
    )


class HelpTopic:
    """One topic of the help, built in the current language each time it is read."""

    def __init__(self, key: str, build: Callable[[], HelpPage]) -> None:
        self.key = key
        self._build = build

    def page(self) -> HelpPage:
        return self._build()

    @property
    def title(self) -> str:
        return topic_title(self.key)

    @property
    def html(self) -> str:
        return self.page().html()


HELP_TOPICS: dict[str, HelpTopic] = {
    key: HelpTopic(key, build)
    for key, build in (
        ("signin", _signin),
        ("today", _today),
        ("caseload", _caseload),
        ("participant", _participant),
        ("groups", _groups),
        ("attendance", _attendance),
        ("training", _training),
        ("reports", _reports),
        ("sync", _sync),
        ("settings", _settings),
    )
}


def guide_title() -> str:
    return translate("Help", "PeerDesk user guide")


def guide_intro() -> str:
    return translate(
        "Help",
        "For peers, facilitators and coordinators. It holds the same words as the help "
        "inside PeerDesk (press <b>F1</b>), with a picture of each screen.",
    )


def getting_started() -> HelpPage:
    """The first section of the user guides (not a topic in the app: by the time someone
    reads the app's help, they have started)."""
    return HelpPage(
        "start",
        translate("Help", "Getting started"),
        (
            translate(
                "Help",
                "PeerDesk is a desktop app for peer support programs in trauma recovery. Peers "
                "keep their caseload, co-facilitators take group attendance, and coordinators "
                "keep training records and print summaries. Everything is stored encrypted on "
                "the computer.",
            ),
        ),
        (
            Task(
                translate("Help", "Try PeerDesk with the demo vault"),
                (
                    translate(
                        "Help",
                        "In the PeerDesk folder, run <b>make run</b>. The first time, it makes "
                        "a demo vault of made-up people: nothing in it is real.",
                    ),
                    translate(
                        "Help",
                        "Sign in as <b>demo</b> (a coordinator) with the passphrase <b>demo "
                        "passphrase</b>.",
                    ),
                    translate(
                        "Help",
                        "To see PeerDesk as a peer does, sign in as <b>sam</b>, <b>alex</b> or "
                        "<b>jo</b>; as a facilitator, as <b>rae</b>. The passphrase is the same.",
                    ),
                    translate(
                        "Help",
                        "Press <b>F1</b> anywhere to open the help for the screen you are on.",
                    ),
                ),
                "help",
            ),
        ),
    )


# --- the windows -------------------------------------------------------------------------------


def _fitted_size(widget: QWidget, width: int, height: int, chars: int, lines: int) -> None:
    """At least width by height, more with large text (about `chars` characters across and
    `lines` lines down), never more than the screen."""
    metrics = widget.fontMetrics()
    wanted_width = max(width, metrics.averageCharWidth() * chars)
    wanted_height = max(height, metrics.lineSpacing() * lines)
    screen = widget.screen()
    if screen is not None:
        room = screen.availableGeometry()
        wanted_width = min(wanted_width, room.width())
        wanted_height = min(wanted_height, room.height())
    widget.resize(wanted_width, wanted_height)


class ShortcutsDialog(QDialog):
    """Every keyboard shortcut in one table: the keys, what they do, and where."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.table = QTableWidget(len(SHORTCUTS), 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Keys"), self.tr("What they do"), self.tr("Where")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)  # Tab goes on to the Close button
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)  # tells one row from the next
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        for row, shortcut in enumerate(SHORTCUTS):
            keys = QTableWidgetItem(shortcut_keys(shortcut))
            font = keys.font()
            font.setBold(True)
            keys.setFont(font)
            self.table.setItem(row, 0, keys)
            for column, text in ((1, shortcut_meaning(shortcut)), (2, shortcut_where(shortcut))):
                item = QTableWidgetItem(text)
                item.setToolTip(text)  # whole, when large text leaves the column too narrow
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        _fitted_size(self, 760, 560, 110, 32)


class HelpDialog(QDialog):
    """The help: topics on the left (Up and Down change topic), the chosen one on the
    right, a button for the table of every shortcut, and Close (or Esc)."""

    def __init__(self, topic: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("PeerDesk help"))
        self.topics = QListWidget()
        self.topics.setAccessibleName(self.tr("Help topics"))
        self.topics.setAccessibleDescription(self.tr("Up and Down change the topic."))
        self.topics.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.topics.setWordWrap(True)
        self._keys = list(HELP_TOPICS)
        for key in self._keys:
            self.topics.addItem(HELP_TOPICS[key].title)
        self.topics.setStyleSheet("QListWidget::item { padding: 6px 4px; }")
        widest = max(self.topics.sizeHintForColumn(0), self.fontMetrics().averageCharWidth() * 16)
        self.topics.setFixedWidth(widest + 24)

        self.text = QTextBrowser()
        self.text.setAccessibleName(self.tr("Help text"))
        self.text.setOpenLinks(False)
        self.text.document().setDocumentMargin(12)

        self.shortcuts_button = QPushButton(self.tr("All keyboard shortcuts"))
        self.shortcuts_button.setAutoDefault(False)
        self.shortcuts_button.clicked.connect(self.show_all_shortcuts)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAutoDefault(False)

        row = QHBoxLayout()
        row.addWidget(self.topics)
        row.addWidget(self.text, stretch=1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.shortcuts_button)
        bottom.addStretch()
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(row, stretch=1)
        layout.addLayout(bottom)
        QWidget.setTabOrder(self.topics, self.text)
        QWidget.setTabOrder(self.text, self.shortcuts_button)
        QWidget.setTabOrder(self.shortcuts_button, self.close_button)

        self.topics.currentRowChanged.connect(self._show_row)
        self.show_topic(topic)
        self.topics.setFocus(Qt.FocusReason.OtherFocusReason)
        _fitted_size(self, 860, 600, 120, 34)

    def current_topic(self) -> str:
        return self._keys[max(self.topics.currentRow(), 0)]

    def show_topic(self, topic: str) -> None:
        """Show `topic` (a key of HELP_TOPICS; an unknown one shows the first)."""
        row = self._keys.index(topic) if topic in self._keys else 0
        if self.topics.currentRow() == row:
            self._show_row(row)
        else:
            self.topics.setCurrentRow(row)

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(self._keys):
            self.text.setHtml(HELP_TOPICS[self._keys[row]].html)

    def show_all_shortcuts(self) -> ShortcutsDialog:
        dialog = ShortcutsDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
