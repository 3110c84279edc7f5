"""Use cases, Qt-free. Role checks live here, never only in the GUI."""
