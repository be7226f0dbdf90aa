#!/usr/bin/env bash
# Installs Debian's postgresql server (initdb, pg_ctl) when missing, so tests/test_engines.py can
# start its throwaway cluster (scripts/throwaway-postgres.sh) on a new machine. The cluster the
# package may create is not used; the tests start and stop their own in a temporary folder.
set -euo pipefail
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 && exit 0
echo "安装数据库引擎测试依赖: postgresql"
if [[ $(id -u) -ne 0 ]]; then
  SUDO=sudo
else
  SUDO=
fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq postgresql >/dev/null
