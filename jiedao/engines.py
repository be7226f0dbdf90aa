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
(the raw copy, the schema swap) always reach the same database.

``spark`` builds with dbt-spark: by default in a Spark started inside the build (the session
method, ``local[2]``, its Hive metastore and tables in <home>/spark), or on a cluster's Thrift
server (Spark Thrift Server, Kyuubi):

    JIEDAO_SPARK_METHOD    session (default) or thrift
    JIEDAO_SPARK_MASTER    session: the master, default local[2]
    JIEDAO_SPARK_MEMORY    session: the driver's memory, default 2g
    JIEDAO_SPARK_DIR       session: metastore and table files, default <home>/spark
    JIEDAO_SPARK_HOST      thrift: the server (default localhost), JIEDAO_SPARK_PORT (10000),
    JIEDAO_SPARK_USER      thrift: the user name (default the login name)
    JIEDAO_SPARK_RAW_DIR   where the raw tables are written as Parquet for Spark to read; on a
                           cluster a folder its executors see too (default <home>/build/spark-raw)
    JIEDAO_SPARK_SCHEMA    the database holding the pointer to the published build, default jiedao

docs/engines.md has the rest.
"""

from __future__ import annotations

import getpass
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass

TARGETS = ("duckdb", "postgres", "spark")
SPARK_METHODS = ("session", "thrift")
MEMORY = re.compile(r"^[1-9][0-9]*[kmgt]$")
SCHEMA_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,29}$")


class EngineSettingsError(ValueError):
    """A setting of the chosen engine that cannot be used (the message is in Chinese)."""


def schema_from_env(env: Mapping[str, str], variable: str) -> str:
    schema = env.get(variable, "jiedao")
    if not SCHEMA_NAME.match(schema):
        raise EngineSettingsError(
            f"环境变量 {variable} 应为小写字母、数字和下划线（不超过 30 个字符，不以数字开头），现为「{schema}」")
    return schema


def port_from_env(env: Mapping[str, str], variable: str, default: str) -> int:
    port_text = env.get(variable, default)
    if not port_text.isdigit():
        raise EngineSettingsError(f"环境变量 {variable} 应为端口号（整数），现为「{port_text}」")
    return int(port_text)


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
        port = port_from_env(env, "JIEDAO_PG_PORT", "5432")
        schema = schema_from_env(env, "JIEDAO_PG_SCHEMA")
        read_role = env.get("JIEDAO_PG_READ_ROLE", "")
        if read_role and not SCHEMA_NAME.match(read_role):
            raise EngineSettingsError(
                f"环境变量 JIEDAO_PG_READ_ROLE 应为小写字母、数字和下划线组成的角色名，现为「{read_role}」")
        return cls(
            host=env.get("JIEDAO_PG_HOST", "localhost"),
            port=port,
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


@dataclass(frozen=True)
class SparkTarget:
    """A Spark to build on, and the database that points to the published build.

    Every build writes two new databases, <schema>_build_<time>_<id> (models, seeds) and
    <schema>_rawbuild_<time>_<id> (the raw tables); the view <schema>.published_build names the
    pair readers use. Folders left empty are resolved against the data home (spark_dir, raw_dir).
    """

    method: str = "session"
    master: str = "local[2]"
    driver_memory: str = "2g"
    spark_dir: str = ""
    raw_dir: str = ""
    host: str = "localhost"
    port: int = 10000
    user: str = ""
    schema: str = "jiedao"

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> "SparkTarget":
        env = os.environ if environ is None else environ
        method = env.get("JIEDAO_SPARK_METHOD", "session")
        if method not in SPARK_METHODS:
            raise EngineSettingsError(f"环境变量 JIEDAO_SPARK_METHOD 应为 session 或 thrift，现为「{method}」")
        memory = env.get("JIEDAO_SPARK_MEMORY", "2g").lower()
        if not MEMORY.match(memory):
            raise EngineSettingsError(f"环境变量 JIEDAO_SPARK_MEMORY 应为内存大小（如 2g、512m），现为「{memory}」")
        return cls(
            method=method,
            master=env.get("JIEDAO_SPARK_MASTER", "local[2]"),
            driver_memory=memory,
            spark_dir=env.get("JIEDAO_SPARK_DIR", ""),
            raw_dir=env.get("JIEDAO_SPARK_RAW_DIR", ""),
            host=env.get("JIEDAO_SPARK_HOST", "localhost"),
            port=port_from_env(env, "JIEDAO_SPARK_PORT", "10000"),
            user=env.get("JIEDAO_SPARK_USER") or getpass.getuser(),
            schema=schema_from_env(env, "JIEDAO_SPARK_SCHEMA"),
        )

    @property
    def dbt_target(self) -> str:
        """The output of profiles.yml: spark (session) or spark_thrift."""
        return "spark" if self.method == "session" else "spark_thrift"

    def dbt_environment(self, spark_dir: str, build_schema: str) -> dict[str, str]:
        """The variables profiles.yml's spark outputs read."""
        return {
            "JIEDAO_SPARK_MASTER": self.master,
            "JIEDAO_SPARK_MEMORY": self.driver_memory,
            "JIEDAO_SPARK_DIR": spark_dir,
            "JIEDAO_SPARK_HOST": self.host,
            "JIEDAO_SPARK_PORT": str(self.port),
            "JIEDAO_SPARK_USER": self.user,
            "JIEDAO_SPARK_BUILD_SCHEMA": build_schema,
        }

    def describe(self) -> str:
        where = f"{self.master}" if self.method == "session" else f"thrift {self.user}@{self.host}:{self.port}"
        return f"Spark {where}，库 {self.schema}"
