"""`python -m govfacts` runs the command-line tool."""

from govfacts.cli import main

main()
