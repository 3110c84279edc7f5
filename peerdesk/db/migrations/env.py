"""Alembic environment: always run on a connection PeerDesk opened (the key is set on
it already), never from a URL, so no migration can touch an unencrypted file."""

from __future__ import annotations

from alembic import context

from peerdesk.db.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite can only ALTER through table copies
)
with context.begin_transaction():
    context.run_migrations()
