"""reportgraph (local stand-in: the package root __init__ lives on main; not committed here)."""
