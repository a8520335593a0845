"""Answering questions: matching loose text to places and names, and querying the index."""
