"""A parse worker imports the reading modules the main process runs, not those of the directory the
poll was started in (``python -m`` would put the current directory first on the worker's path)."""

from __future__ import annotations

from mailbot.reading.intake import Reader, Reading
from mailbot.reading.languages import pack_dirs
from tests.test_parallel_ingest import cfg  # noqa: F401
from tests.test_reading_workers import through_one_worker
from tests.test_service import charged_twice

DECOY = '''"""Not the real serve module: it leaves a mark and exits."""
import pathlib, sys
pathlib.Path(__file__).resolve().parents[2].joinpath("decoy-ran").write_text("yes")
sys.exit(3)
'''


def _decoy_checkout(root):
    package = root / "mailbot" / "reading"
    package.mkdir(parents=True)
    (root / "mailbot" / "__init__.py").write_text("")
    (package / "__init__.py").write_text("")
    (package / "serve.py").write_text(DECOY)


def test_a_poll_started_inside_another_checkout_reads_with_its_own_modules(cfg, tmp_path, monkeypatch):  # noqa: F811
    _decoy_checkout(tmp_path)
    monkeypatch.chdir(tmp_path)
    reader = Reader.of(cfg.brands["leadsoptima"], pack_dirs(cfg.path), ("Kite Labs",), cfg.read_limits)

    (parsed,) = through_one_worker(reader, [charged_twice()])

    assert isinstance(parsed.result(), Reading)
    assert parsed.result().extraction is not None
    assert not (tmp_path / "decoy-ran").exists()


def test_a_directory_without_mailbot_changes_nothing(cfg, tmp_path, monkeypatch):  # noqa: F811
    (tmp_path / "mailbot.txt").write_text("not a package")
    monkeypatch.chdir(tmp_path)
    reader = Reader.of(cfg.brands["leadsoptima"], pack_dirs(cfg.path), ("Kite Labs",), cfg.read_limits)

    (parsed,) = through_one_worker(reader, [charged_twice()])

    assert parsed.result().extraction is not None
