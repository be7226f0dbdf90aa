#!/usr/bin/env bash
# Run a command while every core is kept busy, as on a shared CI runner or beside a colleague's
# build: one spinning process per core, at normal priority, for exactly as long as the command
# runs. The tests must pass like this (they wait on conditions, never on fixed sleeps).
#
#   scripts/busy-cores.sh make test
#   scripts/busy-cores.sh .venv/bin/python -m pytest tests/test_browser.py
#
# BUSY_CORES=N spins N processes instead of one per core (nproc). The spinners stop when the
# command ends, fails or is interrupted; the exit status is the command's.
set -euo pipefail

if [ "$#" -eq 0 ]; then
    echo "用法：scripts/busy-cores.sh 命令 [参数…]（在每个核都被占满时运行该命令）" >&2
    exit 2
fi

cores="${BUSY_CORES:-$(nproc)}"
spinners=()

stop_spinners() {
    if [ "${#spinners[@]}" -gt 0 ]; then
        kill "${spinners[@]}" 2>/dev/null || true
        wait "${spinners[@]}" 2>/dev/null || true
    fi
}
trap stop_spinners EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

for _ in $(seq "$cores"); do
    yes > /dev/null &
    spinners+=("$!")
done
echo "busy-cores: ${cores} 个占用进程（${spinners[*]}）已启动，运行：$*" >&2

"$@"
