"""salesdesk: an offline-first desktop CRM for one insurance agent."""

#: The one place the version is written: pyproject.toml reads it (``dynamic``), About shows it
#: (a frozen build has no package metadata to ask).
__version__ = "0.1.0"
