"""Windows, editors, dialogs and item models. Talks to services only."""
