"""Extraction: the spaCy pipeline and one component per entity family."""
