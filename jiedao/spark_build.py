"""The child process of ``jiedao build --target spark``: every dbt step in one process.

dbt-spark's session method starts Spark (a JVM, 10–20 s) inside the process that runs dbt and
keeps it for the process's life, so the raw copy, the build and the publish run here one after
the other through dbtRunner on one parsed project: one Spark start per build. The steps are the
operations of macros/engine_build.sql:

    prepare_build   drop earlier builds' databases (not the published pair), raw Parquet → tables
    build           dbt build into the new build database
    publish_build   the pointer view <schema>.published_build names the new pair
    discard_build   (after a failed build) its databases are dropped

The exit status says how far it came (the parent, jiedao/publish_spark.py, words the message).
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from datetime import datetime, timezone

PUBLISHED, BUILD_FAILED, PREPARE_FAILED, PUBLISH_FAILED = 0, 1, 3, 4
ENTRY = ("from jiedao.child_process import die_with_parent; die_with_parent(); "
         "import sys; from jiedao.spark_build import main; sys.exit(main(sys.argv[1:]))")


@dataclass(frozen=True)
class SparkJob:
    """What one Spark build does: names, folders and the dbt arguments (JSON on the command line)."""

    project_dir: str
    build_dir: str
    dbt_target: str
    schema: str
    build_schema: str
    raw_schema: str
    raw_dir: str
    dbt_args: tuple[str, ...] = ()

    def to_json(self) -> str:
        return json.dumps({**self.__dict__, "dbt_args": list(self.dbt_args)}, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> "SparkJob":
        fields = json.loads(text)
        return cls(**{**fields, "dbt_args": tuple(fields.get("dbt_args", ()))})


def command(job: SparkJob) -> list[str]:
    return [sys.executable, "-c", ENTRY, job.to_json()]


def vars_arguments(dbt_args: tuple[str, ...]) -> list[str]:
    """The --vars of the build's arguments: they change how the project parses."""
    found: list[str] = []
    for index, argument in enumerate(dbt_args):
        if argument == "--vars" and index + 1 < len(dbt_args):
            found += ["--vars", dbt_args[index + 1]]
        elif argument.startswith("--vars="):
            found.append(argument)
    return found


def run(job: SparkJob) -> int:
    from dbt.cli.main import dbtRunner

    common = ["--project-dir", job.project_dir, "--profiles-dir", job.project_dir,
              "--log-path", f"{job.build_dir}/logs", "--target-path", f"{job.build_dir}/target",
              "--target", job.dbt_target]
    parsed = dbtRunner().invoke(["parse", "--no-partial-parse", *common, *vars_arguments(job.dbt_args)])
    if not parsed.success:
        return PREPARE_FAILED
    runner = dbtRunner(manifest=parsed.result)

    def operation(name: str, **arguments: str) -> bool:
        return runner.invoke(["run-operation", name, "--args", json.dumps(arguments), *common,
                              *vars_arguments(job.dbt_args)]).success

    pair = {"build_schema": job.build_schema, "raw_schema": job.raw_schema}
    if not operation("prepare_build", schema=job.schema, raw_dir=job.raw_dir, **pair):
        return PREPARE_FAILED
    if not runner.invoke(["build", *common, *job.dbt_args]).success:
        operation("discard_build", **pair)
        return BUILD_FAILED
    published_at = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M:%S")
    if not operation("publish_build", schema=job.schema, published_at=published_at, **pair):
        return PUBLISH_FAILED
    return PUBLISHED


def main(argv: list[str]) -> int:
    return run(SparkJob.from_json(argv[0]))
