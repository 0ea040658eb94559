"""The store: SQL tables (SQLAlchemy Core), Alembic migrations and the
repository functions the service layer and the commands call.

Every repository function takes an open ``Connection`` (inside
``store.begin()`` for writes), so the service decides where a transaction
starts and ends: one per inbound message.
"""

from mailbot.store.database import Store, create_store_engine, head_revision, upgrade, utc
from mailbot.store.ledger import LedgerImport, import_ledger, load_stored_ledger

__all__ = ["Store", "create_store_engine", "head_revision", "upgrade", "utc", "LedgerImport", "import_ledger",
           "load_stored_ledger"]
