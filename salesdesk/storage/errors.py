"""Storage failures the user can understand. Messages are shown as they are."""


class StorageError(Exception):
    """A database problem with a one-line message in the user's language."""


class NewerDatabaseError(StorageError):
    pass


class CorruptDatabaseError(StorageError):
    pass


class LockedDatabaseError(StorageError):
    pass
