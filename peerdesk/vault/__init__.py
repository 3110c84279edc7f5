"""The encrypted local vault: key slots, SQLCipher engine, backups (Qt-free)."""
