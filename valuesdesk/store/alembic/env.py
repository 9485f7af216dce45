"""Alembic environment: runs in-process on the connection that ValuesDesk hands over."""

from __future__ import annotations

import os
from pathlib import Path

from alembic import context

from valuesdesk.paths import database_path, resolve_data_dir
from valuesdesk.store.database import make_engine
from valuesdesk.store.models import Base
from valuesdesk.store.search_index import include_name

config = context.config


def run_migrations(connection) -> None:
    # SQLite's ALTER TABLE is limited; batch mode rebuilds tables instead.
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,
        # The full-text index is plain SQL in its migration, not a model.
        include_name=include_name,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    run_migrations(connection)
else:
    # From the command line (`alembic revision --autogenerate`): the file VALUESDESK_DB names, else the
    # database of the data folder (--data-dir's VALUESDESK_DATA_DIR, or the default).
    target = Path(os.environ.get("VALUESDESK_DB", database_path(resolve_data_dir())))
    engine = make_engine(target, foreign_keys=False)
    with engine.begin() as own_connection:
        run_migrations(own_connection)
    engine.dispose()
