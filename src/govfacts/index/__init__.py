"""Building the index: reading, validating and compiling fact-base files into SQLite."""
