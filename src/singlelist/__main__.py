"""``python -m singlelist`` runs the command line."""

from singlelist.cli import app

app(prog_name="singlelist")
