"""Drafting fact-base records from a report page's plain text, for a person to review."""
