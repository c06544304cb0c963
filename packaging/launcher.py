"""Entry point that PyInstaller freezes: the same ``main`` as the ``rugwijzer`` console script."""

import sys

from rugwijzer.__main__ import main

sys.exit(main())
