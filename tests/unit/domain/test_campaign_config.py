"""Every campaign config flag is explained, typed and validated."""

from __future__ import annotations

from app.domain.campaign_config import FLAG_HELP, FLAGS, CampaignConfig
from app.domain.schema import CAMPAIGN_CONFIG, FieldType


def test_every_flag_of_the_schema_is_explained_once() -> None:
    assert [f.name for f in FLAGS] == list(CAMPAIGN_CONFIG.names)
    assert len({f.label for f in FLAGS}) == len(FLAGS)
    for flag in FLAGS:
        assert flag.label and flag.explanation.endswith(".")
        assert "_" not in flag.label + flag.explanation  # words, not wire names


def test_the_two_numbers_and_the_url() -> None:
    kinds = {f.name: f.type for f in FLAGS}
    assert {n for n, t in kinds.items() if t is FieldType.INT} == {
        "retry_sent_quarantine_rejected_interval", "min_send_interval"
    }
    assert {n for n, t in kinds.items() if t is FieldType.URL} == {"hook_url_template"}
    assert FLAG_HELP["not_check_subscription"].explanation.startswith(
        "Send even to people who unsubscribed from this category"
    )


def test_config_validation_messages() -> None:
    config = CampaignConfig(retry_sent_quarantine_rejected_interval=-5, hook_url_template="ftp://x")
    errors = config.validate()
    assert set(errors) == {"retry_sent_quarantine_rejected_interval", "hook_url_template"}
    assert CampaignConfig(min_send_interval=0, hook_url_template="https://crm.example/h").validate() == {}


def test_config_typed_fields() -> None:
    config = CampaignConfig.from_payload({"min_send_interval": 5, "send_to_corp": True})
    assert config.min_send_interval == 5 and config.send_to_corp is True
    assert config.not_check_subscription is None
    assert config.to_payload() == {"min_send_interval": 5, "send_to_corp": True}
