#!/bin/sh
# Install what the dashboard browser test needs: Debian's chromium and the playwright package.
# Idempotent: does nothing when both are present. Never runs `playwright install` (no downloads
# of browser builds); the test drives /usr/bin/chromium through executable_path.
set -e
if ! command -v chromium >/dev/null 2>&1; then
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium
fi
if ! python3 -c "import playwright" >/dev/null 2>&1; then
    python3 -m pip install --quiet playwright
fi
chromium --version
python3 -c "from importlib.metadata import version; print('playwright', version('playwright'))"
