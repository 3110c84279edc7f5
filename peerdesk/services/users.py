"""Staff accounts: who may unlock the vault, with which role."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from peerdesk.db.models import Role, User
from peerdesk.db.types import utc_now
from peerdesk.errors import InvalidInput, PermissionDenied
from peerdesk.i18n import translate
from peerdesk.services.access import only_a_coordinator
from peerdesk.vault.vault import UnlockedVault, validate_new_passphrase, validate_user_name


@dataclass(frozen=True)
class UserSummary:
    id: str
    name: str
    role: Role
    created_at: datetime


def parse_role(text: str) -> Role:
    try:
        return Role(text.strip().lower())
    except ValueError:
        choices = ", ".join(r.value for r in Role)
        raise InvalidInput(
            translate("Users", "'{typed}' is not a role. Choose one of: {choices}.").format(
                typed=text, choices=choices
            )
        ) from None


class UserService:
    def __init__(self, vault: UnlockedVault) -> None:
        self.vault = vault

    def require_coordinator(self, doing: str) -> None:
        """`doing` is translated by the caller, as for `Access.require_coordinator`."""
        user = self.vault.user
        if user is None or user.role is not Role.COORDINATOR:
            raise PermissionDenied(only_a_coordinator(doing))

    def list_users(self) -> list[UserSummary]:
        with self.vault.session() as session:
            users = session.scalars(
                select(User).where(User.removed_at.is_(None)).order_by(func.lower(User.name))
            ).all()
            return [UserSummary(u.id, u.name, u.role, u.created_at) for u in users]

    def _active(self, session: Session, name: str) -> User | None:
        return session.scalars(
            select(User).where(
                func.lower(User.name) == name.strip().casefold(), User.removed_at.is_(None)
            )
        ).first()

    def add_user(self, name: str, role: Role, passphrase: str) -> UserSummary:
        self.require_coordinator(translate("Access", "add users"))
        name = validate_user_name(name)
        validate_new_passphrase(passphrase)
        with self.vault.session() as session:
            if self._active(session, name) is not None:
                raise InvalidInput(
                    translate("Users", "There is already a user called '{name}'.").format(name=name)
                )
        # Slot first, then the row: a crash in between leaves a slot that opens nothing
        # (no user row), and adding the user again replaces it.
        self.vault.set_passphrase(name, passphrase)
        with self.vault.writing() as session:
            user = User(name=name, role=role)
            session.add(user)
            session.flush()
            self.vault.audit(
                "user_added", record_id=user.id, detail=f"role {role.value}", session=session
            )
            return UserSummary(user.id, user.name, user.role, user.created_at)

    def change_passphrase(self, name: str, new_passphrase: str) -> None:
        """Your own passphrase, or (coordinator) anyone's."""
        me = self.vault.user
        is_self = me is not None and me.name.casefold() == name.strip().casefold()
        if not is_self:
            self.require_coordinator(translate("Access", "change another person's passphrase"))
        with self.vault.session() as session:
            user = self._active(session, name)
            if user is None:
                raise InvalidInput(
                    translate("Users", "There's no user called '{name}' in this vault.").format(
                        name=name
                    )
                )
            user_id, user_name = user.id, user.name
        self.vault.set_passphrase(user_name, new_passphrase)
        self.vault.audit("passphrase_changed", record_id=user_id)

    def recover(self, name: str, new_passphrase: str) -> None:
        """After a recovery-key unlock: give `name` a new passphrase."""
        if self.vault.user is not None:
            raise PermissionDenied(
                translate("Users", "Recovery needs the recovery key. Nothing was changed.")
            )
        with self.vault.session() as session:
            user = self._active(session, name)
            if user is None:
                raise InvalidInput(
                    translate("Users", "There's no user called '{name}' in this vault.").format(
                        name=name
                    )
                )
            user_id, user_name = user.id, user.name
        self.vault.set_passphrase(user_name, new_passphrase)
        self.vault.audit("passphrase_recovered", record_id=user_id)

    def change_role(self, name: str, role: Role) -> None:
        """Coordinator: give someone another role (their training requirements follow).
        The last coordinator can't stop being one, or nobody could manage the vault."""
        self.require_coordinator(translate("Access", "change roles"))
        with self.vault.writing() as session:
            user = self._active(session, name)
            if user is None:
                raise InvalidInput(
                    translate("Users", "There's no user called '{name}' in this vault.").format(
                        name=name
                    )
                )
            if user.role is Role.COORDINATOR and role is not Role.COORDINATOR:
                coordinators = session.scalars(
                    select(User.id).where(User.role == Role.COORDINATOR, User.removed_at.is_(None))
                ).all()
                if len(coordinators) == 1:
                    raise InvalidInput(
                        translate(
                            "Users",
                            "This is the only coordinator. Make someone else a coordinator first.",
                        )
                    )
            user.role = role
            self.vault.audit("role_changed", record_id=user.id, detail=role.value, session=session)

    def remove_user(self, name: str) -> None:
        self.require_coordinator(translate("Access", "remove users"))
        me = self.vault.user
        assert me is not None
        if me.name.casefold() == name.strip().casefold():
            raise InvalidInput(
                translate("Users", "You can't remove yourself. Ask another coordinator.")
            )
        with self.vault.writing() as session:
            user = self._active(session, name)
            if user is None:
                raise InvalidInput(
                    translate("Users", "There's no user called '{name}' in this vault.").format(
                        name=name
                    )
                )
            user.removed_at = utc_now()
            self.vault.audit("user_removed", record_id=user.id, session=session)
            user_name = user.name
        # Row first, then the slot: a crash in between leaves a slot for a removed user,
        # which unlock refuses (no active row).
        self.vault.remove_passphrase(user_name)
