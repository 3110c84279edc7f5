"""Modules loaded on first use, so the sign-in window can show before SQLAlchemy, the
models and Alembic are imported (they cost about a second on a slow laptop)."""

from __future__ import annotations

import importlib
import sys
from types import ModuleType
from typing import Any


class _LazyModule(ModuleType):
    def __getattr__(self, attribute: str) -> Any:
        # Every read goes to the real module (nothing is copied), so it stays the one
        # source of truth, e.g. for tests that patch it.
        module = sys.modules.get(self.__name__) or importlib.import_module(self.__name__)
        return getattr(module, attribute)


def lazy_module(name: str) -> ModuleType:
    """A stand-in for module `name` that imports it when one of its attributes is first
    read (nothing is imported until then, not even its parent package)."""
    return _LazyModule(name)
