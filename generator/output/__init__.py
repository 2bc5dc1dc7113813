"""Writing: pages into docs/ (atomic, owned paths, manifest) and the per-article cache."""
