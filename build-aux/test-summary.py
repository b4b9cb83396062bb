#!/usr/bin/env python3
"""Counts the test cases of one or more meson test logs and prints the
closing line "N passed, N failed[, N skipped]".

Each GTest program speaks TAP, so every test case counts, not only every
program. A program that crashes or exits non-zero without reporting a
failing case counts as one failure of its own."""

import json
import re
import sys

OK = re.compile(r"^ok \d+")
NOT_OK = re.compile(r"^not ok \d+")
SKIP = re.compile(r"#\s*(SKIP|skip)")


def count(path):
    passed = failed = skipped = 0
    failures = []
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            lines = f.readlines()
    except FileNotFoundError:
        return 0, 1, 0, [f"{path}: no test log (did the build fail?)"]
    for line in lines:
        entry = json.loads(line)
        name = entry.get("name", "?")
        out = entry.get("stdout", "") or ""
        p = f = s = 0
        for raw in out.splitlines():
            raw = raw.strip()
            if NOT_OK.match(raw):
                if SKIP.search(raw) or "# TODO" in raw:
                    s += 1
                else:
                    f += 1
                    failures.append(f"{name}: {raw}")
            elif OK.match(raw):
                if SKIP.search(raw):
                    s += 1
                else:
                    p += 1
        result = entry.get("result", "")
        if result in ("FAIL", "TIMEOUT", "ERROR", "UNEXPECTEDPASS") and f == 0:
            f += 1
            failures.append(f"{name}: {result} (return code {entry.get('returncode')})")
        if p + f + s == 0:
            if result == "OK":
                p += 1
            elif result == "SKIP":
                s += 1
        passed += p
        failed += f
        skipped += s
    return passed, failed, skipped, failures


def main():
    total_p = total_f = total_s = 0
    for path in sys.argv[1:]:
        p, f, s, failures = count(path)
        print(f"{path}: {p} passed, {f} failed, {s} skipped")
        for line in failures:
            print(f"  FAILED {line}")
        total_p += p
        total_f += f
        total_s += s
    line = f"{total_p} passed, {total_f} failed"
    if total_s:
        line += f", {total_s} skipped"
    print(line)
    return 1 if total_f else 0


if __name__ == "__main__":
    sys.exit(main())
