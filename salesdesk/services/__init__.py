"""Use cases: the only API the UI and the CLI call."""
from .desk import SalesDesk
from .errors import InvalidInput, LikelyDuplicate, MoveRefused, NotFound, ServiceError, StaleEdit, WriteFailed
from .pipeline import parse_criteria
from .views import Changes, CustomerRow, MoveResult, ProspectView, StageChangeView
from .worklog import ACTIVITY_KINDS

__all__ = [
    "SalesDesk", "ACTIVITY_KINDS", "parse_criteria", "ServiceError", "InvalidInput", "LikelyDuplicate", "MoveRefused", "NotFound", "StaleEdit", "WriteFailed",
    "Changes", "CustomerRow", "MoveResult", "ProspectView", "StageChangeView",
]

# The import area (imports.py) is listed apart from the others below, which each new area appends to.
from . import imports  # noqa: F401,E402

# The areas composed on SalesDesk (services/area.py), one import each: importing a module
# registers its area, so every desk has it as ``desk.<name>``.
from . import activities  # noqa: F401
from . import contacts  # noqa: F401
from . import duplicates  # noqa: F401
from . import referrals  # noqa: F401
from . import roster  # noqa: F401
from . import dates  # noqa: F401
from . import stats  # noqa: F401
from . import agenda  # noqa: F401
from . import todos  # noqa: F401
from . import day  # noqa: F401
from . import reminders  # noqa: F401
from . import grades  # noqa: F401
from . import data_folder  # noqa: F401
