"""Database models and migrations (Qt-free)."""
