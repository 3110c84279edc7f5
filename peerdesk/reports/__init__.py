"""PDF renderers (reportlab), each from plain data produced by the services (Qt-free)."""
