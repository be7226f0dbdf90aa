#!/usr/bin/env bash
# A throwaway PostgreSQL cluster in a folder, for tests and trials: nothing outside DIR is touched.
#
#   scripts/throwaway-postgres.sh start DIR PORT   # initdb DIR/data (UTF8, C collation, trust), start
#   scripts/throwaway-postgres.sh stop DIR         # stop it (the folder stays; remove it yourself)
#
# The server listens only on a Unix socket in DIR (no TCP): connect with host=DIR port=PORT
# user=postgres dbname=postgres. Run as root, the cluster belongs to the `postgres` system user
# (Debian's package creates it) or else to `nobody`: initdb refuses to run as root.
# Durability is off (fsync, full_page_writes): the cluster is for one test session only.
# Uses Debian's server binaries, the newest /usr/lib/postgresql/*/bin, or PG_BINDIR.
set -euo pipefail

usage() { echo "用法：$0 start DIR PORT | stop DIR" >&2; exit 2; }
(($# >= 2)) || usage
action=$1
dir=$(realpath -m "$2")

bindir=${PG_BINDIR:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}
if [[ -z $bindir || ! -x $bindir/initdb ]]; then
  echo "找不到 PostgreSQL 服务器程序（initdb）：请安装 Debian 的 postgresql 软件包，或设置 PG_BINDIR" >&2
  exit 1
fi

owner=$(id -un)
as_owner() { "$@"; }
if [[ $(id -u) -eq 0 ]]; then
  owner=postgres
  id -u "$owner" >/dev/null 2>&1 || owner=nobody
  as_owner() { runuser -u "$owner" -- "$@"; }
fi

case $action in
  start)
    (($# == 3)) || usage
    port=$3
    mkdir -p "$dir"
    [[ $owner == "$(id -un)" ]] || chown "$owner" "$dir"
    if [[ ! -f $dir/data/PG_VERSION ]]; then
      as_owner "$bindir/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 \
        --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    fi
    as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 300 \
      -o "-k $dir -p $port -c listen_addresses='' -c fsync=off -c full_page_writes=off -c synchronous_commit=off" \
      start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
    ;;
  stop)
    [[ -f $dir/data/postmaster.pid ]] || exit 0
    as_owner "$bindir/pg_ctl" -D "$dir/data" -m fast -w -t 300 stop >/dev/null
    ;;
  *) usage ;;
esac
