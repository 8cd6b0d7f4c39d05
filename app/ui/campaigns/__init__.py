"""Campaign control in the UI: the Start, Pause, Resume, Archive and Duplicate actions that
the campaigns list and the wizard share, and what the list shows of each campaign."""
