"""Writing results for people and programs: tables, charts, JSON, JSON Lines, CSV, TSV, files."""
