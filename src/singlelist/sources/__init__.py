"""Parsers, one module per publisher format (files in, records out), and the catalog.

Every parser module exposes ``FORMAT`` (a short name), ``sniff(paths) -> bool`` (does
this parser read these files?) and ``parse(paths, source_id) -> Parsed``.
"""
