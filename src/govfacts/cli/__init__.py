"""The command line: options, commands, completion and progress, over the library."""
