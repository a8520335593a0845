"""govfacts: look up the facts that government reports state, with their sources."""

__version__ = "0.1.0"
