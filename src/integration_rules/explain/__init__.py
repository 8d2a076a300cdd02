"""Explanations rendered: one renderer per format, over one explanation tree.

Every result of the library (a decision, a choice, an amount, a timeline, a
path to eligibility, a caseload's counts) renders through these modules:

* :mod:`~integration_rules.explain.words`: the words, marks and colours,
  each written once, in French, German and English;
* :mod:`~integration_rules.explain.text`: plain text;
* :mod:`~integration_rules.explain.html`: HTML fragments for notebooks;
* :mod:`~integration_rules.explain.json`: JSON-ready data;
* :mod:`~integration_rules.explain.notebook`: how results show themselves
  in a notebook.

The renderers are plain functions over the explanation tree
(:class:`~integration_rules.Node`, a rule's and an amount's alike) and the
heading a decision puts around it; the result types' ``explain``, ``html``
and ``to_dict`` call them. This package is the library's own: its functions
may change without notice; use the result types' methods.
"""
