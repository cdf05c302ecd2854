#!/usr/bin/env bash
# Cold start of the built bundle to a ready window and to the first translation, under Xvfb
# (a real X11 window): the figures in packaging/README.md. Run after `make package`, as root
# to drop the page cache first (a true cold start); otherwise the files may be cached.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
home=$(mktemp -d)
measure() {
  rm -f "$home/report.json"
  env -i HOME="$home" PATH=/usr/bin:/bin LANG=C.UTF-8 PARLEY_STARTUP_REPORT="$home/report.json" \
    xvfb-run -a -s "-screen 0 1280x800x24" dist/parley/parley >/dev/null 2>&1
  cat "$home/report.json"; echo
}
if [ -w /proc/sys/vm/drop_caches ]; then
  sync && echo 3 > /proc/sys/vm/drop_caches
  echo "cold (page cache dropped):"
else
  echo "first run (the page cache could not be dropped):"
fi
measure
echo "warm:"
for _ in $(seq "$runs"); do measure; done
rm -rf "$home"
