#!/usr/bin/env python3
"""Writes Sources/CasusTUI/Canvas/DisplayWidthTables.swift from Unicode Character Database files.

    python3 Scripts/unicode-width/generate.py [--ucd DIR] [--out FILE] [--check]

DIR (default Scripts/unicode-width/ucd) must hold the files named in INPUTS, of one Unicode
version; their SHA-256 sums are pinned below so that the output can only change when the data
does (see README.md for where the files come from and how to move to a newer version).
--check writes nothing and exits 1 when the committed file differs from what would be written.

The output depends on nothing but the files: no dates, code points walked in order, ranges
sorted and merged.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
DEFAULT_UCD = HERE / "ucd"
DEFAULT_OUT = ROOT / "Sources" / "CasusTUI" / "Canvas" / "DisplayWidthTables.swift"

UNICODE_VERSION = "17.0.0"
EMOJI_VERSION = "17.0"

# The files read, with the SHA-256 of the copies the committed tables were made from.
INPUTS = {
    "UnicodeData.txt": "2e1efc1dcb59c575eedf5ccae60f95229f706ee6d031835247d843c11d96470c",
    "EastAsianWidth.txt": "ea7ce50f3444a050333448dffef1cadd9325af55cbb764b4a2280faf52170a33",
    "DerivedCoreProperties.txt": "24c7fed1195c482faaefd5c1e7eb821c5ee1fb6de07ecdbaa64b56a99da22c08",
    "PropList.txt": "130dcddcaadaf071008bdfce1e7743e04fdfbc910886f017d9f9ac931d8c64dd",
    "emoji-data.txt": "2cb2bb9455cda83e8481541ecf5b6dfda66a3bb89efa3fa7c5297eccf607b72b",
    "emoji-variation-sequences.txt": "bb3d09ef03f206012c7532dd52dc0a21c9efddba0135ea4cf0d9201b8b9bba7e",
}

MAX_CODE_POINT = 0x10FFFF
SOFT_HYPHEN = 0x00AD
VS16 = 0xFE0F

# Width classes of the run table (written into the Swift file as DisplayWidthTables.*Class).
ZERO, NARROW, WIDE, SPACING_MARK, EMOJI_VARIATION_BASE = 0, 1, 2, 3, 4
CLASS_NAMES = {
    ZERO: "zero",
    NARROW: "narrow",
    WIDE: "wide",
    SPACING_MARK: "spacingMark",
    EMOJI_VARIATION_BASE: "emojiVariationBase",
}


# --- reading -------------------------------------------------------------------------------


def read_text(ucd: Path, name: str) -> str:
    path = ucd / name
    if not path.is_file():
        sys.exit(f"generate.py: {path} is missing (see Scripts/unicode-width/README.md)")
    data = path.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    if digest != INPUTS[name]:
        sys.exit(
            f"generate.py: {path} has SHA-256 {digest}, not the pinned {INPUTS[name]}.\n"
            "A different file (another Unicode version?): check it, then update INPUTS and\n"
            "UNICODE_VERSION in this script and the table in README.md."
        )
    return data.decode("utf-8")


def header_line(text: str) -> str:
    """The file's first comment line that names it, e.g. '# EastAsianWidth-17.0.0.txt'."""
    for line in text.splitlines():
        if line.startswith("#") and line.strip("# ").strip():
            return line.strip("# ").strip()
    return ""


def provenance(name: str, text: str) -> str:
    """What a file says of its version and date, for the generated file's header."""
    if name == "UnicodeData.txt":
        return "no header; its version is that of the others, checked by the pinned SHA-256"
    said = [header_line(text)]
    for pattern in (r"^# Version: .*$", r"^# Date: .*$"):
        m = re.search(pattern, text, re.M)
        if m:
            said.append(m.group(0).lstrip("# "))
    return ", ".join(said)


def property_lines(text: str):
    """(first, last, fields) for each data line of a UCD property file."""
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        fields = [f.strip() for f in line.split(";")]
        first, _, last = fields[0].partition("..")
        yield int(first, 16), int(last or first, 16), fields[1:]


class Data:
    def __init__(self, ucd: Path):
        self.texts = {name: read_text(ucd, name) for name in INPUTS}
        for name in ("EastAsianWidth.txt", "DerivedCoreProperties.txt", "PropList.txt"):
            stem = name[: -len(".txt")]
            if header_line(self.texts[name]) != f"{stem}-{UNICODE_VERSION}.txt":
                sys.exit(f"generate.py: {name} is not the {UNICODE_VERSION} file")
        for name in ("emoji-data.txt", "emoji-variation-sequences.txt"):
            if not re.search(rf"^# Version: {re.escape(EMOJI_VERSION)}$", self.texts[name], re.M):
                sys.exit(f"generate.py: {name} is not emoji version {EMOJI_VERSION}")

        self.category: dict[int, str] = {}
        self.name: dict[int, str] = {}
        self._read_unicode_data(self.texts["UnicodeData.txt"])

        self.east_asian_width: dict[int, str] = {}
        for first, last, fields in property_lines(self.texts["EastAsianWidth.txt"]):
            for cp in range(first, last + 1):
                self.east_asian_width[cp] = fields[0]

        self.default_ignorable = self._binary_property("DerivedCoreProperties.txt", "Default_Ignorable_Code_Point")
        self.prepended_concatenation_mark = self._binary_property("PropList.txt", "Prepended_Concatenation_Mark")
        self.emoji = self._binary_property("emoji-data.txt", "Emoji")
        self.emoji_presentation = self._binary_property("emoji-data.txt", "Emoji_Presentation")

        # Characters with an emoji presentation sequence "X FE0F".
        self.emoji_variation_base: set[int] = set()
        for raw in self.texts["emoji-variation-sequences.txt"].splitlines():
            line = raw.split("#", 1)[0].strip()
            if not line:
                continue
            seq = line.split(";")[0].split()
            if len(seq) == 2 and int(seq[1], 16) == VS16:
                self.emoji_variation_base.add(int(seq[0], 16))

    def _read_unicode_data(self, text: str) -> None:
        range_first = None
        for raw in text.splitlines():
            if not raw.strip():
                continue
            f = raw.split(";")
            cp, name, gc = int(f[0], 16), f[1], f[2]
            if name.endswith(", First>"):
                range_first = cp
                continue
            if name.endswith(", Last>"):
                assert range_first is not None
                for c in range(range_first, cp + 1):
                    self.category[c] = gc
                    self.name[c] = name[1 : -len(", Last>")]
                range_first = None
                continue
            self.category[cp] = gc
            self.name[cp] = name

    def _binary_property(self, file: str, prop: str) -> set[int]:
        out: set[int] = set()
        for first, last, fields in property_lines(self.texts[file]):
            if fields[0] == prop:
                out.update(range(first, last + 1))
        if not out:
            sys.exit(f"generate.py: no {prop} in {file}")
        return out

    def gc(self, cp: int) -> str:
        return self.category.get(cp, "Cn")


# --- the properties DisplayWidth uses -----------------------------------------------------


def hangul_vowel_or_final(data: Data, cp: int) -> bool:
    """Hangul_Syllable_Type V or T: medial vowels and final consonants of a conjoining syllable."""
    n = data.name.get(cp, "")
    return n.startswith("HANGUL JUNGSEONG ") or n.startswith("HANGUL JONGSEONG ")


def hangul_leading(data: Data, cp: int) -> bool:
    """Hangul_Syllable_Type L: the leading consonant, the base of a conjoining syllable."""
    return data.name.get(cp, "").startswith("HANGUL CHOSEONG ")


def is_zero_width(data: Data, cp: int) -> bool:
    gc = data.gc(cp)
    if cp == SOFT_HYPHEN:
        return False  # drawn as a hyphen by terminals
    if cp in data.prepended_concatenation_mark:
        return False  # Cf, but a visible sign drawn over the digits that follow
    if hangul_leading(data, cp):
        return False  # U+115F is Default_Ignorable, but it is the base of its syllable
    if gc in ("Cc", "Mn", "Me", "Cf", "Zl", "Zp"):
        return True
    if cp in data.default_ignorable:
        return True
    return hangul_vowel_or_final(data, cp)


def is_spacing_mark(data: Data, cp: int) -> bool:
    return data.gc(cp) == "Mc"


def is_east_asian_wide(data: Data, cp: int) -> bool:
    return data.east_asian_width.get(cp, "N") in ("W", "F")


def width_class(data: Data, cp: int) -> int:
    if is_zero_width(data, cp):
        return ZERO
    if is_spacing_mark(data, cp):
        return SPACING_MARK
    if is_east_asian_wide(data, cp) or cp in data.emoji_presentation:
        return WIDE
    if cp in data.emoji_variation_base:
        return EMOJI_VARIATION_BASE
    return NARROW


# --- writing -------------------------------------------------------------------------------


def ranges_of(predicate) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for cp in range(MAX_CODE_POINT + 1):
        if 0xD800 <= cp <= 0xDFFF:
            continue  # surrogates are no Unicode scalars; they never reach DisplayWidth
        if predicate(cp):
            if out and out[-1][1] == cp - 1:
                out[-1] = (out[-1][0], cp)
            elif out and out[-1][1] == 0xD7FF and cp == 0xE000:
                out[-1] = (out[-1][0], cp)  # no scalar lies between: merge across the surrogates
            else:
                out.append((cp, cp))
    return out


def runs_of(data: Data) -> list[tuple[int, int]]:
    """(first code point, class) for each maximal run of one class; surrogates join the run before."""
    runs: list[tuple[int, int]] = []
    for cp in range(MAX_CODE_POINT + 1):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        k = width_class(data, cp)
        if not runs or runs[-1][1] != k:
            runs.append((cp, k))
    return runs


def describe(data: Data, first: int, last: int) -> str:
    def one(cp: int) -> str:
        name = data.name.get(cp)
        if name is None:
            return f"<unassigned-{cp:04X}>"
        return f"<{name.strip('<>')}-{cp:04X}>" if name.startswith("<") else name

    return one(first) if first == last else f"{one(first)}..{one(last)}"


def swift_pairs(data: Data, ranges: list[tuple[int, int]]) -> str:
    lines = []
    for first, last in ranges:
        lines.append(f"        0x{first:04X}, 0x{last:04X},  // {describe(data, first, last)}")
    return "\n".join(lines)


def table(data: Data, name: str, doc: str, ranges: list[tuple[int, int]]) -> str:
    count = sum(b - a + 1 for a, b in ranges)
    return (
        f"{doc}\n"
        f"    /// {len(ranges)} ranges, {count} code points.\n"
        f"    static let {name}: [UInt32] = [\n{swift_pairs(data, ranges)}\n    ]\n"
    )


def generate(data: Data) -> str:
    versions = "\n".join(
        f"//   {n}: {provenance(n, data.texts[n])}\n//     sha256 {INPUTS[n]}" for n in INPUTS
    )
    zero = ranges_of(lambda cp: is_zero_width(data, cp))
    mark = ranges_of(lambda cp: is_spacing_mark(data, cp))
    wide = ranges_of(lambda cp: is_east_asian_wide(data, cp))
    presentation = ranges_of(lambda cp: cp in data.emoji_presentation)
    text_style = ranges_of(lambda cp: cp in data.emoji and cp not in data.emoji_presentation)
    variation = ranges_of(lambda cp: cp in data.emoji_variation_base)
    runs = runs_of(data)

    run_lines = []
    for i, (first, k) in enumerate(runs):
        last = (runs[i + 1][0] - 1) if i + 1 < len(runs) else MAX_CODE_POINT
        if last == 0xDFFF:
            last = 0xD7FF
        run_lines.append(f"        0x{first:04X},  // {CLASS_NAMES[k]}: {describe(data, first, last)}")
    kinds = [k for _, k in runs]
    kind_lines = []
    for i in range(0, len(kinds), 32):
        kind_lines.append("        " + ", ".join(str(k) for k in kinds[i : i + 32]) + ",")

    return f"""\
// swift-format-ignore-file
// GENERATED FILE: do not edit by hand. Made by Scripts/unicode-width/generate.py from the
// Unicode Character Database {UNICODE_VERSION} and Unicode emoji data {EMOJI_VERSION}:
{versions}
// To change it, change the script (or the data, see Scripts/unicode-width/README.md) and run
//   python3 Scripts/unicode-width/generate.py

/// The Unicode data behind `DisplayWidth`. Each property table is a list of inclusive code point
/// ranges, flattened as first, last, first, last, ..., sorted and merged (no two ranges touch).
/// Surrogates (U+D800–U+DFFF) are no Unicode scalars and are left out (a range may span them).
enum DisplayWidthTables {{
    static let unicodeVersion = "{UNICODE_VERSION}"
    static let emojiVersion = "{EMOJI_VERSION}"

    // MARK: Width classes, as one lookup table

    /// Width class of a scalar, as used by `DisplayWidth` (one binary search per scalar):
    /// 0 zero, 1 narrow, 2 wide, 3 spacing mark (gc=Mc: 0 alone, +1 after a base),
    /// 4 narrow but 2 in an emoji presentation sequence (followed by U+FE0F).
    /// In order of precedence: zero, spacing mark, wide, emoji variation base, narrow.
    static let zeroClass: UInt8 = {ZERO}, narrowClass: UInt8 = {NARROW}, wideClass: UInt8 = {WIDE}
    static let spacingMarkClass: UInt8 = {SPACING_MARK}, emojiVariationBaseClass: UInt8 = {EMOJI_VARIATION_BASE}

    /// The first scalar of each run of one class; the run ends where the next begins.
    /// {len(runs)} runs covering U+0000–U+10FFFF.
    static let runStarts: [UInt32] = [
{chr(10).join(run_lines)}
    ]

    /// The class of each run in `runStarts`.
    static let runClasses: [UInt8] = [
{chr(10).join(kind_lines)}
    ]

    // MARK: The properties the classes are made from (for tests and for reading)

{table(data, "zeroWidth", '''    /// Zero width: General_Category Cc, Mn, Me, Cf, Zl, Zp; Default_Ignorable_Code_Point
    /// (DerivedCoreProperties, unassigned ones included, e.g. U+E0000–U+E0FFF); Hangul_Syllable_Type
    /// V and T (HANGUL JUNGSEONG/JONGSEONG: U+1160–U+11FF, U+D7B0–U+D7FB). Not U+00AD SOFT HYPHEN,
    /// not Prepended_Concatenation_Mark (PropList: visible signs such as U+0600), not U+115F HANGUL
    /// CHOSEONG FILLER (Hangul_Syllable_Type L, the base of its syllable).''', zero)}
{table(data, "spacingMark", '''    /// Spacing combining marks: General_Category Mc.''', mark)}
{table(data, "eastAsianWide", '''    /// East_Asian_Width W or F (EastAsianWidth.txt, reserved code points it lists included).''', wide)}
{table(data, "emojiPresentation", '''    /// Emoji_Presentation=Yes (emoji-data.txt).''', presentation)}
{table(data, "textStyleEmoji", '''    /// Emoji=Yes and Emoji_Presentation=No: emoji shown as text unless followed by U+FE0F.''', text_style)}
{table(data, "emojiVariationBase", '''    /// Characters with an emoji presentation sequence "X U+FE0F" (emoji-variation-sequences.txt).''', variation)}
    /// Whether `v` lies in one of the ranges of a flattened table.
    static func contains(_ table: [UInt32], _ v: UInt32) -> Bool {{
        var lo = 0, hi = table.count / 2
        while lo < hi {{
            let mid = (lo + hi) / 2
            if v < table[2 * mid] {{ hi = mid }} else if v > table[2 * mid + 1] {{ lo = mid + 1 }} else {{ return true }}
        }}
        return false
    }}
}}
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ucd", type=Path, default=DEFAULT_UCD, help="folder with the UCD files")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="the Swift file to write")
    parser.add_argument("--check", action="store_true", help="only compare with the file on disk")
    args = parser.parse_args()

    text = generate(Data(args.ucd))
    if args.check:
        current = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
        if current != text:
            sys.exit(f"generate.py: {args.out} is not what the script makes from the data")
        print(f"{args.out}: up to date")
        return
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
