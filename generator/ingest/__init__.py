"""Reading pages: bytes to an Article (text files, saved HTML pages, fetching, provenance, the line labeller)."""
