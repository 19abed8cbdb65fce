"""Translation catalogues (see docs/translating.md)."""
