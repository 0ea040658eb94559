"""``mailbot init [DIR]``: a configuration folder to edit.

It writes ``DIR/mailbot.toml`` (the demo's Maildir mailboxes, and commented
IMAP, SMTP and database sections to fill in), ``DIR/brands/`` (a copy of the
shipped brand files) and ``DIR/templates/``, an empty template-override folder
(the shipped reply templates stay inside the package; a file placed there
replaces the shipped one of the same name).

Decision: ``DIR`` defaults to the current folder, which ``mailbot`` then finds
on its own (``./mailbot.toml``).  Nothing is overwritten: when ``mailbot.toml``
or a brand file is already there, init stops before writing anything.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from mailbot.config import PACKAGE_ROOT
from mailbot.errors import ConfigError

INIT_TEMPLATE = PACKAGE_ROOT / "init" / "mailbot.toml"
SHIPPED_BRANDS = PACKAGE_ROOT / "config" / "brands"


@dataclass(frozen=True)
class InitResult:
    folder: Path
    config: Path
    brands: tuple[Path, ...]
    overrides: Path


def planned_files(folder: Path) -> list[Path]:
    return [folder / "mailbot.toml", *(folder / "brands" / p.name for p in sorted(SHIPPED_BRANDS.glob("*.toml")))]


def init_folder(folder: str | Path) -> InitResult:
    """Write the configuration folder; refuse (ConfigError, one line) when it would overwrite a file."""
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise ConfigError(f"{folder}: not a folder")
    existing = [p for p in planned_files(folder) if p.exists()]
    if existing:
        raise ConfigError(f"{existing[0]}: already exists; nothing written (remove it or choose another folder)")
    try:
        (folder / "brands").mkdir(parents=True, exist_ok=True)
        (folder / "templates").mkdir(exist_ok=True)
        config = folder / "mailbot.toml"
        shutil.copyfile(INIT_TEMPLATE, config)
        brands = []
        for shipped in sorted(SHIPPED_BRANDS.glob("*.toml")):
            target = folder / "brands" / shipped.name
            shutil.copyfile(shipped, target)
            brands.append(target)
    except OSError as e:
        raise ConfigError(f"{e.filename or folder}: cannot write: {e.strerror}") from None
    return InitResult(folder, config, tuple(brands), folder / "templates")
