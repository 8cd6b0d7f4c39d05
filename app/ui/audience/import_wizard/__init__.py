"""The import wizard: a CSV file of profiles into the current account's project."""

from app.ui.audience.import_wizard.wizard import ImportWizard

__all__ = ["ImportWizard"]
