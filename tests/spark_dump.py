"""Read what `jiedao build --target spark` published, for tests/test_engines_spark.py.

    python tests/spark_dump.py SPARK_DIR SCHEMA OUT.pickle

Starts Spark (local[2]) on the home's metastore in SPARK_DIR, follows the pointer view
SCHEMA.published_build and writes a pickle: the databases, the pointer, and every relation of the
published build and raw databases with its columns, Spark types and where its Parquet files are
(the test reads the rows from those with DuckDB: much faster than through py4j), the rows of
the other views and the row count of the staging views. A separate process, so that the test
session holds no JVM and the metastore's lock is released when it ends.
"""

from __future__ import annotations

import pickle
import sys


def session(spark_dir: str):
    from pyspark.sql import SparkSession

    return (SparkSession.builder.enableHiveSupport().master("local[2]")
            .config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false")
            .config("spark.sql.session.timeZone", "UTC").config("spark.sql.shuffle.partitions", "2")
            .config("spark.sql.warehouse.dir", f"{spark_dir}/warehouse")
            .config("spark.hadoop.javax.jdo.option.ConnectionURL",
                    f"jdbc:derby:;databaseName={spark_dir}/metastore_db;create=false")
            .config("spark.driver.extraJavaOptions",
                    f"-Dderby.system.home={spark_dir} -XX:TieredStopAtLevel=1 -XX:+UseSerialGC")
            .getOrCreate())


def relations(spark, database: str) -> dict[str, dict[str, object]]:
    found = {}
    for row in spark.sql(f"show tables in {database}").collect():
        name = f"{database}.{row.tableName}"
        frame = spark.table(name)
        details = {detail.col_name: detail.data_type
                   for detail in spark.sql(f"describe table extended {name}").collect()}
        relation = {"columns": frame.columns, "types": dict(frame.dtypes), "kind": details.get("Type", "")}
        if relation["kind"] == "VIEW" and row.tableName.startswith("stg_"):
            relation["count"] = frame.count()  # the staging views: DuckDB's read raw.duckdb
        elif relation["kind"] == "VIEW":
            relation["rows"] = [tuple(values) for values in frame.collect()]
        else:
            relation["location"] = details["Location"].removeprefix("file:")
        found[row.tableName] = relation
    return found


def main(spark_dir: str, schema: str, out: str) -> None:
    spark = session(spark_dir)
    spark.sparkContext.setLogLevel("ERROR")
    try:
        databases = sorted(row[0] for row in spark.sql("show databases").collect())
        pointer = spark.sql(f"select build_schema, raw_schema from {schema}.published_build").collect()[0]
        dump = {"databases": databases, "pointer": (pointer[0], pointer[1]),
                "build": relations(spark, pointer[0]), "raw": relations(spark, pointer[1])}
    finally:
        spark.stop()
    with open(out, "wb") as handle:
        pickle.dump(dump, handle)


if __name__ == "__main__":
    main(*sys.argv[1:4])
