"""The seed pages, shipped with the package so `gaoxin etl` and `gaoxin dashboard` have pages to start from.

A copy of `seeds/` (tests/test_cli.py keeps them equal); data only, kept out of `etl/` so the extractor holds no
labelled page's text.
"""
