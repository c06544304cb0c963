"""Rugwijzer: patient education about back problems, for spine clinics."""

__version__ = "0.1.0"
APP_NAME = "Rugwijzer"
ORGANIZATION = "Rugwijzer"
