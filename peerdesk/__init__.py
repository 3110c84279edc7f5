"""PeerDesk: caseloads, groups and training records for peer support programs."""

__version__ = "0.1.0"
