"""The campaign wizard: kind, message, audience, schedule, A/B test, settings, review.

:class:`~app.ui.wizard.editor.CampaignWizardEditor` is the editor of the three campaign
kinds (``app.ui.editors.editor_for`` returns it); it keeps the draft through the editors'
autosave and shows the server's refusals at the fields, page by page.
"""
