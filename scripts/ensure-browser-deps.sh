#!/usr/bin/env bash
# Installs Debian chromium, fonts-noto-cjk and poppler-utils (pdftoppm, pdftotext: the briefing's PDF
# is checked page by page) when missing, so the browser and PDF tests run on a new machine.
set -euo pipefail
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
fc-list 2>/dev/null | grep -qi 'Noto Sans CJK' || missing+=(fonts-noto-cjk)
command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
((${#missing[@]})) || exit 0
echo "安装浏览器测试依赖: ${missing[*]}"
if [[ $(id -u) -ne 0 ]]; then
  SUDO=sudo
else
  SUDO=
fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
