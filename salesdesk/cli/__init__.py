"""The ``salesdesk`` command line (SPEC §7): the same services as the window, no widgets.

Exit codes are a contract: 0 success, 2 bad input or a refused rule (one line on
stderr saying what and why), 1 any other failure. No traceback unless ``--debug``.

parsing: the argparse parser in the user's language (``--lang``), and value parsers;
words: the Chinese values (levels, contact methods) and the English words taken for them;
common: opening the database; records: customer/prospect/move/log; exports: weekly/dept;
maintenance: backup/restore/check; demo; run: the parser of all sub-commands and ``main``.
"""
from salesdesk.cli.parsing import (  # noqa: F401 - the package's public names
    EXIT_BAD_INPUT, EXIT_FAILURE, EXIT_OK, BadInput, parse_date, parse_datetime, parse_id,
)
from salesdesk.cli.run import COMMANDS, build_parser, main  # noqa: F401

__all__ = ["main", "build_parser", "COMMANDS", "BadInput", "EXIT_OK", "EXIT_FAILURE", "EXIT_BAD_INPUT",
           "parse_date", "parse_datetime", "parse_id"]
