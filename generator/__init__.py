"""Defence-diplomacy archive generator: raw articles -> an MkDocs Material site."""

__version__ = "0.1.0"
