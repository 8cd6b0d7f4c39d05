"""Rendering and checks of email content: preview, plain text, inlining, lint, packages."""
