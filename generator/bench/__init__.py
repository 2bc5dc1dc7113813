"""The benchmark: a synthetic corpus (corpus.py) apart from the runner (runner.py)."""
