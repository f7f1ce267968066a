"""faure: answers about Olivier Faure from a verified fact store."""

__version__ = "0.1.0"
