"""dipdb: turn diplomatic readouts into a speaker-attributed relational database."""

__version__ = "0.1.0"
