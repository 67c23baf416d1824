#!/usr/bin/env bash
# examples/memory_modes.sh: the memory examples under tpy's three memory
# strategies, peak RSS side by side (and CPython's for reference).
#
#   refcount+gc  the default, like CPython: an object is freed the moment its
#                count reaches zero; the cycle collector frees cycles.
#   --gc=off     refcounting only: cycles are never freed.
#   --mm=tracing nothing is freed at count zero; a tracing collection frees
#                garbage in batches when an allocation threshold is reached
#                (PyPy/Java style): memory climbs in a saw-tooth and __del__
#                runs late.
#
# Usage: bash examples/memory_modes.sh [TPY]   (default: build/tpy)
set -u
cd "$(dirname "${BASH_SOURCE[0]}")/.."
TPY=${1:-build/tpy}
PY=$(python3 -c 'import sys; print(sys.executable)')
[ -x "$TPY" ] || { echo "no $TPY: build first (bash setup.sh build)" >&2; exit 2; }
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (Debian package: time)" >&2; exit 2; }

# peak RSS in MiB of a command (its stdout is discarded)
peak() {
    local kb
    kb=$(/usr/bin/time -f '%M' "$@" 2>&1 >/dev/null | tail -1)
    awk -v kb="$kb" 'BEGIN { printf "%8.1f", kb / 1024 }'
}

row() {   # row LABEL EXPLANATION SCRIPT ARGS...
    local label=$1 why=$2
    shift 2
    printf '%-34s %s %s %s %s   %s\n' "$label" \
        "$(peak "$PY" "$@")" "$(peak "$TPY" "$@")" \
        "$(peak "$TPY" --gc=off "$@")" "$(peak "$TPY" --mm=tracing "$@")" "$why"
}

printf '%-34s %8s %8s %8s %8s   (peak RSS, MiB)\n' "example" "CPython" "tpy" "gc=off" "tracing"
row "alloc_loop.py 200000" "flat under refcounting; saw-tooth under tracing" \
    examples/alloc_loop.py 200000
row "cycles.py 20000 --gc-on" "bounded with the collector; grows without it" \
    examples/cycles.py 20000 --gc-on
row "weakref_tree.py" "weakref parents: refcounting frees the tree" \
    examples/weakref_tree.py
row "destructors.py" "same memory; see the order of \"signing off\"" \
    examples/destructors.py

echo
echo "When __del__ runs (examples/destructors.py):"
echo "  refcounting (default):"
"$TPY" examples/destructors.py 2>&1 | head -6 | sed 's/^/    /'
echo "  --mm=tracing (destructors run in batches, at collections):"
"$TPY" --mm=tracing examples/destructors.py 2>&1 | head -6 | sed 's/^/    /'
