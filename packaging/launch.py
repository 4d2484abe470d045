"""Entry point of the PyInstaller bundle: the same as the `dsar-desk` console script."""

import sys

from dsar_desk.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
