"""Where the warehouse is built: the engines (dbt targets) and their connection settings.

``duckdb`` (the default) builds ``warehouse.duckdb`` in the data home. ``postgres`` builds into a
PostgreSQL server the user runs; its settings come from the environment:

    JIEDAO_PG_HOST       host name, or the folder of a Unix socket (default localhost)
    JIEDAO_PG_PORT       default 5432
    JIEDAO_PG_USER       default the login name
    JIEDAO_PG_PASSWORD   default none: libpq then reads ~/.pgpass (PGPASSFILE)
    JIEDAO_PG_DATABASE   default jiedao (it must exist)
    JIEDAO_PG_SCHEMA     the published schema, default jiedao (the raw copy is <schema>_raw)
    JIEDAO_PG_READ_ROLE  optional: a role granted USAGE and SELECT on both at each publish

profiles.yml's ``postgres`` output reads the same variables, so dbt and jiedao's own connection
(the raw copy, the schema swap) always reach the same database. docs/engines.md has the rest.
"""

from __future__ import annotations

import getpass
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass

TARGETS = ("duckdb", "postgres")
SCHEMA_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,29}$")


class EngineSettingsError(ValueError):
    """A setting of the chosen engine that cannot be used (the message is in Chinese)."""


@dataclass(frozen=True)
class PostgresTarget:
    """A PostgreSQL database and the schema jiedao publishes into."""

    host: str = "localhost"
    port: int = 5432
    user: str = ""
    password: str = ""
    database: str = "jiedao"
    schema: str = "jiedao"
    read_role: str = ""

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> "PostgresTarget":
        env = os.environ if environ is None else environ
        port_text = env.get("JIEDAO_PG_PORT", "5432")
        if not port_text.isdigit():
            raise EngineSettingsError(f"环境变量 JIEDAO_PG_PORT 应为端口号（整数），现为「{port_text}」")
        schema = env.get("JIEDAO_PG_SCHEMA", "jiedao")
        if not SCHEMA_NAME.match(schema):
            raise EngineSettingsError(
                f"环境变量 JIEDAO_PG_SCHEMA 应为小写字母、数字和下划线（不超过 30 个字符，不以数字开头），现为「{schema}」")
        read_role = env.get("JIEDAO_PG_READ_ROLE", "")
        if read_role and not SCHEMA_NAME.match(read_role):
            raise EngineSettingsError(
                f"环境变量 JIEDAO_PG_READ_ROLE 应为小写字母、数字和下划线组成的角色名，现为「{read_role}」")
        return cls(
            host=env.get("JIEDAO_PG_HOST", "localhost"),
            port=int(port_text),
            user=env.get("JIEDAO_PG_USER") or getpass.getuser(),
            password=env.get("JIEDAO_PG_PASSWORD", ""),
            database=env.get("JIEDAO_PG_DATABASE", "jiedao"),
            schema=schema,
            read_role=read_role,
        )

    @property
    def raw_schema(self) -> str:
        """The published copy of the raw store's tables (the staging views read it)."""
        return f"{self.schema}_raw"

    def connect_arguments(self) -> dict[str, object]:
        """Keyword arguments for psycopg2.connect (an empty password lets libpq read ~/.pgpass)."""
        arguments: dict[str, object] = {"host": self.host, "port": self.port, "user": self.user,
                                        "dbname": self.database, "application_name": "jiedao"}
        if self.password:
            arguments["password"] = self.password
        return arguments

    def dbt_environment(self, build_schema: str, raw_schema: str) -> dict[str, str]:
        """The variables profiles.yml's postgres output and models/staging/_sources.yml read."""
        return {
            "JIEDAO_PG_HOST": self.host,
            "JIEDAO_PG_PORT": str(self.port),
            "JIEDAO_PG_USER": self.user,
            "JIEDAO_PG_PASSWORD": self.password,
            "JIEDAO_PG_DATABASE": self.database,
            "JIEDAO_PG_BUILD_SCHEMA": build_schema,
            "JIEDAO_RAW_SCHEMA": raw_schema,
        }

    def describe(self) -> str:
        return f"PostgreSQL {self.user}@{self.host}:{self.port}/{self.database}，模式 {self.schema}"
