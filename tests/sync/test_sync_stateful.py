"""Random edits, deletes, syncs through a hub, USB bundles and network cuts on three
devices (DESIGN.md section 5). Afterwards every device holds the same records, no edit a
device made is lost (it is the value, was overwritten by someone who had seen it, or
waits in "needs review"), and the review list has exactly one item per concurrent edit
of the same field with a different value, and per record deleted while someone else
was editing it.

The reference model below tracks, per device and field, the set of edits it knows,
not clocks: two edits are concurrent when neither device knew the other's."""

from __future__ import annotations

import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule
from sqlalchemy import select

from peerdesk.db.models import Participant, ReviewItem
from peerdesk.services.participants import ParticipantService
from peerdesk.sync.client import HubUnreachable
from peerdesk.sync.merge import all_states
from peerdesk.vault.vault import Vault
from tests.sync.world import PASS, FakeWall, InProcessHub, make_program, use_wall

DEVICES = ("a", "b", "c")
USERS = {"a": "cora", "b": "user-b", "c": "user-c"}
FIELDS = ("notes", "pronouns", "display_name")
VALUES = ("apple", "birch", "cedar")
RECORDS = 2
EXAMPLES = int(os.environ.get("PEERDESK_STATEFUL_EXAMPLES", "12"))


@dataclass(frozen=True)
class Edit:
    id: int
    time: int
    device: str
    record: int
    field: str
    value: object


@dataclass
class FieldState:
    current: Edit
    known: set[Edit]


@dataclass
class Model:
    edits: list[Edit] = field(default_factory=list)
    state: dict[tuple[str, int, str], FieldState] = field(default_factory=dict)
    hub: dict[tuple[str, int], dict[str, FieldState]] = field(default_factory=dict)
    dirty: dict[str, set[int]] = field(default_factory=lambda: {d: set() for d in DEVICES})
    conflicts: set[Edit] = field(default_factory=set)
    deleted_conflicts: set[int] = field(default_factory=set)

    def record_state(self, device: str, record: int) -> dict[str, FieldState]:
        return {
            f: FieldState(s.current, set(s.known))
            for (d, r, f), s in self.state.items()
            if d == device and r == record
        }

    def value(self, device: str, record: int, name: str) -> object:
        return self.state[(device, record, name)].current.value

    def write(self, device: str, record: int, name: str, value: object, time: int) -> None:
        edit = Edit(len(self.edits), time, device, record, name, value)
        self.edits.append(edit)
        slot = self.state[(device, record, name)]
        if name == "deleted":
            for other in FIELDS:
                slot.known |= self.state[(device, record, other)].known
        slot.known.add(edit)
        slot.current = edit
        self.dirty[device].add(record)

    def merge(self, device: str, record: int, incoming: dict[str, FieldState]) -> None:
        for name, theirs in incoming.items():
            mine = self.state[(device, record, name)]
            if theirs.current in mine.known:
                pass
            elif mine.current in theirs.known:
                mine.current = theirs.current
            else:
                later, earlier = sorted(
                    (mine.current, theirs.current), key=lambda e: (e.time, e.device)
                )[::-1]
                if later.value != earlier.value:
                    self.conflicts.add(earlier)
                mine.current = later
            mine.known |= theirs.known
        self._check_delete(device, record)

    def _check_delete(self, device: str, record: int) -> None:
        deleted = self.state[(device, record, "deleted")]
        if deleted.current.value is not True:
            return
        for name in FIELDS:
            edit = self.state[(device, record, name)].current
            covered = any(k.device == edit.device and k.time >= edit.time for k in deleted.known)
            if not covered:
                self.deleted_conflicts.add(record)
                return

    def push(self, device: str) -> None:
        for record in self.dirty[device]:
            self.hub[(device, record)] = self.record_state(device, record)
        self.dirty[device] = set()

    def pull(self, device: str) -> None:
        for (source, record), incoming in self.hub.items():
            if source != device:
                self.merge(device, record, incoming)

    def bundle(self, source: str, target: str) -> None:
        for record in range(RECORDS):
            self.merge(target, record, self.record_state(source, record))


@dataclass
class Template:
    root: Path
    pids: list[str]
    initial: dict[tuple[int, str], object]


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Template:
    """Three enrolled devices that already share RECORDS participants; copied per run."""
    root = tmp_path_factory.mktemp("stateful")
    hub = InProcessHub(f"sqlite:///{root / 'hub.db'}")
    program = make_program(root, hub.url, hub.setup_token(), hub.client)
    a = program["a"]
    pids = [
        ParticipantService(a.vault).create(f"Person {n}", notes=VALUES[0], pronouns=VALUES[1])
        for n in range(RECORDS)
    ]
    for name in ("a", "b", "c", "a"):
        program[name].sync.sync_now()
    initial = {}
    with a.vault.session() as s:
        for n, pid in enumerate(pids):
            person = s.get(Participant, pid)
            assert person is not None
            for name in (*FIELDS, "deleted"):
                initial[(n, name)] = getattr(person, name)
    program.close()
    hub.close()
    return Template(root, pids, initial)


class SyncMachine(RuleBasedStateMachine):
    template: Template

    @initialize()
    def open_devices(self) -> None:
        self.dir = Path(tempfile.mkdtemp(prefix="peerdesk-stateful-"))
        shutil.copytree(self.template.root, self.dir, dirs_exist_ok=True)
        self.hub = InProcessHub(f"sqlite:///{self.dir / 'hub.db'}")
        self.wall = FakeWall()
        self.devices = {}
        from peerdesk.sync.service import SyncService

        for name in DEVICES:
            unlocked = Vault(self.dir / name).unlock(USERS[name], PASS)
            use_wall(unlocked, self.wall)
            self.devices[name] = (unlocked, SyncService(unlocked, self.hub.client))
        self.model = Model()
        init = Edit(-1, 0, "a", -1, "", None)
        for d in DEVICES:
            for r in range(RECORDS):
                for name in (*FIELDS, "deleted"):
                    edit = Edit(-1, 0, "init", r, name, self.template.initial[(r, name)])
                    self.model.state[(d, r, name)] = FieldState(edit, {edit})
        del init
        self.time = 0

    def teardown(self) -> None:
        for unlocked, _sync in getattr(self, "devices", {}).values():
            unlocked.lock()
        if hasattr(self, "hub"):
            self.hub.close()
            shutil.rmtree(self.dir, ignore_errors=True)

    def _step(self) -> None:
        self.wall.tick()
        self.time += 1

    @rule(
        device=st.sampled_from(DEVICES),
        record=st.integers(0, RECORDS - 1),
        name=st.sampled_from(FIELDS),
        value=st.sampled_from(VALUES),
    )
    def edit(self, device: str, record: int, name: str, value: str) -> None:
        self._step()
        if self.model.value(device, record, "deleted") is True:
            return  # the app doesn't offer editing a deleted record
        unlocked, _sync = self.devices[device]
        changed = ParticipantService(unlocked).update(self.template.pids[record], **{name: value})
        if self.model.value(device, record, name) != value:
            assert changed == [name]
            self.model.write(device, record, name, value, self.time)
        else:
            assert changed == []

    @rule(device=st.sampled_from(DEVICES), record=st.integers(0, RECORDS - 1))
    def delete(self, device: str, record: int) -> None:
        self._step()
        if self.model.value(device, record, "deleted") is True:
            return
        unlocked, _sync = self.devices[device]
        with unlocked.writing() as s:
            person = s.get(Participant, self.template.pids[record])
            assert person is not None
            person.deleted = True
        self.model.write(device, record, "deleted", True, self.time)

    @rule(device=st.sampled_from(DEVICES), cut=st.sampled_from(["none", "before", "after"]))
    def sync(self, device: str, cut: str) -> None:
        self._step()
        _unlocked, sync = self.devices[device]
        if cut == "before":
            self.hub.cut = True
            with pytest.raises(HubUnreachable):
                sync.sync_now()
            self.hub.cut = False
            return
        hub_client = self.hub.client(self.hub.url, sync._require_identity().device_token)
        sync.push(hub_client)
        self.model.push(device)
        if cut == "after":
            return
        sync.pull(hub_client)
        self.model.pull(device)

    @rule(source=st.sampled_from(DEVICES), to=st.sampled_from(DEVICES))
    def bundle(self, source: str, to: str) -> None:
        target = to
        if source == target:
            return
        self._step()
        path = self.dir / f"{source}-{self.time}.pdbundle"
        self.devices[source][1].export_bundle(path)
        self.devices[target][1].import_bundle(path)
        self.model.bundle(source, target)

    @invariant()
    def values_match_the_model(self) -> None:
        if not hasattr(self, "model"):
            return
        for device, (unlocked, _sync) in self.devices.items():
            with unlocked.session() as s:
                for record, pid in enumerate(self.template.pids):
                    person = s.get(Participant, pid)
                    assert person is not None
                    for name in (*FIELDS, "deleted"):
                        assert getattr(person, name) == self.model.value(device, record, name), (
                            device,
                            record,
                            name,
                        )

    def teardown_checks(self) -> None:
        """Everyone syncs with nothing cut until nothing moves; then all replicas must be
        identical."""
        for _round in range(6):
            moved = 0
            for device in DEVICES:
                self._step()
                report = self.devices[device][1].sync_now()
                moved += report.pushed + report.pulled
                self.model.push(device)
                self.model.pull(device)
            if not moved:
                break
        assert not moved, "still changing after six rounds of syncing"
        self.values_match_the_model()
        snapshots = []
        for unlocked, _sync in self.devices.values():
            with unlocked.engine.connect() as conn:
                states = all_states(conn, ["roster", "caseload", "staff"])
            snapshots.append(
                sorted(
                    (s.table, s.id, s.scope, repr(sorted(s.values.items())))
                    for s in states
                    if s.table not in ("users",)
                )
            )
        assert snapshots[0] == snapshots[1] == snapshots[2]
        unlocked = self.devices["a"][0]
        with unlocked.session() as s:
            items = list(s.scalars(select(ReviewItem)))
        fields = [i for i in items if i.kind == "field"]
        deletes = [i for i in items if i.kind == "deleted"]
        expected = sorted(
            (self.template.pids[e.record], e.field, e.value) for e in self.model.conflicts
        )
        assert sorted((i.record_id, i.field, i.other_value) for i in fields) == expected
        assert sorted(i.record_id for i in deletes) == sorted(
            self.template.pids[r] for r in self.model.deleted_conflicts
        )


class _Checked(SyncMachine):
    def teardown(self) -> None:
        try:
            if hasattr(self, "model"):
                self.teardown_checks()
        finally:
            super().teardown()


def test_random_edits_syncs_and_bundles_converge(template: Template) -> None:
    _Checked.template = template
    runner = _Checked.TestCase
    runner.settings = settings(
        max_examples=EXAMPLES,
        stateful_step_count=14,
        # no shrinking in the quick run: a failure prints its steps at once (the long
        # run in `make test-all` shrinks)
        phases=[Phase.explicit, Phase.reuse, Phase.generate],
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    runner().runTest()


@pytest.mark.slow
def test_random_edits_syncs_and_bundles_converge_long(template: Template) -> None:
    _Checked.template = template
    runner = _Checked.TestCase
    runner.settings = settings(
        max_examples=200,
        stateful_step_count=30,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    runner().runTest()
