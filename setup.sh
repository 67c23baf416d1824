#!/usr/bin/env bash
# setup.sh: install what tpy needs, build it, then show it off or test it.
#
#   bash setup.sh demo    install dependencies, build, run the demo
#   bash setup.sh test    install dependencies, build, run every test
#                         (then valgrind on a sample, the scripts again with
#                         the switch-dispatch loop, and everything again with
#                         AddressSanitizer + UBSan)
#   bash setup.sh build   install dependencies and build only
#
# Works on Debian 12 as root (packages are installed with apt-get when missing)
# or as a normal user once the packages are there (otherwise it prints the
# `sudo apt-get install ...` line to run).  The binary ends up in build/tpy.
# Environment: JOBS (default 2) for parallel builds and tests.
set -uo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"
ROOT=$(pwd)
JOBS=${JOBS:-2}
PACKAGES=(build-essential cmake pkg-config python3 llvm-19-dev libffi-dev check
          libgmp-dev libzstd-dev mypy valgrind)

if [ -t 1 ]; then
    BOLD=$'\e[1m' GREEN=$'\e[32m' RED=$'\e[31m' YELLOW=$'\e[33m' DIM=$'\e[2m' RESET=$'\e[0m'
else
    BOLD="" GREEN="" RED="" YELLOW="" DIM="" RESET=""
fi

say()     { printf '%s==> %s%s\n' "$BOLD" "$*" "$RESET"; }
explain() { printf '%s    %s%s\n' "$DIM" "$*" "$RESET"; }
die()     { printf '%serror:%s %s\n' "$RED" "$RESET" "$*" >&2; exit 1; }

usage() {
    cat <<'EOF'
usage: bash setup.sh demo | test | build

  demo   install dependencies, build tpy, and show what `tpy --check` does
  test   install dependencies, build, run all tests, valgrind on a sample
         of the golden scripts, the golden scripts with the switch-dispatch
         interpreter loop, then all tests again in a build with
         AddressSanitizer and UBSan
  build  install dependencies and build build/tpy only
EOF
}

# ---------------------------------------------------------------- packages

missing_packages() {
    local pkg status
    for pkg in "${PACKAGES[@]}"; do
        status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
        if [ "$status" != "install ok installed" ]; then
            printf '%s\n' "$pkg"
        fi
    done
}

install_dependencies() {
    if ! command -v dpkg-query >/dev/null 2>&1; then
        printf '%swarning:%s not a Debian system: cannot check packages; need %s\n' \
            "$YELLOW" "$RESET" "${PACKAGES[*]}"
        return 0
    fi
    local missing
    mapfile -t missing < <(missing_packages)
    if [ "${#missing[@]}" -eq 0 ]; then
        say "Dependencies: all ${#PACKAGES[@]} packages already installed"
        return 0
    fi
    if [ "$(id -u)" -ne 0 ]; then
        printf '%sMissing packages:%s %s\n' "$RED" "$RESET" "${missing[*]}" >&2
        printf 'Install them with:\n\n    sudo apt-get install -y --no-install-recommends %s\n\n' \
            "${missing[*]}" >&2
        printf 'then run this script again.\n' >&2
        exit 1
    fi
    say "Installing missing packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update || die "apt-get update failed"
    apt-get install -y --no-install-recommends "${missing[@]}" || die "apt-get install failed"
}

# Debian's python3 runs the tests and mypy; a pyenv shim on PATH would add
# ~300 ms to every start (see shared FACTS).
pick_python() {
    if [ -x /usr/bin/python3 ]; then
        PYTHON=/usr/bin/python3
    else
        PYTHON=$(command -v python3) || die "python3 not found"
    fi
}

# ---------------------------------------------------------------- build

# configure_and_build DIR [cmake options...]
configure_and_build() {
    local dir=$1
    shift
    say "Building tpy in $dir/ $*"
    cmake -S "$ROOT" -B "$ROOT/$dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
          -DPython3_EXECUTABLE="$PYTHON" "$@" >"$ROOT/$dir.configure.log" 2>&1 || {
        cat "$ROOT/$dir.configure.log"
        printf '%sCMake configuration failed (log: %s.configure.log)%s\n' "$RED" "$dir" "$RESET"
        return 1
    }
    cmake --build "$ROOT/$dir" -j "$JOBS"
}

build_main() {
    mkdir -p "$ROOT/build"
    configure_and_build build || die "the build failed: see the messages above"
    [ -x "$ROOT/build/tpy" ] || die "build/tpy was not produced"
    explain "built $ROOT/build/tpy"
}

# ---------------------------------------------------------------- demo

demo() {
    local tpy="$ROOT/build/tpy"
    echo
    say "tpy: $("$tpy" --version)"
    explain "tpy type-checks typed Python scripts the way mypy --strict does, then"
    explain "runs them in its bytecode interpreter (the LLVM JIT comes in part 4)."
    echo

    say "1. The examples are clean: tpy --check reports nothing for each"
    local f status failures=0
    for f in examples/*.py; do
        "$tpy" --check "$f" >/tmp/tpy-demo.$$ 2>&1
        status=$?
        if [ "$status" -eq 0 ] && [ ! -s /tmp/tpy-demo.$$ ]; then
            printf '    %sok%s    tpy --check %s\n' "$GREEN" "$RESET" "$f"
        else
            printf '    %sFAIL%s  tpy --check %s (exit %d)\n' "$RED" "$RESET" "$f" "$status"
            sed 's/^/          /' /tmp/tpy-demo.$$ | head -20
            failures=$((failures + 1))
        fi
    done
    rm -f /tmp/tpy-demo.$$
    echo

    # The shortest reject test about assignments or returns (any, if none matches).
    local reject="" best=100000 lines
    for f in tests/typecheck/reject/*assign*.py tests/typecheck/reject/*return*.py \
             tests/typecheck/reject/*.py; do
        [ -f "$f" ] || continue
        lines=$(wc -l <"$f")
        if [ "$lines" -lt "$best" ]; then
            best=$lines
            reject=$f
        fi
        case $f in *assign*|*return*) ;; *) [ -n "$reject" ] && break ;; esac
    done
    say "2. A program with a type error is rejected, mypy-style"
    if [ -n "$reject" ]; then
        explain "The program ($reject):"
        grep -v '^[[:space:]]*# E' "$reject" | sed 's/  *# E.*$//' | head -15 | sed 's/^/      | /'
        explain "What tpy says (FILE:LINE:COL: error: MESSAGE, exit status 1):"
        "$tpy" --check "$reject" 2>&1 | sed 's/^/      /'
        explain "Each error names the line and column, with mypy's wording."
    else
        explain "(no program in tests/typecheck/reject/ yet)"
    fi
    echo

    say "3. A syntax error is reported the way CPython reports it"
    local tmpdir bad
    tmpdir=$(mktemp -d /tmp/tpy-demo.XXXXXX)
    bad=$tmpdir/area.py
    printf 'def area(width: float, height: float) -> float:\n    return (width * height\n\nprint(area(3.0, 4.0))\n' >"$bad"
    explain "The program:"
    sed 's/^/      | /' "$bad"
    explain "What tpy says (compare: python3 $bad):"
    "$tpy" --check "$bad" 2>&1 | sed 's/^/      /'
    explain "Same traceback lines and message as python3, so the habits carry over."
    rm -rf "$tmpdir"
    echo

    say "4. The notes' examples run under tpy with CPython's output"
    explain "Each example runs under python3 and tpy; the outputs must be identical."
    local py out_py out_tpy t0 t1 t2 ms_py ms_tpy
    # The real CPython binary, not a wrapper script (a pyenv shim adds ~300 ms).
    py=$("${PYTHON:-python3}" -c 'import sys; print(sys.executable)')
    for f in examples/*.py; do
        if grep -q '^# tpy-output: differs' "$f"; then
            out_tpy=$("$tpy" "$f" 2>&1)
            printf '    %sown%s   %-28s prints tpy'"'"'s own sizes (first lines below)\n' "$YELLOW" "$RESET" "$f"
            printf '%s\n' "$out_tpy" | head -3 | sed 's/^/          /'
            continue
        fi
        t0=$(date +%s%N)
        out_py=$("$py" "$f" 2>&1)
        t1=$(date +%s%N)
        out_tpy=$("$tpy" "$f" 2>&1)
        t2=$(date +%s%N)
        ms_py=$(( (t1 - t0) / 1000000 ))
        ms_tpy=$(( (t2 - t1) / 1000000 ))
        if [ "$out_py" = "$out_tpy" ]; then
            printf '    %ssame%s  %-28s python3 %5d ms   tpy %5d ms\n' "$GREEN" "$RESET" "$f" "$ms_py" "$ms_tpy"
        else
            printf '    %sDIFF%s  %s\n' "$RED" "$RESET" "$f"
            diff <(printf '%s\n' "$out_py") <(printf '%s\n' "$out_tpy") | head -10 | sed 's/^/          /'
            failures=$((failures + 1))
        fi
    done
    explain "(python3 here is $py; start-up dominates these small runs: bench/ has real workloads.)"
    echo

    say "5. Deterministic destructors: examples/destructors.py under tpy"
    "$tpy" examples/destructors.py 2>&1 | head -8 | sed 's/^/      /'
    explain "\"A signing off!\" appears the moment f() returns, as in CPython: refcounting."
    echo

    say "6. What the interpreter runs: tpy --dis (first lines)"
    "$tpy" --dis examples/dis_demo.py 2>&1 | head -24 | sed 's/^/      /'
    echo

    if [ "$failures" -eq 0 ]; then
        say "${GREEN}Demo done.${RESET}${BOLD} Try: build/tpy examples/mandelbrot.py"
        explain "Run every test with: bash setup.sh test"
    else
        printf '%s%d example(s) failed (see above).%s\n' "$RED" "$failures" "$RESET"
        return 1
    fi
}

# ---------------------------------------------------------------- test

declare -a STEP_NAMES=() STEP_RESULTS=() STEP_TIMES=()
FAILED=0

# step NAME COMMAND...: runs a step, records its result and duration.
step() {
    local name=$1 start status
    shift
    echo
    say "$name"
    start=$SECONDS
    "$@"
    status=$?
    STEP_NAMES+=("$name")
    STEP_TIMES+=($((SECONDS - start)))
    local note=""
    [ -n "$CTEST_NOTE" ] && note="  ($CTEST_NOTE)"
    CTEST_NOTE=""
    if [ "$status" -eq 0 ]; then
        STEP_RESULTS+=("${GREEN}passed${RESET}$note")
    else
        STEP_RESULTS+=("${RED}FAILED${RESET} (exit $status)$note")
        FAILED=$((FAILED + 1))
    fi
    return "$status"
}

skip_step() {
    STEP_NAMES+=("$1")
    STEP_TIMES+=(0)
    STEP_RESULTS+=("${YELLOW}skipped${RESET} ($2)")
    FAILED=$((FAILED + 1))
}

# run_ctest DIR: ctest with the failures' output shown; sets CTEST_NOTE to a
# one-line account (the golden runner's "N passed, N failed" line).
CTEST_NOTE=""
run_ctest() {
    local status log="$ROOT/$1/Testing/Temporary/LastTest.log"
    ctest --test-dir "$ROOT/$1" --output-on-failure -j 1 --timeout 900
    status=$?
    CTEST_NOTE=""
    if [ -f "$log" ]; then
        CTEST_NOTE=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$log" | tail -1)
        [ -n "$CTEST_NOTE" ] && CTEST_NOTE="golden: $CTEST_NOTE"
    fi
    return "$status"
}

run_tests() {
    local total_start=$SECONDS
    if step "Build (build/, RelWithDebInfo)" configure_and_build build; then
        step "Tests: unit + golden (ctest in build/)" run_ctest build
    else
        skip_step "Tests: unit + golden (ctest in build/)" "build failed"
    fi

    if [ -x "$ROOT/build/tpy" ]; then
        step "Memcheck: valgrind on a sample of the golden scripts" \
            "$PYTHON" "$ROOT/tests/memcheck.py" --tpy "$ROOT/build/tpy" -j "$JOBS"
    else
        skip_step "Memcheck: valgrind on a sample of the golden scripts" "build failed"
    fi

    # The interpreter loop's portable form (no computed goto) must stay correct.
    if step "Build (build-switch/, switch dispatch)" \
            configure_and_build build-switch -DTPY_SWITCH_DISPATCH=ON -DTPY_BUILD_TESTS=OFF; then
        step "Golden scripts with switch dispatch (build-switch/tpy)" \
            "$PYTHON" "$ROOT/tests/run_tests.py" --tpy "$ROOT/build-switch/tpy" -j "$JOBS" scripts
    else
        skip_step "Golden scripts with switch dispatch (build-switch/tpy)" "build failed"
    fi

    export ASAN_OPTIONS=detect_leaks=1
    export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
    if step "Build (build-asan/, ASan + UBSan, -Werror)" \
            configure_and_build build-asan -DTPY_SANITIZE=ON -DTPY_WERROR=ON; then
        step "Tests under ASan + UBSan (ctest in build-asan/)" run_ctest build-asan
    else
        skip_step "Tests under ASan + UBSan (ctest in build-asan/)" "build failed"
    fi

    echo
    say "Summary"
    local i
    for i in "${!STEP_NAMES[@]}"; do
        printf '    %-52s %5ss  %s\n' "${STEP_NAMES[$i]}" "${STEP_TIMES[$i]}" "${STEP_RESULTS[$i]}"
    done
    printf '    %-52s %5ss\n' "total" $((SECONDS - total_start))
    if [ "$FAILED" -eq 0 ]; then
        printf '\n%sAll tests passed.%s\n' "$GREEN$BOLD" "$RESET"
        return 0
    fi
    printf '\n%s%d step(s) failed.%s Rerun one suite with e.g.\n' "$RED$BOLD" "$FAILED" "$RESET"
    printf '    %s tests/run_tests.py --tpy build/tpy typecheck -k NAME\n' "$PYTHON"
    return 1
}

# ---------------------------------------------------------------- main

case "${1:-}" in
    demo)
        install_dependencies
        pick_python
        build_main
        demo
        ;;
    test)
        install_dependencies
        pick_python
        run_tests
        ;;
    build)
        install_dependencies
        pick_python
        build_main
        ;;
    -h|--help|help)
        usage
        ;;
    *)
        usage >&2
        exit 2
        ;;
esac
