"""Settings: every problem is one line naming the file and the key."""

from __future__ import annotations

import shutil

import pytest

from mailbot.cli import main
from mailbot.config import collect, load_config
from mailbot.config.docs import configuration_markdown
from mailbot.errors import ConfigError
from tests.helpers import CONFIG, DEFAULTS, ROOT


@pytest.fixture
def config_dir(tmp_path):
    shutil.copytree(CONFIG.parent, tmp_path / "config")
    shutil.copytree(DEFAULTS / "templates", tmp_path / "templates")
    return tmp_path / "config"


def set_line(path, key, value):
    lines = path.read_text().splitlines()
    lines = [f"{key} = {value}" if line.startswith(f"{key} =") else line for line in lines]
    path.write_text("\n".join(lines) + "\n")


def test_shipped_configuration_is_valid(capsys):
    assert main(["--config", str(CONFIG), "config", "check"]) == 0
    assert "OK" in capsys.readouterr().out


@pytest.mark.parametrize("key, value, expected", [
    ("refund_window_days", '"seven"', "refund_window_days: expected a whole number, got 'seven'"),
    ("refund_window_days", "-1", "refund_window_days: must be between 0 and 365, got -1"),
    ("timezone", '"Asia/Kolkatta"', "timezone: unknown time zone 'Asia/Kolkatta'"),
    ("currency", '"rupees"', "currency: expected a three-letter ISO 4217 code"),
    ("kind", '"saas"', "kind: must be one of subscription, agency"),
])
def test_wrong_setting_is_one_line_naming_file_and_key(config_dir, capsys, key, value, expected):
    brand_file = config_dir / "brands" / "leadsoptima.toml"
    set_line(brand_file, key, value)
    assert main(["--config", str(config_dir / "mailbot.toml"), "config", "check"]) == 1
    out = capsys.readouterr().out.strip().splitlines()
    assert len(out) == 1
    assert out[0].startswith(f"{brand_file}: ") and expected in out[0]


def test_unknown_key_suggests_the_close_one(config_dir):
    brand_file = config_dir / "brands" / "optima_webdesign.toml"
    brand_file.write_text("retainer_notise_days = 7\n" + brand_file.read_text())
    _, problems = collect(config_dir / "mailbot.toml")
    assert problems == [f"{brand_file}: retainer_notise_days: unknown setting (did you mean 'retainer_notice_days'?)"]


def test_setting_of_the_other_kind_is_refused(config_dir):
    brand_file = config_dir / "brands" / "leadsoptima.toml"
    brand_file.write_text("deposit_refund_hours = 48\n" + brand_file.read_text())
    _, problems = collect(config_dir / "mailbot.toml")
    assert problems == [f"{brand_file}: deposit_refund_hours: not used by kind 'subscription' policies"]


def test_bad_toml_and_bad_regex(config_dir):
    brand_file = config_dir / "brands" / "leadsoptima.toml"
    set_line(brand_file, "invoice_patterns", "['LO-(']")
    _, problems = collect(config_dir / "mailbot.toml")
    assert len(problems) == 1 and "invoice_patterns: item 1: bad regular expression" in problems[0]
    brand_file.write_text("name = \n")
    _, problems = collect(config_dir / "mailbot.toml")
    assert problems[0].startswith(f"{brand_file}: not valid TOML")


def test_load_config_raises_a_config_error(config_dir):
    (config_dir / "mailbot.toml").write_text('[mailbot]\nbrand_dir = "brands"\n')
    with pytest.raises(ConfigError, match="mailbot.brand_dir: unknown setting \\(did you mean 'brands_dir'\\?\\)"):
        load_config(config_dir / "mailbot.toml")


def test_every_setting_is_documented():
    doc = (ROOT / "docs" / "configuration.md").read_text()
    assert doc == configuration_markdown(), "docs/configuration.md is stale: run `mailbot config docs`"
