"""Resolving every article's mentions into the archive: entities with ids, links and events."""
