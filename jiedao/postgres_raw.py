"""Copy the raw store's tables into a PostgreSQL schema, for a build on PostgreSQL.

Ingest keeps writing raw.duckdb (one file, lineage and all); ``jiedao build --target postgres``
copies the tables the dbt sources name (models/staging/_sources.yml) into a new schema with
COPY: DuckDB writes each table as CSV (NULL unquoted and empty, an empty text quoted, doubles in
their shortest exact digits, so every value reads back the same) and psycopg2 streams the file to
``COPY … FROM STDIN``. Column types follow DuckDB's (text codes stay text).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import duckdb
import yaml

SOURCES_FILE = Path("models") / "staging" / "_sources.yml"
PLAIN_TYPES = {
    "VARCHAR": "text", "BOOLEAN": "boolean", "TINYINT": "smallint", "SMALLINT": "smallint",
    "INTEGER": "integer", "BIGINT": "bigint", "HUGEINT": "numeric(39, 0)", "UTINYINT": "smallint",
    "USMALLINT": "integer", "UINTEGER": "bigint", "UBIGINT": "numeric(20, 0)", "FLOAT": "real",
    "DOUBLE": "double precision", "DATE": "date", "TIME": "time", "TIMESTAMP": "timestamp",
    "TIMESTAMP WITH TIME ZONE": "timestamptz", "BLOB": "bytea", "UUID": "uuid", "INTERVAL": "interval",
}
DECIMAL = re.compile(r"^DECIMAL\((\d+),\s*(\d+)\)$")


@dataclass(frozen=True)
class CopiedTable:
    name: str
    rows: int


def source_tables(project_dir: Path) -> list[str]:
    """The raw tables the dbt models read: the `raw` source of models/staging/_sources.yml."""
    document = yaml.safe_load((project_dir / SOURCES_FILE).read_text(encoding="utf-8"))
    for source in document.get("sources", []):
        if source.get("name") == "raw":
            return [table["name"] for table in source.get("tables", [])]
    return []


def postgres_type(duckdb_type: str) -> str:
    """The PostgreSQL column type for a DuckDB one (text for anything without a counterpart)."""
    decimal = DECIMAL.match(duckdb_type)
    if decimal:
        return f"numeric({decimal.group(1)}, {decimal.group(2)})"
    return PLAIN_TYPES.get(duckdb_type, "text")


def quote(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


def copy_raw_store(raw_db: Path, connection, schema: str, project_dir: Path,
                   work_dir: Path) -> list[CopiedTable]:
    """Create `schema` and copy every source table of raw_db into it; commits on success.

    `connection` is a psycopg2 connection; work_dir holds one CSV file at a time.
    """
    work_dir.mkdir(parents=True, exist_ok=True)
    wanted = source_tables(project_dir)
    copied = []
    source = duckdb.connect(str(raw_db), read_only=True)
    try:
        present = {name for (name,) in source.execute(
            "select table_name from information_schema.tables where table_schema = 'main'").fetchall()}
        with connection.cursor() as cursor:
            cursor.execute(f"create schema {quote(schema)}")
            for table in wanted:
                if table not in present:
                    continue
                columns = source.execute(
                    "select column_name, data_type from information_schema.columns "
                    "where table_schema = 'main' and table_name = ? order by ordinal_position",
                    [table]).fetchall()
                definition = ", ".join(f"{quote(name)} {postgres_type(kind)}" for name, kind in columns)
                target = f"{quote(schema)}.{quote(table)}"
                cursor.execute(f"create table {target} ({definition})")
                csv_path = work_dir / f"{table}.csv"
                csv_text = str(csv_path).replace("'", "''")
                source.execute(f"copy (select * from main.{quote(table)}) to '{csv_text}' (header false)")
                try:
                    with open(csv_path, encoding="utf-8") as handle:
                        cursor.copy_expert(f"copy {target} from stdin with (format csv)", handle)
                    rows = max(cursor.rowcount, 0)
                finally:
                    csv_path.unlink(missing_ok=True)
                cursor.execute(f"analyze {target}")
                copied.append(CopiedTable(table, rows))
        connection.commit()
    except BaseException:
        connection.rollback()
        raise
    finally:
        source.close()
    return copied
