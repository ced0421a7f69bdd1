"""Every sub-command, option and argument explains itself in Chinese (salesdesk … --help)."""
import argparse

import pytest

from salesdesk.cli import build_parser, main


def walk(parser, path=("salesdesk",)):
    yield path, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                yield from walk(child, (*path, name))


def has_chinese(text) -> bool:
    return bool(text) and any("\u4e00" <= ch <= "\u9fff" for ch in text)


def test_every_option_and_argument_has_a_chinese_help_line():
    missing = []
    for path, parser in walk(build_parser()):
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                helps = {c.dest: c.help for c in action._choices_actions}
                missing += [f"{' '.join(path)} {name}" for name in action.choices if not has_chinese(helps.get(name))]
            elif not has_chinese(action.help):
                missing.append(f"{' '.join(path)} {'/'.join(action.option_strings) or action.dest}")
    assert missing == []


def test_the_walk_would_see_an_option_without_help():
    parser = build_parser()
    parser.add_argument("--undocumented")
    assert any(a.help is None for _, p in walk(parser) for a in p._actions)


@pytest.mark.parametrize("path", [path for path, _ in walk(build_parser())], ids=" ".join)
def test_help_pages_show_chinese_lines_for_each_option(path, capsys):
    with pytest.raises(SystemExit) as done:
        main([*path[1:], "--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("用法：") and "usage" not in out and "show this help" not in out
