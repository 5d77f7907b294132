"""Exports of the Graph to files other tools read."""
