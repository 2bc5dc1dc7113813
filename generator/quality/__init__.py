"""Quality tools: scoring against gold, checking a built site, explaining one article, reviewing the registry."""
