"""The ``singlelist`` command line: thin commands over :class:`singlelist.api.SingleList`.

Each command opens the core object, calls one method, and prints a rich table for people
or JSON (``--json``) for scripts. Errors become one line on stderr and a non-zero exit.
"""

from singlelist.cli import changes as _changes  # noqa: F401  (registers commands)
from singlelist.cli import compare as _compare  # noqa: F401
from singlelist.cli import export as _export  # noqa: F401
from singlelist.cli import ingest as _ingest  # noqa: F401
from singlelist.cli import review as _review  # noqa: F401
from singlelist.cli import screen as _screen  # noqa: F401
from singlelist.cli import single as _single  # noqa: F401
from singlelist.cli import vocabulary as _vocabulary  # noqa: F401
from singlelist.cli.app import app

__all__ = ["app"]
