"""Profile import from CSV: reading, mapping, validating and sending in batches.

No Qt: the command line (`campaign-studio import-profiles`) and the import wizard share
every line of it; the wizard's service only adapts it to signals.
"""
