"""Reading report files as users hold them: plain text, web pages, PDF and Word files, and a report's header."""
