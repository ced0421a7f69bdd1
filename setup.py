"""The wheel ships the English catalogue (.qm) built from the .ts files at build time.

The .qm is not committed (it is made from the .ts files, which are); salesdesk.i18n_catalog
writes it with the standard library only, so the build environment needs no Qt.
Everything else is in pyproject.toml.
"""
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent


class BuildPyWithCatalogue(build_py):
    def run(self):
        super().run()
        sys.path.insert(0, str(ROOT))
        try:
            from salesdesk import i18n_catalog
        finally:
            sys.path.remove(str(ROOT))
        out = Path(self.build_lib) / "salesdesk" / "resources" / "translations" / f"salesdesk_{i18n_catalog.LANGUAGE}.qm"
        i18n_catalog.compile_qm(out, root=ROOT)
        self.announce(f"built {out}", level=2)


setup(cmdclass={"build_py": BuildPyWithCatalogue})
