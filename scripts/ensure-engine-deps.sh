#!/usr/bin/env bash
# Installs what tests/test_engines.py and tests/test_engines_spark.py need from Debian when it is
# missing: the postgresql server (initdb, pg_ctl) for the throwaway cluster
# (scripts/throwaway-postgres.sh), and Java 17 (openjdk-17-jre-headless) for Spark local[2].
# pyspark and dbt-spark come with pyproject's test extra (make install). The cluster the
# postgresql package may create is not used; the tests start and stop their own in a temporary folder.
set -euo pipefail
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
# Spark 4 runs on Java 17 or newer (`java -version` prints e.g. openjdk version "17.0.15").
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
major=$("$java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -n 1 || true)
if [[ -z $major || $major -lt 17 ]]; then
  missing+=(openjdk-17-jre-headless)
fi
((${#missing[@]} == 0)) && exit 0
echo "安装数据库引擎测试依赖: ${missing[*]}"
if [[ $(id -u) -ne 0 ]]; then
  SUDO=sudo
else
  SUDO=
fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
