"""`python -m govfacts` runs the command-line tool."""

from govfacts.cli.main import main

main()
