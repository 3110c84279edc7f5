"""Checks shared by the services, each failing with a plain sentence (InvalidInput)."""

from __future__ import annotations

import enum
from datetime import date
from typing import TypeVar

from peerdesk.errors import InvalidInput

E = TypeVar("E", bound=enum.StrEnum)


def text(value: str | None, what: str, *, required: bool = False, limit: int = 200) -> str | None:
    cleaned = (value or "").strip()
    if not cleaned:
        if required:
            raise InvalidInput(f"Please fill in the {what}.")
        return None
    if len(cleaned) > limit:
        raise InvalidInput(f"The {what} can be at most {limit} characters.")
    return cleaned


def not_future(day: date | None, what: str, today: date) -> date | None:
    if day is not None and day > today:
        raise InvalidInput(f"The {what} can't be in the future.")
    return day


def choice(kind: type[E], value: str | E, what: str) -> E:
    if isinstance(value, kind):
        return value
    # "In person", "in-person" and "IN_PERSON" all mean in_person; "Group follow-up" too
    # means group_followup, so separators are ignored altogether.
    wanted = "".join(c for c in str(value).lower() if c.isalnum())
    for member in kind:
        if member.value.replace("_", "") == wanted:
            return member
    options = ", ".join(m.value.replace("_", " ") for m in kind)
    raise InvalidInput(f"The {what} must be one of: {options}.")


def whole_number(value: int | None, what: str, low: int, high: int) -> int | None:
    if value is None:
        return None
    if not low <= value <= high:
        raise InvalidInput(f"The {what} must be from {low} to {high}.")
    return value
