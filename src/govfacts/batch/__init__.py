"""Drafting many reports at once: which files, where each draft goes, under ids that never collide."""
