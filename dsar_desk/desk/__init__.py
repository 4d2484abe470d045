"""The application layer: every use case that writes, each in one transaction with its timeline.

The GUI and the CLI call these functions (and the read-only queries of :mod:`dsar_desk.store`),
nothing else; a rule enforced here holds for both front ends. See docs/architecture.md.
"""
