#!/usr/bin/env bash
# Install the test dependencies (Python packages, Debian's chromium for the browser test)
# and run the whole suite: ruff, then pytest. .ci/run calls exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."
python -m pip install --quiet --disable-pip-version-check -e ".[test]"
# The browser test drives Debian's chromium; a CJK font makes its screenshots legible.
if [ ! -x /usr/bin/chromium ] || ! fc-list :lang=zh 2>/dev/null | grep -q .; then
    echo "installing Debian's chromium and fonts-noto-cjk for the browser test"
    if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
fi
python -m ruff check etl dashboard tests benchmarks
python -m pytest "$@"
