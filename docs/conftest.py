"""pytest runs the ``>>>`` examples of the Markdown pages (``--doctest-glob=*.md``).

The Sphinx configuration and the built site are not tests.
"""

collect_ignore = ["conf.py"]
collect_ignore_glob = ["_build/*"]
