"""pytest runs the ``>>>`` examples of the Markdown pages (``--doctest-glob=*.md``).

The Sphinx configuration, its local extensions and the built site are not tests.
"""

collect_ignore = ["conf.py"]
collect_ignore_glob = ["_build/*", "_ext/*"]
