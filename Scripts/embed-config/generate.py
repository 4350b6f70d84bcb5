#!/usr/bin/env python3
"""Writes Sources/CasusCore/Config/BuiltinConfig+Files.swift: every file of Config/ as a Swift string.

    python3 Scripts/embed-config/generate.py           # writes the Swift file
    python3 Scripts/embed-config/generate.py --check   # exits 1 if the committed file is stale

casus carries its shipped configuration (protocol profiles, letter templates, keys.yaml,
retention.yaml and their documentation) inside the executable, so a binary copied anywhere works
without a folder beside it. SwiftPM resource bundles are looked up next to the executable and so
break when only the binary is installed; a generated source file does not.

Each file becomes a multi-line raw string literal, byte for byte: the text between the line of the
opening delimiter and the line of the closing one. Files must be UTF-8 without carriage returns
(a Swift string literal would turn CR LF into LF); the script refuses anything else. The output
depends on nothing but the files (sorted by path, no dates), so the same Config/ always gives the
same Swift file. The test BuiltinConfigTests fails when Config/ and this file disagree.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
CONFIG = ROOT / "Config"
OUT = ROOT / "Sources" / "CasusCore" / "Config" / "BuiltinConfig+Files.swift"


def literal(text: str) -> str:
    """A raw multi-line string literal whose value is exactly `text`."""
    hashes = "#"
    # The literal ends at `"""` followed by as many `#` as it opened with, and `\#...` escapes:
    # use one more `#` than either could need.
    while f'"""{hashes}' in text or f"\\{hashes}" in text:
        hashes += "#"
    return f'{hashes}"""\n{text}\n"""{hashes}'


def read(path: Path) -> str:
    data = path.read_bytes()
    rel = path.relative_to(ROOT)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        sys.exit(f"{rel}: not UTF-8 ({e}); save it as UTF-8")
    if "\r" in text:
        sys.exit(f"{rel}: has carriage returns; save it with Unix line endings (LF)")
    if "\0" in text:
        sys.exit(f"{rel}: has a NUL byte; casus's configuration files are text")
    return text


def generate() -> str:
    files = sorted(p for p in CONFIG.rglob("*") if p.is_file() and not p.name.startswith("."))
    out = [
        "// swift-format-ignore-file",
        "// GENERATED FILE: do not edit by hand. Made by Scripts/embed-config/generate.py from Config/;",
        "// change the files there and run",
        "//   python3 Scripts/embed-config/generate.py",
        "",
        "extension BuiltinConfig {",
        "    /// Every file of Config/, by its path inside Config/, sorted by path.",
        "    static let files: [(path: String, text: String)] = [",
    ]
    for p in files:
        rel = p.relative_to(CONFIG).as_posix()
        out.append(f'        ("{rel}", {literal(read(p))}),')
    out += ["    ]", "}", ""]
    return "\n".join(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 if the file is stale")
    args = parser.parse_args()
    text = generate()
    if args.check:
        current = OUT.read_text(encoding="utf-8") if OUT.exists() else ""
        if current != text:
            print(f"{OUT.relative_to(ROOT)} is stale: run python3 Scripts/embed-config/generate.py", file=sys.stderr)
            return 1
        return 0
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)} ({text.count(chr(10))} lines)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
