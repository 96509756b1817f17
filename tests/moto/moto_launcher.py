"""Starts moto_server with the fixes our tests rely on applied first.

Usage: python3 moto_launcher.py -H 127.0.0.1 -p PORT
The Step Functions patches (see ../shared/design/tooling-notes.md) are added by moto_patches.py when present.
"""
import sys

try:
    import moto_patches  # noqa: F401  (applies patches on import)
except ImportError:
    pass

from moto.server import main

if __name__ == "__main__":
    sys.exit(main())
