"""``python -m salesdesk`` and the ``salesdesk`` console script."""
import sys


def main() -> int:
    from salesdesk.cli import main as cli_main

    return cli_main()


if __name__ == "__main__":
    sys.exit(main())
