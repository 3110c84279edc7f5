"""The caseload table: one row per participant, filtered and sorted in Python.

Rows arrive prepared (`prepare_caseload`, which a worker thread can run): each one's
name is folded for searching once, and each column has a sort key per row. Filtering is
then a few list comprehensions and sorting picks from a cached order per column, so
100,000 rows filter and sort in milliseconds. A QSortFilterProxyModel would instead call
back into Python for every comparison (STYLE.md: 15 s to sort 100k rows that way).
"""

from __future__ import annotations

import unicodedata
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

from peerdesk.db.models import ParticipantStatus
from peerdesk.i18n import long_date, short_date
from peerdesk.services.caseload import CaseloadRow

COL_NAME = 0
COL_STATUS = 1
COL_PEER = 2
COL_LAST_CONTACT = 3
COL_NEXT_FOLLOW_UP = 4
COL_HOPE = 5
COL_AT_RISK = 6
COLUMN_COUNT = 7

ParticipantIdRole = Qt.ItemDataRole.UserRole + 1
SortKeyRole = Qt.ItemDataRole.UserRole + 2
RowRole = Qt.ItemDataRole.UserRole + 3

_SEARCHES_KEPT = 32
_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.AccessibleTextRole,
        ParticipantIdRole,
        SortKeyRole,
        RowRole,
    }
)
_STATUS_ORDER = {status: number for number, status in enumerate(ParticipantStatus)}
_ASCENDING = Qt.SortOrder.AscendingOrder

Index = QModelIndex | QPersistentModelIndex
# The overload of the layout signals that carries a hint (views then keep their scroll
# position cheaply); PySide6 picks it by these names.
_PARENTS = "QList<QPersistentModelIndex>"
_HINT = QAbstractItemModel.LayoutChangeHint


def fold(text: str) -> str:
    """Text as search compares it: case and accents ignored, so "jose" finds "José"."""
    folded = text.casefold()
    if folded.isascii():
        return folded
    decomposed = unicodedata.normalize("NFKD", folded)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _hope_key(row: CaseloadRow) -> int | None:
    if row.latest_hope is None:
        return None
    # The rating first, then the change since the one before (none below any change).
    change = 0 if row.hope_change is None else 50 + row.hope_change
    return row.latest_hope * 100 + change


@dataclass(frozen=True)
class PreparedCaseload:
    """Rows in name order with what filtering and sorting need, computed once."""

    rows: list[CaseloadRow]
    search_text: list[str]
    # For each character, the rows whose search text has it: the first letter typed
    # looks at those rows only instead of every row.
    rows_with: dict[str, array[int]]
    sort_keys: list[list[Any]]  # per column, per row; None sorts last
    peers: list[str]  # the assigned peers that occur, for the filter
    tags: list[str]  # the tags that occur, for the filter


def prepare_caseload(rows: Sequence[CaseloadRow]) -> PreparedCaseload:
    """Everything `CaseloadTableModel` needs, without touching Qt (safe off the GUI thread)."""
    names = [fold(row.display_name) for row in rows]
    order = sorted(range(len(rows)), key=names.__getitem__)
    ordered = [rows[i] for i in order]
    names = [names[i] for i in order]
    keys: list[list[Any]] = [[] for _ in range(COLUMN_COUNT)]
    keys[COL_NAME] = names
    keys[COL_STATUS] = [_STATUS_ORDER[row.status] for row in ordered]
    keys[COL_PEER] = [
        None if row.assigned_peer is None else row.assigned_peer.casefold() for row in ordered
    ]
    keys[COL_LAST_CONTACT] = [
        None if row.last_contact is None else row.last_contact.toordinal() for row in ordered
    ]
    keys[COL_NEXT_FOLLOW_UP] = [
        None if row.next_follow_up is None else row.next_follow_up.toordinal() for row in ordered
    ]
    keys[COL_HOPE] = [_hope_key(row) for row in ordered]
    keys[COL_AT_RISK] = [fold(row.at_risk_reason or "") if row.at_risk else None for row in ordered]
    rows_with: dict[str, array[int]] = {}
    for number, name in enumerate(names):
        for character in set(name):
            found = rows_with.get(character)
            if found is None:
                found = rows_with[character] = array("i")
            found.append(number)
    peers = sorted({row.assigned_peer for row in ordered if row.assigned_peer}, key=str.casefold)
    tags = sorted({tag for row in ordered for tag in row.tags}, key=str.casefold)
    return PreparedCaseload(ordered, names, rows_with, keys, peers, tags)


@dataclass(frozen=True)
class CaseloadFilter:
    """What the person asked to see. Empty or None means "don't filter on this"; a peer
    of "" means participants with no peer assigned."""

    search: str = ""
    status: frozenset[ParticipantStatus] | None = None
    peer: str | None = None
    at_risk_only: bool = False
    tag: str | None = None


class CaseloadTableModel(QAbstractTableModel):
    """Participants of a caseload, as prepared rows; see the module docstring."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._prepared = prepare_caseload([])
        self._visible: list[int] = []
        self._orders: dict[tuple[int, bool], list[int]] = {}
        self._searches: dict[str, list[int]] = {}
        self._source_of: dict[str, int] | None = None  # made when first needed
        self._filter = CaseloadFilter()
        self._sort_column = COL_NAME
        self._sort_order = _ASCENDING
        self._warning_icon: QIcon | None = None
        self._headers = (
            self.tr("Name"),
            self.tr("Status"),
            self.tr("Peer"),
            self.tr("Last contact"),
            self.tr("Next follow-up"),
            self.tr("Hope"),
            self.tr("At risk"),
        )
        self._header_tips = (
            self.tr("The name the participant goes by"),
            self.tr("Active, paused, disengaged or discharged"),
            self.tr("The peer whose caseload this participant is in"),
            self.tr("The date of the most recent contact"),
            self.tr("The soonest follow-up not yet met by a contact, and how many are due"),
            self.tr("The latest “hope today” rating (0 to 10) and the change since the one before"),
            self.tr("Whether the participant may be drifting away, and why"),
        )
        self._status_words = {
            ParticipantStatus.ACTIVE: self.tr("Active"),
            ParticipantStatus.PAUSED: self.tr("Paused"),
            ParticipantStatus.DISENGAGED: self.tr("Disengaged"),
            ParticipantStatus.DISCHARGED: self.tr("Discharged"),
        }

    # --- loading, filtering, sorting -----------------------------------------------------

    def set_rows(self, rows: Sequence[CaseloadRow]) -> None:
        """Show these rows (keeping the current filter and sort)."""
        self.set_prepared(prepare_caseload(rows))

    def set_prepared(self, prepared: PreparedCaseload) -> None:
        """Show rows prepared by `prepare_caseload` (keeping the current filter and sort)."""
        self.beginResetModel()
        self._prepared = prepared
        self._orders = {}
        self._searches = {}
        self._source_of = None
        self._visible = self._compute_visible()
        self.endResetModel()

    def apply(
        self,
        search: str = "",
        status: set[ParticipantStatus] | frozenset[ParticipantStatus] | None = None,
        peer: str | None = None,
        at_risk_only: bool = False,
        tag: str | None = None,
    ) -> None:
        """Show only the rows that match everything asked for (see CaseloadFilter)."""
        self._filter = CaseloadFilter(
            search, frozenset(status) if status else None, peer, at_risk_only, tag or None
        )
        visible = self._compute_visible()
        if visible == self._visible:
            return  # another letter typed that finds the same people: nothing to redraw
        self.beginResetModel()
        self._visible = visible
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = _ASCENDING) -> None:
        """Order the shown rows by `column`; rows with nothing in it come last either way,
        ties keep name order. Selections and the current row follow their participants."""
        if not 0 <= column < COLUMN_COUNT:
            return
        self._sort_column, self._sort_order = column, Qt.SortOrder(order)
        hint = QAbstractItemModel.LayoutChangeHint.VerticalSortHint
        # PySide6's stubs don't know that overloaded signals can be indexed.
        self.layoutAboutToBeChanged[_PARENTS, _HINT].emit([], hint)  # type: ignore[index]
        old = self.persistentIndexList()
        sources = [self._visible[index.row()] for index in old]
        self._visible = self._compute_visible()
        if old:
            wanted = set(sources)
            rows = {src: row for row, src in enumerate(self._visible) if src in wanted}
            self.changePersistentIndexList(
                old,
                [
                    self.index(rows[src], index.column()) if src in rows else QModelIndex()
                    for src, index in zip(sources, old, strict=True)
                ],
            )
        self.layoutChanged[_PARENTS, _HINT].emit([], hint)  # type: ignore[index]

    def _compute_visible(self) -> list[int]:
        rows = self._prepared.rows
        wanted = self._filter
        picked: Sequence[int] = self._matching(" ".join(fold(wanted.search).split()))
        if wanted.status:
            statuses = wanted.status
            picked = [i for i in picked if rows[i].status in statuses]
        if wanted.peer is not None:
            peer = wanted.peer or None
            picked = [i for i in picked if rows[i].assigned_peer == peer]
        if wanted.at_risk_only:
            picked = [i for i in picked if rows[i].at_risk]
        if wanted.tag:
            tag = wanted.tag
            picked = [i for i in picked if tag in rows[i].tags]
        order = self._order(self._sort_column, self._sort_order != _ASCENDING)
        if order is None:  # name order is the prepared order
            return list(picked)
        if len(picked) == len(rows):
            return list(order)
        chosen = set(picked)
        return [i for i in order if i in chosen]

    def _matching(self, search: str) -> Sequence[int]:
        """Rows whose name has every word of `search` (folded, single spaces) in it.

        Typing only ever adds letters, so each keystroke narrows the rows the one before
        found, and the first letter starts from the rows that have it. Recent answers
        are kept, which makes Backspace instant too."""
        names = self._prepared.search_text
        if not search:
            return range(len(names))
        found = self._searches.get(search)
        if found is not None:
            return found
        candidates: Sequence[int] | None = None
        for earlier, rows in self._searches.items():
            if search.startswith(earlier) and (candidates is None or len(rows) < len(candidates)):
                candidates = rows
        terms = search.split()
        if candidates is None:
            index = self._prepared.rows_with
            empty: array[int] = array("i")
            candidates = min((index.get(c, empty) for c in terms[0]), key=len)
        for term in terms:
            candidates = [i for i in candidates if term in names[i]]
        found = list(candidates)
        if len(self._searches) >= _SEARCHES_KEPT:
            del self._searches[next(iter(self._searches))]
        self._searches[search] = found
        return found

    def _order(self, column: int, descending: bool) -> list[int] | None:
        """Every row in `column`'s order (cached until the rows change); None for the
        prepared order itself."""
        if column == COL_NAME and not descending:
            return None
        cached = self._orders.get((column, descending))
        if cached is None:
            keys = self._prepared.sort_keys[column]
            present = [i for i in range(len(keys)) if keys[i] is not None]
            missing = [i for i in range(len(keys)) if keys[i] is None]
            # Python's sort is stable, also with reverse=True: equal keys keep name order.
            present.sort(key=keys.__getitem__, reverse=descending)
            cached = self._orders[(column, descending)] = present + missing
        return cached

    # --- reading -------------------------------------------------------------------------

    @property
    def total_count(self) -> int:
        """Rows loaded, before filtering."""
        return len(self._prepared.rows)

    @property
    def peers(self) -> list[str]:
        return self._prepared.peers

    @property
    def tags(self) -> list[str]:
        return self._prepared.tags

    def row_at(self, row: int) -> CaseloadRow:
        return self._prepared.rows[self._visible[row]]

    def row_of(self, participant_id: str) -> int | None:
        """The table row showing this participant, if shown."""
        if self._source_of is None:
            self._source_of = {
                row.participant_id: number for number, row in enumerate(self._prepared.rows)
            }
        source = self._source_of.get(participant_id)
        if source is None:
            return None
        try:
            return self._visible.index(source)
        except ValueError:  # filtered out
            return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else COLUMN_COUNT

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tips[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # A view asks for a dozen roles per cell as it paints; most get nothing, fast.
        if role not in _ROLES or not index.isValid() or index.row() >= len(self._visible):
            return None
        source = self._visible[index.row()]
        row = self._prepared.rows[source]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == ParticipantIdRole:
            return row.participant_id
        if role == SortKeyRole:
            return self._prepared.sort_keys[column][source]
        if role == RowRole:
            return row
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon() if column == COL_AT_RISK and row.at_risk else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._spoken(row, column)
        return None

    def sample_texts(self, column: int) -> list[str]:
        """The longest texts `column` shows for a date, status or rating, in the current
        language, so the view can make the column wide enough for them."""
        late = date(2026, 12, 30)
        if column == COL_STATUS:
            return list(self._status_words.values())
        if column == COL_LAST_CONTACT:
            return [self._date(late), self.tr("None yet")]
        if column == COL_NEXT_FOLLOW_UP:
            return [self.tr("{0} · %n due", "", 99).format(self._date(late))]
        if column == COL_HOPE:
            return [
                self.tr("{0} (first)").format(10),
                self.tr("{0} ▼ \u2212{1}").format(10, 10),
                self.tr("{0} = same").format(10),
            ]
        return []

    # --- words ---------------------------------------------------------------------------

    @staticmethod
    def _date(day: date) -> str:
        return short_date(day)  # 24 Nov 2026, in the chosen language

    @staticmethod
    def _long_date(day: date) -> str:
        return long_date(day)  # Tuesday 24 November 2026

    def _hope(self, row: CaseloadRow) -> str:
        if row.latest_hope is None:
            return ""
        change = row.hope_change
        if change is None:
            return self.tr("{0} (first)").format(row.latest_hope)
        if change > 0:
            return self.tr("{0} ▲ +{1}").format(row.latest_hope, change)
        if change < 0:
            return self.tr("{0} ▼ \u2212{1}").format(row.latest_hope, -change)
        return self.tr("{0} = same").format(row.latest_hope)

    def _text(self, row: CaseloadRow, column: int) -> str:
        if column == COL_NAME:
            return row.display_name
        if column == COL_STATUS:
            return self._status_words[row.status]
        if column == COL_PEER:
            return row.assigned_peer or self.tr("Not assigned")
        if column == COL_LAST_CONTACT:
            return self._date(row.last_contact) if row.last_contact else self.tr("None yet")
        if column == COL_NEXT_FOLLOW_UP:
            if row.next_follow_up is None:
                return ""
            when = self._date(row.next_follow_up)
            if row.follow_ups_due:
                return self.tr("{0} · %n due", "", row.follow_ups_due).format(when)
            return when
        if column == COL_HOPE:
            return self._hope(row)
        if column == COL_AT_RISK:
            if not row.at_risk:
                return ""
            return self.tr("At risk: {0}").format(row.at_risk_reason or self.tr("see record"))
        return ""

    def _tooltip(self, row: CaseloadRow, column: int) -> str | None:
        if column == COL_NAME and row.tags:
            return self.tr("Tags: {0}").format(", ".join(row.tags))
        if column == COL_PEER and row.assigned_peer is None:
            return self.tr("No peer has this participant in their caseload yet.")
        if column == COL_LAST_CONTACT and row.last_contact:
            return self._long_date(row.last_contact)
        if column == COL_NEXT_FOLLOW_UP and row.next_follow_up:
            due = self.tr("%n follow-up(s) due now or overdue.", "", row.follow_ups_due)
            return self._long_date(row.next_follow_up) + ("\n" + due if row.follow_ups_due else "")
        if column in (COL_HOPE, COL_AT_RISK):
            return self._spoken(row, column) or None
        return None

    def _spoken(self, row: CaseloadRow, column: int) -> str:
        """The cell in words, for screen readers (arrows and icons don't read well)."""
        if column == COL_HOPE:
            if row.latest_hope is None:
                return self.tr("No hope rating yet")
            rating = self.tr("Hope {0} out of 10").format(row.latest_hope)
            change = row.hope_change
            if change is None:
                return self.tr("{0}, the first rating").format(rating)
            if change > 0:
                return self.tr("{0}, up {1} since the rating before").format(rating, change)
            if change < 0:
                return self.tr("{0}, down {1} since the rating before").format(rating, -change)
            return self.tr("{0}, the same as the rating before").format(rating)
        if column == COL_AT_RISK:
            return self._text(row, column) if row.at_risk else self.tr("Not at risk")
        if column == COL_NEXT_FOLLOW_UP and row.next_follow_up is None:
            return self.tr("No follow-up planned")
        return self._text(row, column)

    def _icon(self) -> QIcon | None:
        if self._warning_icon is None:
            app = QApplication.instance()
            if not isinstance(app, QApplication):
                return None
            style = app.style()
            self._warning_icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return self._warning_icon
