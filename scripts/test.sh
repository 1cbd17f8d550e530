#!/usr/bin/env bash
# Install eventwire with its test extras, the browser the dashboard test drives, then run
# every test. This is the README's test command; .ci/run calls it.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m pip install -q -e ".[dev]"
bash scripts/setup_browser.sh || echo "warning: headless Chromium could not be installed; browser tests will skip" >&2
ruff check eventwire tests bench scripts
# The slowest tests are listed at the end, so a CI log shows where the time goes.
python3 -m pytest -q -p no:cacheprovider --durations=15 "$@"
