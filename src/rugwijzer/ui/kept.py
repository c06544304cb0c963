"""Pictures kept for painting again: a few, the oldest let go first."""

from __future__ import annotations

from typing import TypeVar

Key = TypeVar("Key")
Value = TypeVar("Value")


def keep(store: dict[Key, Value], key: Key, value: Value, most: int) -> Value:
    """Keep ``value`` under ``key`` in ``store``, which holds at most ``most``: the one kept
    longest goes first. Returns ``value``."""
    while len(store) >= most:
        store.pop(next(iter(store)))
    store[key] = value
    return value
