"""Storage: the tables, the migrations, opening a database, the read-only queries.

peewee imports the PostgreSQL driver (psycopg, some 0.2 s) whenever it is installed; only a team's
server needs it. So peewee is first imported here without it, and store.server binds the driver
to peewee when a server is opened (server.bind_driver).
"""

import sys as _sys

if "peewee" not in _sys.modules and "psycopg" not in _sys.modules:
    _sys.modules["psycopg"] = None  # peewee's `import psycopg` fails: it takes the driver as absent
    try:
        import peewee  # noqa: F401
    finally:
        del _sys.modules["psycopg"]
