"""Sphinx configuration: Markdown pages (MyST), the API reference from the docstrings."""

from __future__ import annotations

from importlib.metadata import version as _version

project = "newsevents"
author = "The newsevents developers"
copyright = "2026, The newsevents developers"
release = _version("newsevents")
version = ".".join(release.split(".")[:2])

extensions = ["myst_parser", "sphinx.ext.autodoc"]
source_suffix = {".md": "markdown"}
root_doc = "index"
exclude_patterns = ["_build"]
myst_heading_anchors = 3

autodoc_member_order = "bysource"
autodoc_default_options = {"members": True}
# The model's annotations name pendulum types; show them as written in the source.
autodoc_typehints_format = "short"

html_theme = "furo"
html_title = f"newsevents {release}"
