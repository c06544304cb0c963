"""Tablet mode: locked, touch-first, and back to the start for every new reader."""
