"""The start page: tiles into the main subjects and the spine to point at."""
