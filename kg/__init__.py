"""kg: a knowledge graph of places, strategies and programs from Chinese government work reports."""

__version__ = "0.1.0"
