"""Checks shared by the services, each failing with a plain sentence (InvalidInput).

`what` is the name of the field as the person knows it ("display name"), already
translated by the caller: `translate("Validation", "display name")`. The sentences put it
in the middle ("The {what} can't be in the future."), so the English is lower case; other
languages may quote it as a field name instead."""

from __future__ import annotations

import enum
from datetime import date
from typing import TypeVar

from peerdesk.errors import InvalidInput
from peerdesk.i18n import translate

E = TypeVar("E", bound=enum.StrEnum)


def text(value: str | None, what: str, *, required: bool = False, limit: int = 200) -> str | None:
    cleaned = (value or "").strip()
    if not cleaned:
        if required:
            raise InvalidInput(
                translate("Validation", "Please fill in the {what}.").format(what=what)
            )
        return None
    if len(cleaned) > limit:
        raise InvalidInput(
            translate("Validation", "The {what} can be at most {limit} characters.").format(
                what=what, limit=limit
            )
        )
    return cleaned


def not_future(day: date | None, what: str, today: date) -> date | None:
    if day is not None and day > today:
        raise InvalidInput(
            translate("Validation", "The {what} can't be in the future.").format(what=what)
        )
    return day


def match_choice(kind: type[E], typed: str) -> E | None:
    """The member `typed` names, or None. "In person", "in-person" and "IN_PERSON" all
    mean in_person, and "Group follow-up" group_followup: separators are ignored."""
    wanted = "".join(c for c in typed.lower() if c.isalnum())
    return next((m for m in kind if m.value.replace("_", "") == wanted), None)


def options(kind: type[enum.StrEnum]) -> str:
    """The values that may be typed, as typed (in English in every language: they are what
    the command line and imported files accept)."""
    return ", ".join(m.value.replace("_", " ") for m in kind)


def choice(kind: type[E], value: str | E, what: str) -> E:
    if isinstance(value, kind):
        return value
    member = match_choice(kind, str(value))
    if member is None:
        raise InvalidInput(
            translate("Validation", "The {what} must be one of: {options}.").format(
                what=what, options=options(kind)
            )
        )
    return member


def whole_number(value: int | None, what: str, low: int, high: int) -> int | None:
    if value is None:
        return None
    if not low <= value <= high:
        raise InvalidInput(
            translate("Validation", "The {what} must be from {low} to {high}.").format(
                what=what, low=low, high=high
            )
        )
    return value
