"""kg: a knowledge graph of places, strategies and programs from Chinese government work reports."""

__version__ = "0.1.0"

_API = ("open", "build", "queries", "vocabulary", "KnowledgeGraph", "KgError", "KgUsageError", "Table")


def __getattr__(name: str):
    """kg.open, kg.build … come from kg.api, imported on first use (it brings pandas)."""
    if name in _API:
        from kg import api

        return getattr(api, name)
    raise AttributeError(f"module 'kg' has no attribute '{name}'")
