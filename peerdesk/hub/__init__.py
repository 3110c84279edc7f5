"""PeerDesk's sync hub: a small FastAPI server storing encrypted envelopes (DESIGN.md
section 5, docs/sync-protocol.md). Never imports Qt or the desktop app."""
