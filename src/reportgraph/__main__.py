"""``python -m reportgraph`` runs the command line."""

from .cli import app

app()
