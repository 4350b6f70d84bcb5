// swift-format-ignore-file
// GENERATED FILE: do not edit by hand. Made by Scripts/unicode-width/generate.py from the
// Unicode Character Database 17.0.0 and Unicode emoji data 17.0:
//   UnicodeData.txt: no header; its version is that of the others, checked by the pinned SHA-256
//     sha256 2e1efc1dcb59c575eedf5ccae60f95229f706ee6d031835247d843c11d96470c
//   EastAsianWidth.txt: EastAsianWidth-17.0.0.txt, Date: 2025-07-24, 00:12:54 GMT
//     sha256 ea7ce50f3444a050333448dffef1cadd9325af55cbb764b4a2280faf52170a33
//   DerivedCoreProperties.txt: DerivedCoreProperties-17.0.0.txt, Date: 2025-07-30, 23:55:08 GMT
//     sha256 24c7fed1195c482faaefd5c1e7eb821c5ee1fb6de07ecdbaa64b56a99da22c08
//   PropList.txt: PropList-17.0.0.txt, Date: 2025-06-30, 06:19:01 GMT
//     sha256 130dcddcaadaf071008bdfce1e7743e04fdfbc910886f017d9f9ac931d8c64dd
//   emoji-data.txt: emoji-data.txt, Version: 17.0, Date: 2025-07-25, 17:54:31 GMT
//     sha256 2cb2bb9455cda83e8481541ecf5b6dfda66a3bb89efa3fa7c5297eccf607b72b
//   emoji-variation-sequences.txt: emoji-variation-sequences.txt, Version: 17.0, Date: 2025-01-30, 21:48:29 GMT
//     sha256 bb3d09ef03f206012c7532dd52dc0a21c9efddba0135ea4cf0d9201b8b9bba7e
// To change it, change the script (or the data, see Scripts/unicode-width/README.md) and run
//   python3 Scripts/unicode-width/generate.py

/// The Unicode data behind `DisplayWidth`. Each property table is a list of inclusive code point
/// ranges, flattened as first, last, first, last, ..., sorted and merged (no two ranges touch).
/// Surrogates (U+D800–U+DFFF) are no Unicode scalars and are left out (a range may span them).
enum DisplayWidthTables {
    static let unicodeVersion = "17.0.0"
    static let emojiVersion = "17.0"

    // MARK: Width classes, as one lookup table

    /// Width class of a scalar, as used by `DisplayWidth` (one binary search per scalar):
    /// 0 zero, 1 narrow, 2 wide, 3 spacing mark (gc=Mc: 0 alone, +1 after a base),
    /// 4 narrow but 2 in an emoji presentation sequence (followed by U+FE0F).
    /// In order of precedence: zero, spacing mark, wide, emoji variation base, narrow.
    static let zeroClass: UInt8 = 0, narrowClass: UInt8 = 1, wideClass: UInt8 = 2
    static let spacingMarkClass: UInt8 = 3, emojiVariationBaseClass: UInt8 = 4

    /// The first scalar of each run of one class; the run ends where the next begins.
    /// 1324 runs covering U+0000–U+10FFFF.
    static let runStarts: [UInt32] = [
        0x0000,  // zero: <control-0000>..<control-001F>
        0x0020,  // narrow: SPACE..QUOTATION MARK
        0x0023,  // emojiVariationBase: NUMBER SIGN
        0x0024,  // narrow: DOLLAR SIGN..RIGHT PARENTHESIS
        0x002A,  // emojiVariationBase: ASTERISK
        0x002B,  // narrow: PLUS SIGN..SOLIDUS
        0x0030,  // emojiVariationBase: DIGIT ZERO..DIGIT NINE
        0x003A,  // narrow: COLON..TILDE
        0x007F,  // zero: <control-007F>..<control-009F>
        0x00A0,  // narrow: NO-BREAK SPACE..DIAERESIS
        0x00A9,  // emojiVariationBase: COPYRIGHT SIGN
        0x00AA,  // narrow: FEMININE ORDINAL INDICATOR..SOFT HYPHEN
        0x00AE,  // emojiVariationBase: REGISTERED SIGN
        0x00AF,  // narrow: MACRON..MODIFIER LETTER LOW LEFT ARROW
        0x0300,  // zero: COMBINING GRAVE ACCENT..COMBINING LATIN SMALL LETTER X
        0x0370,  // narrow: GREEK CAPITAL LETTER HETA..CYRILLIC THOUSANDS SIGN
        0x0483,  // zero: COMBINING CYRILLIC TITLO..COMBINING CYRILLIC MILLIONS SIGN
        0x048A,  // narrow: CYRILLIC CAPITAL LETTER SHORT I WITH TAIL..<unassigned-0590>
        0x0591,  // zero: HEBREW ACCENT ETNAHTA..HEBREW POINT METEG
        0x05BE,  // narrow: HEBREW PUNCTUATION MAQAF
        0x05BF,  // zero: HEBREW POINT RAFE
        0x05C0,  // narrow: HEBREW PUNCTUATION PASEQ
        0x05C1,  // zero: HEBREW POINT SHIN DOT..HEBREW POINT SIN DOT
        0x05C3,  // narrow: HEBREW PUNCTUATION SOF PASUQ
        0x05C4,  // zero: HEBREW MARK UPPER DOT..HEBREW MARK LOWER DOT
        0x05C6,  // narrow: HEBREW PUNCTUATION NUN HAFUKHA
        0x05C7,  // zero: HEBREW POINT QAMATS QATAN
        0x05C8,  // narrow: <unassigned-05C8>..ARABIC SIGN MISRA
        0x0610,  // zero: ARABIC SIGN SALLALLAHOU ALAYHE WASSALLAM..ARABIC SMALL KASRA
        0x061B,  // narrow: ARABIC SEMICOLON
        0x061C,  // zero: ARABIC LETTER MARK
        0x061D,  // narrow: ARABIC END OF TEXT MARK..ARABIC LETTER YEH
        0x064B,  // zero: ARABIC FATHATAN..ARABIC WAVY HAMZA BELOW
        0x0660,  // narrow: ARABIC-INDIC DIGIT ZERO..ARABIC LETTER DOTLESS QAF
        0x0670,  // zero: ARABIC LETTER SUPERSCRIPT ALEF
        0x0671,  // narrow: ARABIC LETTER ALEF WASLA..ARABIC LETTER AE
        0x06D6,  // zero: ARABIC SMALL HIGH LIGATURE SAD WITH LAM WITH ALEF MAKSURA..ARABIC SMALL HIGH SEEN
        0x06DD,  // narrow: ARABIC END OF AYAH..ARABIC START OF RUB EL HIZB
        0x06DF,  // zero: ARABIC SMALL HIGH ROUNDED ZERO..ARABIC SMALL HIGH MADDA
        0x06E5,  // narrow: ARABIC SMALL WAW..ARABIC SMALL YEH
        0x06E7,  // zero: ARABIC SMALL HIGH YEH..ARABIC SMALL HIGH NOON
        0x06E9,  // narrow: ARABIC PLACE OF SAJDAH
        0x06EA,  // zero: ARABIC EMPTY CENTRE LOW STOP..ARABIC SMALL LOW MEEM
        0x06EE,  // narrow: ARABIC LETTER DAL WITH INVERTED V..SYRIAC LETTER ALAPH
        0x0711,  // zero: SYRIAC LETTER SUPERSCRIPT ALAPH
        0x0712,  // narrow: SYRIAC LETTER BETH..SYRIAC LETTER PERSIAN DHALATH
        0x0730,  // zero: SYRIAC PTHAHA ABOVE..SYRIAC BARREKH
        0x074B,  // narrow: <unassigned-074B>..THAANA LETTER WAAVU
        0x07A6,  // zero: THAANA ABAFILI..THAANA SUKUN
        0x07B1,  // narrow: THAANA LETTER NAA..NKO LETTER JONA RA
        0x07EB,  // zero: NKO COMBINING SHORT HIGH TONE..NKO COMBINING DOUBLE DOT ABOVE
        0x07F4,  // narrow: NKO HIGH TONE APOSTROPHE..<unassigned-07FC>
        0x07FD,  // zero: NKO DANTAYALAN
        0x07FE,  // narrow: NKO DOROME SIGN..SAMARITAN LETTER TAAF
        0x0816,  // zero: SAMARITAN MARK IN..SAMARITAN MARK DAGESH
        0x081A,  // narrow: SAMARITAN MODIFIER LETTER EPENTHETIC YUT
        0x081B,  // zero: SAMARITAN MARK EPENTHETIC YUT..SAMARITAN VOWEL SIGN A
        0x0824,  // narrow: SAMARITAN MODIFIER LETTER SHORT A
        0x0825,  // zero: SAMARITAN VOWEL SIGN SHORT A..SAMARITAN VOWEL SIGN U
        0x0828,  // narrow: SAMARITAN MODIFIER LETTER I
        0x0829,  // zero: SAMARITAN VOWEL SIGN LONG I..SAMARITAN MARK NEQUDAA
        0x082E,  // narrow: <unassigned-082E>..MANDAIC LETTER AIN
        0x0859,  // zero: MANDAIC AFFRICATION MARK..MANDAIC GEMINATION MARK
        0x085C,  // narrow: <unassigned-085C>..<unassigned-0896>
        0x0897,  // zero: ARABIC PEPET..ARABIC HALF MADDA OVER MADDA
        0x08A0,  // narrow: ARABIC LETTER BEH WITH SMALL V BELOW..ARABIC SMALL FARSI YEH
        0x08CA,  // zero: ARABIC SMALL HIGH FARSI YEH..ARABIC SMALL HIGH SIGN SAFHA
        0x08E2,  // narrow: ARABIC DISPUTED END OF AYAH
        0x08E3,  // zero: ARABIC TURNED DAMMA BELOW..DEVANAGARI SIGN ANUSVARA
        0x0903,  // spacingMark: DEVANAGARI SIGN VISARGA
        0x0904,  // narrow: DEVANAGARI LETTER SHORT A..DEVANAGARI LETTER HA
        0x093A,  // zero: DEVANAGARI VOWEL SIGN OE
        0x093B,  // spacingMark: DEVANAGARI VOWEL SIGN OOE
        0x093C,  // zero: DEVANAGARI SIGN NUKTA
        0x093D,  // narrow: DEVANAGARI SIGN AVAGRAHA
        0x093E,  // spacingMark: DEVANAGARI VOWEL SIGN AA..DEVANAGARI VOWEL SIGN II
        0x0941,  // zero: DEVANAGARI VOWEL SIGN U..DEVANAGARI VOWEL SIGN AI
        0x0949,  // spacingMark: DEVANAGARI VOWEL SIGN CANDRA O..DEVANAGARI VOWEL SIGN AU
        0x094D,  // zero: DEVANAGARI SIGN VIRAMA
        0x094E,  // spacingMark: DEVANAGARI VOWEL SIGN PRISHTHAMATRA E..DEVANAGARI VOWEL SIGN AW
        0x0950,  // narrow: DEVANAGARI OM
        0x0951,  // zero: DEVANAGARI STRESS SIGN UDATTA..DEVANAGARI VOWEL SIGN UUE
        0x0958,  // narrow: DEVANAGARI LETTER QA..DEVANAGARI LETTER VOCALIC LL
        0x0962,  // zero: DEVANAGARI VOWEL SIGN VOCALIC L..DEVANAGARI VOWEL SIGN VOCALIC LL
        0x0964,  // narrow: DEVANAGARI DANDA..BENGALI ANJI
        0x0981,  // zero: BENGALI SIGN CANDRABINDU
        0x0982,  // spacingMark: BENGALI SIGN ANUSVARA..BENGALI SIGN VISARGA
        0x0984,  // narrow: <unassigned-0984>..<unassigned-09BB>
        0x09BC,  // zero: BENGALI SIGN NUKTA
        0x09BD,  // narrow: BENGALI SIGN AVAGRAHA
        0x09BE,  // spacingMark: BENGALI VOWEL SIGN AA..BENGALI VOWEL SIGN II
        0x09C1,  // zero: BENGALI VOWEL SIGN U..BENGALI VOWEL SIGN VOCALIC RR
        0x09C5,  // narrow: <unassigned-09C5>..<unassigned-09C6>
        0x09C7,  // spacingMark: BENGALI VOWEL SIGN E..BENGALI VOWEL SIGN AI
        0x09C9,  // narrow: <unassigned-09C9>..<unassigned-09CA>
        0x09CB,  // spacingMark: BENGALI VOWEL SIGN O..BENGALI VOWEL SIGN AU
        0x09CD,  // zero: BENGALI SIGN VIRAMA
        0x09CE,  // narrow: BENGALI LETTER KHANDA TA..<unassigned-09D6>
        0x09D7,  // spacingMark: BENGALI AU LENGTH MARK
        0x09D8,  // narrow: <unassigned-09D8>..BENGALI LETTER VOCALIC LL
        0x09E2,  // zero: BENGALI VOWEL SIGN VOCALIC L..BENGALI VOWEL SIGN VOCALIC LL
        0x09E4,  // narrow: <unassigned-09E4>..BENGALI ABBREVIATION SIGN
        0x09FE,  // zero: BENGALI SANDHI MARK
        0x09FF,  // narrow: <unassigned-09FF>..<unassigned-0A00>
        0x0A01,  // zero: GURMUKHI SIGN ADAK BINDI..GURMUKHI SIGN BINDI
        0x0A03,  // spacingMark: GURMUKHI SIGN VISARGA
        0x0A04,  // narrow: <unassigned-0A04>..<unassigned-0A3B>
        0x0A3C,  // zero: GURMUKHI SIGN NUKTA
        0x0A3D,  // narrow: <unassigned-0A3D>
        0x0A3E,  // spacingMark: GURMUKHI VOWEL SIGN AA..GURMUKHI VOWEL SIGN II
        0x0A41,  // zero: GURMUKHI VOWEL SIGN U..GURMUKHI VOWEL SIGN UU
        0x0A43,  // narrow: <unassigned-0A43>..<unassigned-0A46>
        0x0A47,  // zero: GURMUKHI VOWEL SIGN EE..GURMUKHI VOWEL SIGN AI
        0x0A49,  // narrow: <unassigned-0A49>..<unassigned-0A4A>
        0x0A4B,  // zero: GURMUKHI VOWEL SIGN OO..GURMUKHI SIGN VIRAMA
        0x0A4E,  // narrow: <unassigned-0A4E>..<unassigned-0A50>
        0x0A51,  // zero: GURMUKHI SIGN UDAAT
        0x0A52,  // narrow: <unassigned-0A52>..GURMUKHI DIGIT NINE
        0x0A70,  // zero: GURMUKHI TIPPI..GURMUKHI ADDAK
        0x0A72,  // narrow: GURMUKHI IRI..GURMUKHI EK ONKAR
        0x0A75,  // zero: GURMUKHI SIGN YAKASH
        0x0A76,  // narrow: GURMUKHI ABBREVIATION SIGN..<unassigned-0A80>
        0x0A81,  // zero: GUJARATI SIGN CANDRABINDU..GUJARATI SIGN ANUSVARA
        0x0A83,  // spacingMark: GUJARATI SIGN VISARGA
        0x0A84,  // narrow: <unassigned-0A84>..<unassigned-0ABB>
        0x0ABC,  // zero: GUJARATI SIGN NUKTA
        0x0ABD,  // narrow: GUJARATI SIGN AVAGRAHA
        0x0ABE,  // spacingMark: GUJARATI VOWEL SIGN AA..GUJARATI VOWEL SIGN II
        0x0AC1,  // zero: GUJARATI VOWEL SIGN U..GUJARATI VOWEL SIGN CANDRA E
        0x0AC6,  // narrow: <unassigned-0AC6>
        0x0AC7,  // zero: GUJARATI VOWEL SIGN E..GUJARATI VOWEL SIGN AI
        0x0AC9,  // spacingMark: GUJARATI VOWEL SIGN CANDRA O
        0x0ACA,  // narrow: <unassigned-0ACA>
        0x0ACB,  // spacingMark: GUJARATI VOWEL SIGN O..GUJARATI VOWEL SIGN AU
        0x0ACD,  // zero: GUJARATI SIGN VIRAMA
        0x0ACE,  // narrow: <unassigned-0ACE>..GUJARATI LETTER VOCALIC LL
        0x0AE2,  // zero: GUJARATI VOWEL SIGN VOCALIC L..GUJARATI VOWEL SIGN VOCALIC LL
        0x0AE4,  // narrow: <unassigned-0AE4>..GUJARATI LETTER ZHA
        0x0AFA,  // zero: GUJARATI SIGN SUKUN..GUJARATI SIGN TWO-CIRCLE NUKTA ABOVE
        0x0B00,  // narrow: <unassigned-0B00>
        0x0B01,  // zero: ORIYA SIGN CANDRABINDU
        0x0B02,  // spacingMark: ORIYA SIGN ANUSVARA..ORIYA SIGN VISARGA
        0x0B04,  // narrow: <unassigned-0B04>..<unassigned-0B3B>
        0x0B3C,  // zero: ORIYA SIGN NUKTA
        0x0B3D,  // narrow: ORIYA SIGN AVAGRAHA
        0x0B3E,  // spacingMark: ORIYA VOWEL SIGN AA
        0x0B3F,  // zero: ORIYA VOWEL SIGN I
        0x0B40,  // spacingMark: ORIYA VOWEL SIGN II
        0x0B41,  // zero: ORIYA VOWEL SIGN U..ORIYA VOWEL SIGN VOCALIC RR
        0x0B45,  // narrow: <unassigned-0B45>..<unassigned-0B46>
        0x0B47,  // spacingMark: ORIYA VOWEL SIGN E..ORIYA VOWEL SIGN AI
        0x0B49,  // narrow: <unassigned-0B49>..<unassigned-0B4A>
        0x0B4B,  // spacingMark: ORIYA VOWEL SIGN O..ORIYA VOWEL SIGN AU
        0x0B4D,  // zero: ORIYA SIGN VIRAMA
        0x0B4E,  // narrow: <unassigned-0B4E>..<unassigned-0B54>
        0x0B55,  // zero: ORIYA SIGN OVERLINE..ORIYA AI LENGTH MARK
        0x0B57,  // spacingMark: ORIYA AU LENGTH MARK
        0x0B58,  // narrow: <unassigned-0B58>..ORIYA LETTER VOCALIC LL
        0x0B62,  // zero: ORIYA VOWEL SIGN VOCALIC L..ORIYA VOWEL SIGN VOCALIC LL
        0x0B64,  // narrow: <unassigned-0B64>..<unassigned-0B81>
        0x0B82,  // zero: TAMIL SIGN ANUSVARA
        0x0B83,  // narrow: TAMIL SIGN VISARGA..<unassigned-0BBD>
        0x0BBE,  // spacingMark: TAMIL VOWEL SIGN AA..TAMIL VOWEL SIGN I
        0x0BC0,  // zero: TAMIL VOWEL SIGN II
        0x0BC1,  // spacingMark: TAMIL VOWEL SIGN U..TAMIL VOWEL SIGN UU
        0x0BC3,  // narrow: <unassigned-0BC3>..<unassigned-0BC5>
        0x0BC6,  // spacingMark: TAMIL VOWEL SIGN E..TAMIL VOWEL SIGN AI
        0x0BC9,  // narrow: <unassigned-0BC9>
        0x0BCA,  // spacingMark: TAMIL VOWEL SIGN O..TAMIL VOWEL SIGN AU
        0x0BCD,  // zero: TAMIL SIGN VIRAMA
        0x0BCE,  // narrow: <unassigned-0BCE>..<unassigned-0BD6>
        0x0BD7,  // spacingMark: TAMIL AU LENGTH MARK
        0x0BD8,  // narrow: <unassigned-0BD8>..<unassigned-0BFF>
        0x0C00,  // zero: TELUGU SIGN COMBINING CANDRABINDU ABOVE
        0x0C01,  // spacingMark: TELUGU SIGN CANDRABINDU..TELUGU SIGN VISARGA
        0x0C04,  // zero: TELUGU SIGN COMBINING ANUSVARA ABOVE
        0x0C05,  // narrow: TELUGU LETTER A..<unassigned-0C3B>
        0x0C3C,  // zero: TELUGU SIGN NUKTA
        0x0C3D,  // narrow: TELUGU SIGN AVAGRAHA
        0x0C3E,  // zero: TELUGU VOWEL SIGN AA..TELUGU VOWEL SIGN II
        0x0C41,  // spacingMark: TELUGU VOWEL SIGN U..TELUGU VOWEL SIGN VOCALIC RR
        0x0C45,  // narrow: <unassigned-0C45>
        0x0C46,  // zero: TELUGU VOWEL SIGN E..TELUGU VOWEL SIGN AI
        0x0C49,  // narrow: <unassigned-0C49>
        0x0C4A,  // zero: TELUGU VOWEL SIGN O..TELUGU SIGN VIRAMA
        0x0C4E,  // narrow: <unassigned-0C4E>..<unassigned-0C54>
        0x0C55,  // zero: TELUGU LENGTH MARK..TELUGU AI LENGTH MARK
        0x0C57,  // narrow: <unassigned-0C57>..TELUGU LETTER VOCALIC LL
        0x0C62,  // zero: TELUGU VOWEL SIGN VOCALIC L..TELUGU VOWEL SIGN VOCALIC LL
        0x0C64,  // narrow: <unassigned-0C64>..KANNADA SIGN SPACING CANDRABINDU
        0x0C81,  // zero: KANNADA SIGN CANDRABINDU
        0x0C82,  // spacingMark: KANNADA SIGN ANUSVARA..KANNADA SIGN VISARGA
        0x0C84,  // narrow: KANNADA SIGN SIDDHAM..<unassigned-0CBB>
        0x0CBC,  // zero: KANNADA SIGN NUKTA
        0x0CBD,  // narrow: KANNADA SIGN AVAGRAHA
        0x0CBE,  // spacingMark: KANNADA VOWEL SIGN AA
        0x0CBF,  // zero: KANNADA VOWEL SIGN I
        0x0CC0,  // spacingMark: KANNADA VOWEL SIGN II..KANNADA VOWEL SIGN VOCALIC RR
        0x0CC5,  // narrow: <unassigned-0CC5>
        0x0CC6,  // zero: KANNADA VOWEL SIGN E
        0x0CC7,  // spacingMark: KANNADA VOWEL SIGN EE..KANNADA VOWEL SIGN AI
        0x0CC9,  // narrow: <unassigned-0CC9>
        0x0CCA,  // spacingMark: KANNADA VOWEL SIGN O..KANNADA VOWEL SIGN OO
        0x0CCC,  // zero: KANNADA VOWEL SIGN AU..KANNADA SIGN VIRAMA
        0x0CCE,  // narrow: <unassigned-0CCE>..<unassigned-0CD4>
        0x0CD5,  // spacingMark: KANNADA LENGTH MARK..KANNADA AI LENGTH MARK
        0x0CD7,  // narrow: <unassigned-0CD7>..KANNADA LETTER VOCALIC LL
        0x0CE2,  // zero: KANNADA VOWEL SIGN VOCALIC L..KANNADA VOWEL SIGN VOCALIC LL
        0x0CE4,  // narrow: <unassigned-0CE4>..KANNADA SIGN UPADHMANIYA
        0x0CF3,  // spacingMark: KANNADA SIGN COMBINING ANUSVARA ABOVE RIGHT
        0x0CF4,  // narrow: <unassigned-0CF4>..<unassigned-0CFF>
        0x0D00,  // zero: MALAYALAM SIGN COMBINING ANUSVARA ABOVE..MALAYALAM SIGN CANDRABINDU
        0x0D02,  // spacingMark: MALAYALAM SIGN ANUSVARA..MALAYALAM SIGN VISARGA
        0x0D04,  // narrow: MALAYALAM LETTER VEDIC ANUSVARA..MALAYALAM LETTER TTTA
        0x0D3B,  // zero: MALAYALAM SIGN VERTICAL BAR VIRAMA..MALAYALAM SIGN CIRCULAR VIRAMA
        0x0D3D,  // narrow: MALAYALAM SIGN AVAGRAHA
        0x0D3E,  // spacingMark: MALAYALAM VOWEL SIGN AA..MALAYALAM VOWEL SIGN II
        0x0D41,  // zero: MALAYALAM VOWEL SIGN U..MALAYALAM VOWEL SIGN VOCALIC RR
        0x0D45,  // narrow: <unassigned-0D45>
        0x0D46,  // spacingMark: MALAYALAM VOWEL SIGN E..MALAYALAM VOWEL SIGN AI
        0x0D49,  // narrow: <unassigned-0D49>
        0x0D4A,  // spacingMark: MALAYALAM VOWEL SIGN O..MALAYALAM VOWEL SIGN AU
        0x0D4D,  // zero: MALAYALAM SIGN VIRAMA
        0x0D4E,  // narrow: MALAYALAM LETTER DOT REPH..MALAYALAM LETTER CHILLU LLL
        0x0D57,  // spacingMark: MALAYALAM AU LENGTH MARK
        0x0D58,  // narrow: MALAYALAM FRACTION ONE ONE-HUNDRED-AND-SIXTIETH..MALAYALAM LETTER VOCALIC LL
        0x0D62,  // zero: MALAYALAM VOWEL SIGN VOCALIC L..MALAYALAM VOWEL SIGN VOCALIC LL
        0x0D64,  // narrow: <unassigned-0D64>..<unassigned-0D80>
        0x0D81,  // zero: SINHALA SIGN CANDRABINDU
        0x0D82,  // spacingMark: SINHALA SIGN ANUSVARAYA..SINHALA SIGN VISARGAYA
        0x0D84,  // narrow: <unassigned-0D84>..<unassigned-0DC9>
        0x0DCA,  // zero: SINHALA SIGN AL-LAKUNA
        0x0DCB,  // narrow: <unassigned-0DCB>..<unassigned-0DCE>
        0x0DCF,  // spacingMark: SINHALA VOWEL SIGN AELA-PILLA..SINHALA VOWEL SIGN DIGA AEDA-PILLA
        0x0DD2,  // zero: SINHALA VOWEL SIGN KETTI IS-PILLA..SINHALA VOWEL SIGN KETTI PAA-PILLA
        0x0DD5,  // narrow: <unassigned-0DD5>
        0x0DD6,  // zero: SINHALA VOWEL SIGN DIGA PAA-PILLA
        0x0DD7,  // narrow: <unassigned-0DD7>
        0x0DD8,  // spacingMark: SINHALA VOWEL SIGN GAETTA-PILLA..SINHALA VOWEL SIGN GAYANUKITTA
        0x0DE0,  // narrow: <unassigned-0DE0>..<unassigned-0DF1>
        0x0DF2,  // spacingMark: SINHALA VOWEL SIGN DIGA GAETTA-PILLA..SINHALA VOWEL SIGN DIGA GAYANUKITTA
        0x0DF4,  // narrow: SINHALA PUNCTUATION KUNDDALIYA..THAI CHARACTER SARA A
        0x0E31,  // zero: THAI CHARACTER MAI HAN-AKAT
        0x0E32,  // narrow: THAI CHARACTER SARA AA..THAI CHARACTER SARA AM
        0x0E34,  // zero: THAI CHARACTER SARA I..THAI CHARACTER PHINTHU
        0x0E3B,  // narrow: <unassigned-0E3B>..THAI CHARACTER MAIYAMOK
        0x0E47,  // zero: THAI CHARACTER MAITAIKHU..THAI CHARACTER YAMAKKAN
        0x0E4F,  // narrow: THAI CHARACTER FONGMAN..LAO VOWEL SIGN A
        0x0EB1,  // zero: LAO VOWEL SIGN MAI KAN
        0x0EB2,  // narrow: LAO VOWEL SIGN AA..LAO VOWEL SIGN AM
        0x0EB4,  // zero: LAO VOWEL SIGN I..LAO SEMIVOWEL SIGN LO
        0x0EBD,  // narrow: LAO SEMIVOWEL SIGN NYO..<unassigned-0EC7>
        0x0EC8,  // zero: LAO TONE MAI EK..LAO YAMAKKAN
        0x0ECF,  // narrow: <unassigned-0ECF>..TIBETAN ASTROLOGICAL SIGN SGRA GCAN -CHAR RTAGS
        0x0F18,  // zero: TIBETAN ASTROLOGICAL SIGN -KHYUD PA..TIBETAN ASTROLOGICAL SIGN SDONG TSHUGS
        0x0F1A,  // narrow: TIBETAN SIGN RDEL DKAR GCIG..TIBETAN MARK BSDUS RTAGS
        0x0F35,  // zero: TIBETAN MARK NGAS BZUNG NYI ZLA
        0x0F36,  // narrow: TIBETAN MARK CARET -DZUD RTAGS BZHI MIG CAN
        0x0F37,  // zero: TIBETAN MARK NGAS BZUNG SGOR RTAGS
        0x0F38,  // narrow: TIBETAN MARK CHE MGO
        0x0F39,  // zero: TIBETAN MARK TSA -PHRU
        0x0F3A,  // narrow: TIBETAN MARK GUG RTAGS GYON..TIBETAN MARK ANG KHANG GYAS
        0x0F3E,  // spacingMark: TIBETAN SIGN YAR TSHES..TIBETAN SIGN MAR TSHES
        0x0F40,  // narrow: TIBETAN LETTER KA..<unassigned-0F70>
        0x0F71,  // zero: TIBETAN VOWEL SIGN AA..TIBETAN SIGN RJES SU NGA RO
        0x0F7F,  // spacingMark: TIBETAN SIGN RNAM BCAD
        0x0F80,  // zero: TIBETAN VOWEL SIGN REVERSED I..TIBETAN MARK HALANTA
        0x0F85,  // narrow: TIBETAN MARK PALUTA
        0x0F86,  // zero: TIBETAN SIGN LCI RTAGS..TIBETAN SIGN YANG RTAGS
        0x0F88,  // narrow: TIBETAN SIGN LCE TSA CAN..TIBETAN SIGN INVERTED MCHU CAN
        0x0F8D,  // zero: TIBETAN SUBJOINED SIGN LCE TSA CAN..TIBETAN SUBJOINED LETTER JA
        0x0F98,  // narrow: <unassigned-0F98>
        0x0F99,  // zero: TIBETAN SUBJOINED LETTER NYA..TIBETAN SUBJOINED LETTER FIXED-FORM RA
        0x0FBD,  // narrow: <unassigned-0FBD>..TIBETAN SYMBOL RDO RJE
        0x0FC6,  // zero: TIBETAN SYMBOL PADMA GDAN
        0x0FC7,  // narrow: TIBETAN SYMBOL RDO RJE RGYA GRAM..MYANMAR LETTER AU
        0x102B,  // spacingMark: MYANMAR VOWEL SIGN TALL AA..MYANMAR VOWEL SIGN AA
        0x102D,  // zero: MYANMAR VOWEL SIGN I..MYANMAR VOWEL SIGN UU
        0x1031,  // spacingMark: MYANMAR VOWEL SIGN E
        0x1032,  // zero: MYANMAR VOWEL SIGN AI..MYANMAR SIGN DOT BELOW
        0x1038,  // spacingMark: MYANMAR SIGN VISARGA
        0x1039,  // zero: MYANMAR SIGN VIRAMA..MYANMAR SIGN ASAT
        0x103B,  // spacingMark: MYANMAR CONSONANT SIGN MEDIAL YA..MYANMAR CONSONANT SIGN MEDIAL RA
        0x103D,  // zero: MYANMAR CONSONANT SIGN MEDIAL WA..MYANMAR CONSONANT SIGN MEDIAL HA
        0x103F,  // narrow: MYANMAR LETTER GREAT SA..MYANMAR LETTER VOCALIC LL
        0x1056,  // spacingMark: MYANMAR VOWEL SIGN VOCALIC R..MYANMAR VOWEL SIGN VOCALIC RR
        0x1058,  // zero: MYANMAR VOWEL SIGN VOCALIC L..MYANMAR VOWEL SIGN VOCALIC LL
        0x105A,  // narrow: MYANMAR LETTER MON NGA..MYANMAR LETTER MON BBE
        0x105E,  // zero: MYANMAR CONSONANT SIGN MON MEDIAL NA..MYANMAR CONSONANT SIGN MON MEDIAL LA
        0x1061,  // narrow: MYANMAR LETTER SGAW KAREN SHA
        0x1062,  // spacingMark: MYANMAR VOWEL SIGN SGAW KAREN EU..MYANMAR TONE MARK SGAW KAREN KE PHO
        0x1065,  // narrow: MYANMAR LETTER WESTERN PWO KAREN THA..MYANMAR LETTER WESTERN PWO KAREN PWA
        0x1067,  // spacingMark: MYANMAR VOWEL SIGN WESTERN PWO KAREN EU..MYANMAR SIGN WESTERN PWO KAREN TONE-5
        0x106E,  // narrow: MYANMAR LETTER EASTERN PWO KAREN NNA..MYANMAR LETTER EASTERN PWO KAREN GHWA
        0x1071,  // zero: MYANMAR VOWEL SIGN GEBA KAREN I..MYANMAR VOWEL SIGN KAYAH EE
        0x1075,  // narrow: MYANMAR LETTER SHAN KA..MYANMAR LETTER SHAN HA
        0x1082,  // zero: MYANMAR CONSONANT SIGN SHAN MEDIAL WA
        0x1083,  // spacingMark: MYANMAR VOWEL SIGN SHAN AA..MYANMAR VOWEL SIGN SHAN E
        0x1085,  // zero: MYANMAR VOWEL SIGN SHAN E ABOVE..MYANMAR VOWEL SIGN SHAN FINAL Y
        0x1087,  // spacingMark: MYANMAR SIGN SHAN TONE-2..MYANMAR SIGN SHAN COUNCIL TONE-3
        0x108D,  // zero: MYANMAR SIGN SHAN COUNCIL EMPHATIC TONE
        0x108E,  // narrow: MYANMAR LETTER RUMAI PALAUNG FA
        0x108F,  // spacingMark: MYANMAR SIGN RUMAI PALAUNG TONE-5
        0x1090,  // narrow: MYANMAR SHAN DIGIT ZERO..MYANMAR SHAN DIGIT NINE
        0x109A,  // spacingMark: MYANMAR SIGN KHAMTI TONE-1..MYANMAR VOWEL SIGN AITON A
        0x109D,  // zero: MYANMAR VOWEL SIGN AITON AI
        0x109E,  // narrow: MYANMAR SYMBOL SHAN ONE..GEORGIAN LETTER LABIAL SIGN
        0x1100,  // wide: HANGUL CHOSEONG KIYEOK..HANGUL CHOSEONG FILLER
        0x1160,  // zero: HANGUL JUNGSEONG FILLER..HANGUL JONGSEONG SSANGNIEUN
        0x1200,  // narrow: ETHIOPIC SYLLABLE HA..<unassigned-135C>
        0x135D,  // zero: ETHIOPIC COMBINING GEMINATION AND VOWEL LENGTH MARK..ETHIOPIC COMBINING GEMINATION MARK
        0x1360,  // narrow: ETHIOPIC SECTION MARK..TAGALOG LETTER HA
        0x1712,  // zero: TAGALOG VOWEL SIGN I..TAGALOG SIGN VIRAMA
        0x1715,  // spacingMark: TAGALOG SIGN PAMUDPOD
        0x1716,  // narrow: <unassigned-1716>..HANUNOO LETTER HA
        0x1732,  // zero: HANUNOO VOWEL SIGN I..HANUNOO VOWEL SIGN U
        0x1734,  // spacingMark: HANUNOO SIGN PAMUDPOD
        0x1735,  // narrow: PHILIPPINE SINGLE PUNCTUATION..BUHID LETTER HA
        0x1752,  // zero: BUHID VOWEL SIGN I..BUHID VOWEL SIGN U
        0x1754,  // narrow: <unassigned-1754>..<unassigned-1771>
        0x1772,  // zero: TAGBANWA VOWEL SIGN I..TAGBANWA VOWEL SIGN U
        0x1774,  // narrow: <unassigned-1774>..KHMER INDEPENDENT VOWEL QAU
        0x17B4,  // zero: KHMER VOWEL INHERENT AQ..KHMER VOWEL INHERENT AA
        0x17B6,  // spacingMark: KHMER VOWEL SIGN AA
        0x17B7,  // zero: KHMER VOWEL SIGN I..KHMER VOWEL SIGN UA
        0x17BE,  // spacingMark: KHMER VOWEL SIGN OE..KHMER VOWEL SIGN AU
        0x17C6,  // zero: KHMER SIGN NIKAHIT
        0x17C7,  // spacingMark: KHMER SIGN REAHMUK..KHMER SIGN YUUKALEAPINTU
        0x17C9,  // zero: KHMER SIGN MUUSIKATOAN..KHMER SIGN BATHAMASAT
        0x17D4,  // narrow: KHMER SIGN KHAN..KHMER SIGN AVAKRAHASANYA
        0x17DD,  // zero: KHMER SIGN ATTHACAN
        0x17DE,  // narrow: <unassigned-17DE>..MONGOLIAN NIRUGU
        0x180B,  // zero: MONGOLIAN FREE VARIATION SELECTOR ONE..MONGOLIAN FREE VARIATION SELECTOR FOUR
        0x1810,  // narrow: MONGOLIAN DIGIT ZERO..MONGOLIAN LETTER ALI GALI INVERTED UBADAMA
        0x1885,  // zero: MONGOLIAN LETTER ALI GALI BALUDA..MONGOLIAN LETTER ALI GALI THREE BALUDA
        0x1887,  // narrow: MONGOLIAN LETTER ALI GALI A..MONGOLIAN LETTER MANCHU ALI GALI BHA
        0x18A9,  // zero: MONGOLIAN LETTER ALI GALI DAGALGA
        0x18AA,  // narrow: MONGOLIAN LETTER MANCHU ALI GALI LHA..<unassigned-191F>
        0x1920,  // zero: LIMBU VOWEL SIGN A..LIMBU VOWEL SIGN U
        0x1923,  // spacingMark: LIMBU VOWEL SIGN EE..LIMBU VOWEL SIGN AU
        0x1927,  // zero: LIMBU VOWEL SIGN E..LIMBU VOWEL SIGN O
        0x1929,  // spacingMark: LIMBU SUBJOINED LETTER YA..LIMBU SUBJOINED LETTER WA
        0x192C,  // narrow: <unassigned-192C>..<unassigned-192F>
        0x1930,  // spacingMark: LIMBU SMALL LETTER KA..LIMBU SMALL LETTER NGA
        0x1932,  // zero: LIMBU SMALL LETTER ANUSVARA
        0x1933,  // spacingMark: LIMBU SMALL LETTER TA..LIMBU SMALL LETTER LA
        0x1939,  // zero: LIMBU SIGN MUKPHRENG..LIMBU SIGN SA-I
        0x193C,  // narrow: <unassigned-193C>..BUGINESE LETTER HA
        0x1A17,  // zero: BUGINESE VOWEL SIGN I..BUGINESE VOWEL SIGN U
        0x1A19,  // spacingMark: BUGINESE VOWEL SIGN E..BUGINESE VOWEL SIGN O
        0x1A1B,  // zero: BUGINESE VOWEL SIGN AE
        0x1A1C,  // narrow: <unassigned-1A1C>..TAI THAM LETTER GREAT SA
        0x1A55,  // spacingMark: TAI THAM CONSONANT SIGN MEDIAL RA
        0x1A56,  // zero: TAI THAM CONSONANT SIGN MEDIAL LA
        0x1A57,  // spacingMark: TAI THAM CONSONANT SIGN LA TANG LAI
        0x1A58,  // zero: TAI THAM SIGN MAI KANG LAI..TAI THAM CONSONANT SIGN SA
        0x1A5F,  // narrow: <unassigned-1A5F>
        0x1A60,  // zero: TAI THAM SIGN SAKOT
        0x1A61,  // spacingMark: TAI THAM VOWEL SIGN A
        0x1A62,  // zero: TAI THAM VOWEL SIGN MAI SAT
        0x1A63,  // spacingMark: TAI THAM VOWEL SIGN AA..TAI THAM VOWEL SIGN TALL AA
        0x1A65,  // zero: TAI THAM VOWEL SIGN I..TAI THAM VOWEL SIGN OA BELOW
        0x1A6D,  // spacingMark: TAI THAM VOWEL SIGN OY..TAI THAM VOWEL SIGN THAM AI
        0x1A73,  // zero: TAI THAM VOWEL SIGN OA ABOVE..TAI THAM SIGN KHUEN-LUE KARAN
        0x1A7D,  // narrow: <unassigned-1A7D>..<unassigned-1A7E>
        0x1A7F,  // zero: TAI THAM COMBINING CRYPTOGRAMMIC DOT
        0x1A80,  // narrow: TAI THAM HORA DIGIT ZERO..<unassigned-1AAF>
        0x1AB0,  // zero: COMBINING DOUBLED CIRCUMFLEX ACCENT..COMBINING DOT-AND-RING BELOW
        0x1ADE,  // narrow: <unassigned-1ADE>..<unassigned-1ADF>
        0x1AE0,  // zero: COMBINING LEFT TACK ABOVE..COMBINING DOUBLE RIGHTWARDS ARROW ABOVE
        0x1AEC,  // narrow: <unassigned-1AEC>..<unassigned-1AFF>
        0x1B00,  // zero: BALINESE SIGN ULU RICEM..BALINESE SIGN SURANG
        0x1B04,  // spacingMark: BALINESE SIGN BISAH
        0x1B05,  // narrow: BALINESE LETTER AKARA..BALINESE LETTER HA
        0x1B34,  // zero: BALINESE SIGN REREKAN
        0x1B35,  // spacingMark: BALINESE VOWEL SIGN TEDUNG
        0x1B36,  // zero: BALINESE VOWEL SIGN ULU..BALINESE VOWEL SIGN RA REPA
        0x1B3B,  // spacingMark: BALINESE VOWEL SIGN RA REPA TEDUNG
        0x1B3C,  // zero: BALINESE VOWEL SIGN LA LENGA
        0x1B3D,  // spacingMark: BALINESE VOWEL SIGN LA LENGA TEDUNG..BALINESE VOWEL SIGN TALING REPA TEDUNG
        0x1B42,  // zero: BALINESE VOWEL SIGN PEPET
        0x1B43,  // spacingMark: BALINESE VOWEL SIGN PEPET TEDUNG..BALINESE ADEG ADEG
        0x1B45,  // narrow: BALINESE LETTER KAF SASAK..BALINESE MUSICAL SYMBOL DANG GEDE
        0x1B6B,  // zero: BALINESE MUSICAL SYMBOL COMBINING TEGEH..BALINESE MUSICAL SYMBOL COMBINING GONG
        0x1B74,  // narrow: BALINESE MUSICAL SYMBOL RIGHT-HAND OPEN DUG..BALINESE PANTI BAWAK
        0x1B80,  // zero: SUNDANESE SIGN PANYECEK..SUNDANESE SIGN PANGLAYAR
        0x1B82,  // spacingMark: SUNDANESE SIGN PANGWISAD
        0x1B83,  // narrow: SUNDANESE LETTER A..SUNDANESE LETTER HA
        0x1BA1,  // spacingMark: SUNDANESE CONSONANT SIGN PAMINGKAL
        0x1BA2,  // zero: SUNDANESE CONSONANT SIGN PANYAKRA..SUNDANESE VOWEL SIGN PANYUKU
        0x1BA6,  // spacingMark: SUNDANESE VOWEL SIGN PANAELAENG..SUNDANESE VOWEL SIGN PANOLONG
        0x1BA8,  // zero: SUNDANESE VOWEL SIGN PAMEPET..SUNDANESE VOWEL SIGN PANEULEUNG
        0x1BAA,  // spacingMark: SUNDANESE SIGN PAMAAEH
        0x1BAB,  // zero: SUNDANESE SIGN VIRAMA..SUNDANESE CONSONANT SIGN PASANGAN WA
        0x1BAE,  // narrow: SUNDANESE LETTER KHA..BATAK LETTER U
        0x1BE6,  // zero: BATAK SIGN TOMPI
        0x1BE7,  // spacingMark: BATAK VOWEL SIGN E
        0x1BE8,  // zero: BATAK VOWEL SIGN PAKPAK E..BATAK VOWEL SIGN EE
        0x1BEA,  // spacingMark: BATAK VOWEL SIGN I..BATAK VOWEL SIGN O
        0x1BED,  // zero: BATAK VOWEL SIGN KARO O
        0x1BEE,  // spacingMark: BATAK VOWEL SIGN U
        0x1BEF,  // zero: BATAK VOWEL SIGN U FOR SIMALUNGUN SA..BATAK CONSONANT SIGN H
        0x1BF2,  // spacingMark: BATAK PANGOLAT..BATAK PANONGONAN
        0x1BF4,  // narrow: <unassigned-1BF4>..LEPCHA LETTER A
        0x1C24,  // spacingMark: LEPCHA SUBJOINED LETTER YA..LEPCHA VOWEL SIGN UU
        0x1C2C,  // zero: LEPCHA VOWEL SIGN E..LEPCHA CONSONANT SIGN T
        0x1C34,  // spacingMark: LEPCHA CONSONANT SIGN NYIN-DO..LEPCHA CONSONANT SIGN KANG
        0x1C36,  // zero: LEPCHA SIGN RAN..LEPCHA SIGN NUKTA
        0x1C38,  // narrow: <unassigned-1C38>..<unassigned-1CCF>
        0x1CD0,  // zero: VEDIC TONE KARSHANA..VEDIC TONE PRENKHA
        0x1CD3,  // narrow: VEDIC SIGN NIHSHVASA
        0x1CD4,  // zero: VEDIC SIGN YAJURVEDIC MIDLINE SVARITA..VEDIC TONE RIGVEDIC KASHMIRI INDEPENDENT SVARITA
        0x1CE1,  // spacingMark: VEDIC TONE ATHARVAVEDIC INDEPENDENT SVARITA
        0x1CE2,  // zero: VEDIC SIGN VISARGA SVARITA..VEDIC SIGN VISARGA ANUDATTA WITH TAIL
        0x1CE9,  // narrow: VEDIC SIGN ANUSVARA ANTARGOMUKHA..VEDIC SIGN ANUSVARA VAMAGOMUKHA WITH TAIL
        0x1CED,  // zero: VEDIC SIGN TIRYAK
        0x1CEE,  // narrow: VEDIC SIGN HEXIFORM LONG ANUSVARA..VEDIC SIGN ROTATED ARDHAVISARGA
        0x1CF4,  // zero: VEDIC TONE CANDRA ABOVE
        0x1CF5,  // narrow: VEDIC SIGN JIHVAMULIYA..VEDIC SIGN UPADHMANIYA
        0x1CF7,  // spacingMark: VEDIC SIGN ATIKRAMA
        0x1CF8,  // zero: VEDIC TONE RING ABOVE..VEDIC TONE DOUBLE RING ABOVE
        0x1CFA,  // narrow: VEDIC SIGN DOUBLE ANUSVARA ANTARGOMUKHA..MODIFIER LETTER SMALL THETA
        0x1DC0,  // zero: COMBINING DOTTED GRAVE ACCENT..COMBINING RIGHT ARROWHEAD AND DOWN ARROWHEAD BELOW
        0x1E00,  // narrow: LATIN CAPITAL LETTER A WITH RING BELOW..HAIR SPACE
        0x200B,  // zero: ZERO WIDTH SPACE..RIGHT-TO-LEFT MARK
        0x2010,  // narrow: HYPHEN..HYPHENATION POINT
        0x2028,  // zero: LINE SEPARATOR..RIGHT-TO-LEFT OVERRIDE
        0x202F,  // narrow: NARROW NO-BREAK SPACE..REFERENCE MARK
        0x203C,  // emojiVariationBase: DOUBLE EXCLAMATION MARK
        0x203D,  // narrow: INTERROBANG..QUESTION EXCLAMATION MARK
        0x2049,  // emojiVariationBase: EXCLAMATION QUESTION MARK
        0x204A,  // narrow: TIRONIAN SIGN ET..MEDIUM MATHEMATICAL SPACE
        0x2060,  // zero: WORD JOINER..NOMINAL DIGIT SHAPES
        0x2070,  // narrow: SUPERSCRIPT ZERO..<unassigned-20CF>
        0x20D0,  // zero: COMBINING LEFT HARPOON ABOVE..COMBINING ASTERISK ABOVE
        0x20F1,  // narrow: <unassigned-20F1>..TELEPHONE SIGN
        0x2122,  // emojiVariationBase: TRADE MARK SIGN
        0x2123,  // narrow: VERSICLE..DALET SYMBOL
        0x2139,  // emojiVariationBase: INFORMATION SOURCE
        0x213A,  // narrow: ROTATED CAPITAL Q..DOWNWARDS ARROW
        0x2194,  // emojiVariationBase: LEFT RIGHT ARROW..SOUTH WEST ARROW
        0x219A,  // narrow: LEFTWARDS ARROW WITH STROKE..UP DOWN ARROW WITH BASE
        0x21A9,  // emojiVariationBase: LEFTWARDS ARROW WITH HOOK..RIGHTWARDS ARROW WITH HOOK
        0x21AB,  // narrow: LEFTWARDS ARROW WITH LOOP..TURNED NOT SIGN
        0x231A,  // wide: WATCH..HOURGLASS
        0x231C,  // narrow: TOP LEFT CORNER..X IN A RECTANGLE BOX
        0x2328,  // emojiVariationBase: KEYBOARD
        0x2329,  // wide: LEFT-POINTING ANGLE BRACKET..RIGHT-POINTING ANGLE BRACKET
        0x232B,  // narrow: ERASE TO THE LEFT..RETURN SYMBOL
        0x23CF,  // emojiVariationBase: EJECT SYMBOL
        0x23D0,  // narrow: VERTICAL LINE EXTENSION..DECIMAL EXPONENT SYMBOL
        0x23E9,  // wide: BLACK RIGHT-POINTING DOUBLE TRIANGLE..BLACK DOWN-POINTING DOUBLE TRIANGLE
        0x23ED,  // emojiVariationBase: BLACK RIGHT-POINTING DOUBLE TRIANGLE WITH VERTICAL BAR..BLACK RIGHT-POINTING TRIANGLE WITH DOUBLE VERTICAL BAR
        0x23F0,  // wide: ALARM CLOCK
        0x23F1,  // emojiVariationBase: STOPWATCH..TIMER CLOCK
        0x23F3,  // wide: HOURGLASS WITH FLOWING SAND
        0x23F4,  // narrow: BLACK MEDIUM LEFT-POINTING TRIANGLE..BLACK MEDIUM DOWN-POINTING TRIANGLE
        0x23F8,  // emojiVariationBase: DOUBLE VERTICAL BAR..BLACK CIRCLE FOR RECORD
        0x23FB,  // narrow: POWER SYMBOL..CIRCLED LATIN CAPITAL LETTER L
        0x24C2,  // emojiVariationBase: CIRCLED LATIN CAPITAL LETTER M
        0x24C3,  // narrow: CIRCLED LATIN CAPITAL LETTER N..SQUARE WITH DIAGONAL CROSSHATCH FILL
        0x25AA,  // emojiVariationBase: BLACK SMALL SQUARE..WHITE SMALL SQUARE
        0x25AC,  // narrow: BLACK RECTANGLE..WHITE UP-POINTING SMALL TRIANGLE
        0x25B6,  // emojiVariationBase: BLACK RIGHT-POINTING TRIANGLE
        0x25B7,  // narrow: WHITE RIGHT-POINTING TRIANGLE..WHITE DOWN-POINTING SMALL TRIANGLE
        0x25C0,  // emojiVariationBase: BLACK LEFT-POINTING TRIANGLE
        0x25C1,  // narrow: WHITE LEFT-POINTING TRIANGLE..LOWER LEFT TRIANGLE
        0x25FB,  // emojiVariationBase: WHITE MEDIUM SQUARE..BLACK MEDIUM SQUARE
        0x25FD,  // wide: WHITE MEDIUM SMALL SQUARE..BLACK MEDIUM SMALL SQUARE
        0x25FF,  // narrow: LOWER RIGHT TRIANGLE
        0x2600,  // emojiVariationBase: BLACK SUN WITH RAYS..COMET
        0x2605,  // narrow: BLACK STAR..OPPOSITION
        0x260E,  // emojiVariationBase: BLACK TELEPHONE
        0x260F,  // narrow: WHITE TELEPHONE..BALLOT BOX
        0x2611,  // emojiVariationBase: BALLOT BOX WITH CHECK
        0x2612,  // narrow: BALLOT BOX WITH X..SALTIRE
        0x2614,  // wide: UMBRELLA WITH RAIN DROPS..HOT BEVERAGE
        0x2616,  // narrow: WHITE SHOGI PIECE..BLACK SHOGI PIECE
        0x2618,  // emojiVariationBase: SHAMROCK
        0x2619,  // narrow: REVERSED ROTATED FLORAL HEART BULLET..WHITE LEFT POINTING INDEX
        0x261D,  // emojiVariationBase: WHITE UP POINTING INDEX
        0x261E,  // narrow: WHITE RIGHT POINTING INDEX..WHITE DOWN POINTING INDEX
        0x2620,  // emojiVariationBase: SKULL AND CROSSBONES
        0x2621,  // narrow: CAUTION SIGN
        0x2622,  // emojiVariationBase: RADIOACTIVE SIGN..BIOHAZARD SIGN
        0x2624,  // narrow: CADUCEUS..ANKH
        0x2626,  // emojiVariationBase: ORTHODOX CROSS
        0x2627,  // narrow: CHI RHO..CROSS OF JERUSALEM
        0x262A,  // emojiVariationBase: STAR AND CRESCENT
        0x262B,  // narrow: FARSI SYMBOL..HAMMER AND SICKLE
        0x262E,  // emojiVariationBase: PEACE SYMBOL..YIN YANG
        0x2630,  // wide: TRIGRAM FOR HEAVEN..TRIGRAM FOR EARTH
        0x2638,  // emojiVariationBase: WHEEL OF DHARMA..WHITE SMILING FACE
        0x263B,  // narrow: BLACK SMILING FACE..MERCURY
        0x2640,  // emojiVariationBase: FEMALE SIGN
        0x2641,  // narrow: EARTH
        0x2642,  // emojiVariationBase: MALE SIGN
        0x2643,  // narrow: JUPITER..PLUTO
        0x2648,  // wide: ARIES..PISCES
        0x2654,  // narrow: WHITE CHESS KING..BLACK CHESS KNIGHT
        0x265F,  // emojiVariationBase: BLACK CHESS PAWN..BLACK SPADE SUIT
        0x2661,  // narrow: WHITE HEART SUIT..WHITE DIAMOND SUIT
        0x2663,  // emojiVariationBase: BLACK CLUB SUIT
        0x2664,  // narrow: WHITE SPADE SUIT
        0x2665,  // emojiVariationBase: BLACK HEART SUIT..BLACK DIAMOND SUIT
        0x2667,  // narrow: WHITE CLUB SUIT
        0x2668,  // emojiVariationBase: HOT SPRINGS
        0x2669,  // narrow: QUARTER NOTE..RECYCLING SYMBOL FOR GENERIC MATERIALS
        0x267B,  // emojiVariationBase: BLACK UNIVERSAL RECYCLING SYMBOL
        0x267C,  // narrow: RECYCLED PAPER SYMBOL..PARTIALLY-RECYCLED PAPER SYMBOL
        0x267E,  // emojiVariationBase: PERMANENT PAPER SIGN
        0x267F,  // wide: WHEELCHAIR SYMBOL
        0x2680,  // narrow: DIE FACE-1..BLACK CIRCLE WITH TWO WHITE DOTS
        0x268A,  // wide: MONOGRAM FOR YANG..DIGRAM FOR GREATER YIN
        0x2690,  // narrow: WHITE FLAG..BLACK FLAG
        0x2692,  // emojiVariationBase: HAMMER AND PICK
        0x2693,  // wide: ANCHOR
        0x2694,  // emojiVariationBase: CROSSED SWORDS..ALEMBIC
        0x2698,  // narrow: FLOWER
        0x2699,  // emojiVariationBase: GEAR
        0x269A,  // narrow: STAFF OF HERMES
        0x269B,  // emojiVariationBase: ATOM SYMBOL..FLEUR-DE-LIS
        0x269D,  // narrow: OUTLINED WHITE STAR..THREE LINES CONVERGING LEFT
        0x26A0,  // emojiVariationBase: WARNING SIGN
        0x26A1,  // wide: HIGH VOLTAGE SIGN
        0x26A2,  // narrow: DOUBLED FEMALE SIGN..MALE WITH STROKE SIGN
        0x26A7,  // emojiVariationBase: MALE WITH STROKE AND MALE AND FEMALE SIGN
        0x26A8,  // narrow: VERTICAL MALE WITH STROKE SIGN..HORIZONTAL MALE WITH STROKE SIGN
        0x26AA,  // wide: MEDIUM WHITE CIRCLE..MEDIUM BLACK CIRCLE
        0x26AC,  // narrow: MEDIUM SMALL WHITE CIRCLE..UNMARRIED PARTNERSHIP SYMBOL
        0x26B0,  // emojiVariationBase: COFFIN..FUNERAL URN
        0x26B2,  // narrow: NEUTER..SESQUIQUADRATE
        0x26BD,  // wide: SOCCER BALL..BASEBALL
        0x26BF,  // narrow: SQUARED KEY..BLACK DRAUGHTS KING
        0x26C4,  // wide: SNOWMAN WITHOUT SNOW..SUN BEHIND CLOUD
        0x26C6,  // narrow: RAIN..BLACK SNOWMAN
        0x26C8,  // emojiVariationBase: THUNDER CLOUD AND RAIN
        0x26C9,  // narrow: TURNED WHITE SHOGI PIECE..DISABLED CAR
        0x26CE,  // wide: OPHIUCHUS
        0x26CF,  // emojiVariationBase: PICK
        0x26D0,  // narrow: CAR SLIDING
        0x26D1,  // emojiVariationBase: HELMET WITH WHITE CROSS
        0x26D2,  // narrow: CIRCLED CROSSING LANES
        0x26D3,  // emojiVariationBase: CHAINS
        0x26D4,  // wide: NO ENTRY
        0x26D5,  // narrow: ALTERNATE ONE-WAY LEFT WAY TRAFFIC..BLACK CROSS ON SHIELD
        0x26E9,  // emojiVariationBase: SHINTO SHRINE
        0x26EA,  // wide: CHURCH
        0x26EB,  // narrow: CASTLE..MAP SYMBOL FOR LIGHTHOUSE
        0x26F0,  // emojiVariationBase: MOUNTAIN..UMBRELLA ON GROUND
        0x26F2,  // wide: FOUNTAIN..FLAG IN HOLE
        0x26F4,  // emojiVariationBase: FERRY
        0x26F5,  // wide: SAILBOAT
        0x26F6,  // narrow: SQUARE FOUR CORNERS
        0x26F7,  // emojiVariationBase: SKIER..PERSON WITH BALL
        0x26FA,  // wide: TENT
        0x26FB,  // narrow: JAPANESE BANK SYMBOL..HEADSTONE GRAVEYARD SYMBOL
        0x26FD,  // wide: FUEL PUMP
        0x26FE,  // narrow: CUP ON BLACK SQUARE..UPPER BLADE SCISSORS
        0x2702,  // emojiVariationBase: BLACK SCISSORS
        0x2703,  // narrow: LOWER BLADE SCISSORS..WHITE SCISSORS
        0x2705,  // wide: WHITE HEAVY CHECK MARK
        0x2706,  // narrow: TELEPHONE LOCATION SIGN..TAPE DRIVE
        0x2708,  // emojiVariationBase: AIRPLANE..ENVELOPE
        0x270A,  // wide: RAISED FIST..RAISED HAND
        0x270C,  // emojiVariationBase: VICTORY HAND..WRITING HAND
        0x270E,  // narrow: LOWER RIGHT PENCIL
        0x270F,  // emojiVariationBase: PENCIL
        0x2710,  // narrow: UPPER RIGHT PENCIL..WHITE NIB
        0x2712,  // emojiVariationBase: BLACK NIB
        0x2713,  // narrow: CHECK MARK
        0x2714,  // emojiVariationBase: HEAVY CHECK MARK
        0x2715,  // narrow: MULTIPLICATION X
        0x2716,  // emojiVariationBase: HEAVY MULTIPLICATION X
        0x2717,  // narrow: BALLOT X..HEAVY OPEN CENTRE CROSS
        0x271D,  // emojiVariationBase: LATIN CROSS
        0x271E,  // narrow: SHADOWED WHITE LATIN CROSS..MALTESE CROSS
        0x2721,  // emojiVariationBase: STAR OF DAVID
        0x2722,  // narrow: FOUR TEARDROP-SPOKED ASTERISK..WHITE FOUR POINTED STAR
        0x2728,  // wide: SPARKLES
        0x2729,  // narrow: STRESS OUTLINED WHITE STAR..OPEN CENTRE ASTERISK
        0x2733,  // emojiVariationBase: EIGHT SPOKED ASTERISK..EIGHT POINTED BLACK STAR
        0x2735,  // narrow: EIGHT POINTED PINWHEEL STAR..HEAVY TEARDROP-SPOKED PINWHEEL ASTERISK
        0x2744,  // emojiVariationBase: SNOWFLAKE
        0x2745,  // narrow: TIGHT TRIFOLIATE SNOWFLAKE..HEAVY CHEVRON SNOWFLAKE
        0x2747,  // emojiVariationBase: SPARKLE
        0x2748,  // narrow: HEAVY SPARKLE..HEAVY EIGHT TEARDROP-SPOKED PROPELLER ASTERISK
        0x274C,  // wide: CROSS MARK
        0x274D,  // narrow: SHADOWED WHITE CIRCLE
        0x274E,  // wide: NEGATIVE SQUARED CROSS MARK
        0x274F,  // narrow: LOWER RIGHT DROP-SHADOWED WHITE SQUARE..UPPER RIGHT SHADOWED WHITE SQUARE
        0x2753,  // wide: BLACK QUESTION MARK ORNAMENT..WHITE EXCLAMATION MARK ORNAMENT
        0x2756,  // narrow: BLACK DIAMOND MINUS WHITE X
        0x2757,  // wide: HEAVY EXCLAMATION MARK SYMBOL
        0x2758,  // narrow: LIGHT VERTICAL BAR..HEAVY EXCLAMATION MARK ORNAMENT
        0x2763,  // emojiVariationBase: HEAVY HEART EXCLAMATION MARK ORNAMENT..HEAVY BLACK HEART
        0x2765,  // narrow: ROTATED HEAVY BLACK HEART BULLET..HEAVY WIDE-HEADED RIGHTWARDS ARROW
        0x2795,  // wide: HEAVY PLUS SIGN..HEAVY DIVISION SIGN
        0x2798,  // narrow: HEAVY SOUTH EAST ARROW..HEAVY DASHED TRIANGLE-HEADED RIGHTWARDS ARROW
        0x27A1,  // emojiVariationBase: BLACK RIGHTWARDS ARROW
        0x27A2,  // narrow: THREE-D TOP-LIGHTED RIGHTWARDS ARROWHEAD..NOTCHED LOWER RIGHT-SHADOWED WHITE RIGHTWARDS ARROW
        0x27B0,  // wide: CURLY LOOP
        0x27B1,  // narrow: NOTCHED UPPER RIGHT-SHADOWED WHITE RIGHTWARDS ARROW..OPEN-OUTLINED RIGHTWARDS ARROW
        0x27BF,  // wide: DOUBLE CURLY LOOP
        0x27C0,  // narrow: THREE DIMENSIONAL ANGLE..WAVE ARROW POINTING DIRECTLY RIGHT
        0x2934,  // emojiVariationBase: ARROW POINTING RIGHTWARDS THEN CURVING UPWARDS..ARROW POINTING RIGHTWARDS THEN CURVING DOWNWARDS
        0x2936,  // narrow: ARROW POINTING DOWNWARDS THEN CURVING LEFTWARDS..LEFT RIGHT WHITE ARROW
        0x2B05,  // emojiVariationBase: LEFTWARDS BLACK ARROW..DOWNWARDS BLACK ARROW
        0x2B08,  // narrow: NORTH EAST BLACK ARROW..DOTTED SQUARE
        0x2B1B,  // wide: BLACK LARGE SQUARE..WHITE LARGE SQUARE
        0x2B1D,  // narrow: BLACK VERY SMALL SQUARE..SHORT BACKSLANTED SOUTH ARROW
        0x2B50,  // wide: WHITE MEDIUM STAR
        0x2B51,  // narrow: BLACK SMALL STAR..WHITE RIGHT-POINTING PENTAGON
        0x2B55,  // wide: HEAVY LARGE CIRCLE
        0x2B56,  // narrow: HEAVY OVAL WITH OVAL INSIDE..COPTIC SMALL LETTER CRYPTOGRAMMIC GANGIA
        0x2CEF,  // zero: COPTIC COMBINING NI ABOVE..COPTIC COMBINING SPIRITUS LENIS
        0x2CF2,  // narrow: COPTIC CAPITAL LETTER BOHAIRIC KHEI..<unassigned-2D7E>
        0x2D7F,  // zero: TIFINAGH CONSONANT JOINER
        0x2D80,  // narrow: ETHIOPIC SYLLABLE LOA..<unassigned-2DDF>
        0x2DE0,  // zero: COMBINING CYRILLIC LETTER BE..COMBINING CYRILLIC LETTER IOTIFIED BIG YUS
        0x2E00,  // narrow: RIGHT ANGLE SUBSTITUTION MARKER..<unassigned-2E7F>
        0x2E80,  // wide: CJK RADICAL REPEAT..CJK RADICAL RAP
        0x2E9A,  // narrow: <unassigned-2E9A>
        0x2E9B,  // wide: CJK RADICAL CHOKE..CJK RADICAL C-SIMPLIFIED TURTLE
        0x2EF4,  // narrow: <unassigned-2EF4>..<unassigned-2EFF>
        0x2F00,  // wide: KANGXI RADICAL ONE..KANGXI RADICAL FLUTE
        0x2FD6,  // narrow: <unassigned-2FD6>..<unassigned-2FEF>
        0x2FF0,  // wide: IDEOGRAPHIC DESCRIPTION CHARACTER LEFT TO RIGHT..HANGZHOU NUMERAL NINE
        0x302A,  // zero: IDEOGRAPHIC LEVEL TONE MARK..IDEOGRAPHIC ENTERING TONE MARK
        0x302E,  // spacingMark: HANGUL SINGLE DOT TONE MARK..HANGUL DOUBLE DOT TONE MARK
        0x3030,  // wide: WAVY DASH..IDEOGRAPHIC VARIATION INDICATOR
        0x303F,  // narrow: IDEOGRAPHIC HALF FILL SPACE..<unassigned-3040>
        0x3041,  // wide: HIRAGANA LETTER SMALL A..HIRAGANA LETTER SMALL KE
        0x3097,  // narrow: <unassigned-3097>..<unassigned-3098>
        0x3099,  // zero: COMBINING KATAKANA-HIRAGANA VOICED SOUND MARK..COMBINING KATAKANA-HIRAGANA SEMI-VOICED SOUND MARK
        0x309B,  // wide: KATAKANA-HIRAGANA VOICED SOUND MARK..KATAKANA DIGRAPH KOTO
        0x3100,  // narrow: <unassigned-3100>..<unassigned-3104>
        0x3105,  // wide: BOPOMOFO LETTER B..BOPOMOFO LETTER NN
        0x3130,  // narrow: <unassigned-3130>
        0x3131,  // wide: HANGUL LETTER KIYEOK..HANGUL LETTER I
        0x3164,  // zero: HANGUL FILLER
        0x3165,  // wide: HANGUL LETTER SSANGNIEUN..HANGUL LETTER ARAEAE
        0x318F,  // narrow: <unassigned-318F>
        0x3190,  // wide: IDEOGRAPHIC ANNOTATION LINKING MARK..CJK STROKE SZP
        0x31E6,  // narrow: <unassigned-31E6>..<unassigned-31EE>
        0x31EF,  // wide: IDEOGRAPHIC DESCRIPTION CHARACTER SUBTRACTION..PARENTHESIZED KOREAN CHARACTER O HU
        0x321F,  // narrow: <unassigned-321F>
        0x3220,  // wide: PARENTHESIZED IDEOGRAPH ONE..CIRCLED IDEOGRAPH KOTO
        0x3248,  // narrow: CIRCLED NUMBER TEN ON BLACK SQUARE..CIRCLED NUMBER EIGHTY ON BLACK SQUARE
        0x3250,  // wide: PARTNERSHIP SIGN..YI SYLLABLE YYR
        0xA48D,  // narrow: <unassigned-A48D>..<unassigned-A48F>
        0xA490,  // wide: YI RADICAL QOT..YI RADICAL KE
        0xA4C7,  // narrow: <unassigned-A4C7>..CYRILLIC LETTER MULTIOCULAR O
        0xA66F,  // zero: COMBINING CYRILLIC VZMET..COMBINING CYRILLIC THOUSAND MILLIONS SIGN
        0xA673,  // narrow: SLAVONIC ASTERISK
        0xA674,  // zero: COMBINING CYRILLIC LETTER UKRAINIAN IE..COMBINING CYRILLIC PAYEROK
        0xA67E,  // narrow: CYRILLIC KAVYKA..MODIFIER LETTER CYRILLIC SOFT SIGN
        0xA69E,  // zero: COMBINING CYRILLIC LETTER EF..COMBINING CYRILLIC LETTER IOTIFIED E
        0xA6A0,  // narrow: BAMUM LETTER A..BAMUM LETTER KOGHOM
        0xA6F0,  // zero: BAMUM COMBINING MARK KOQNDON..BAMUM COMBINING MARK TUKWENTIS
        0xA6F2,  // narrow: BAMUM NJAEMLI..SYLOTI NAGRI LETTER I
        0xA802,  // zero: SYLOTI NAGRI SIGN DVISVARA
        0xA803,  // narrow: SYLOTI NAGRI LETTER U..SYLOTI NAGRI LETTER O
        0xA806,  // zero: SYLOTI NAGRI SIGN HASANTA
        0xA807,  // narrow: SYLOTI NAGRI LETTER KO..SYLOTI NAGRI LETTER GHO
        0xA80B,  // zero: SYLOTI NAGRI SIGN ANUSVARA
        0xA80C,  // narrow: SYLOTI NAGRI LETTER CO..SYLOTI NAGRI LETTER HO
        0xA823,  // spacingMark: SYLOTI NAGRI VOWEL SIGN A..SYLOTI NAGRI VOWEL SIGN I
        0xA825,  // zero: SYLOTI NAGRI VOWEL SIGN U..SYLOTI NAGRI VOWEL SIGN E
        0xA827,  // spacingMark: SYLOTI NAGRI VOWEL SIGN OO
        0xA828,  // narrow: SYLOTI NAGRI POETRY MARK-1..SYLOTI NAGRI POETRY MARK-4
        0xA82C,  // zero: SYLOTI NAGRI SIGN ALTERNATE HASANTA
        0xA82D,  // narrow: <unassigned-A82D>..<unassigned-A87F>
        0xA880,  // spacingMark: SAURASHTRA SIGN ANUSVARA..SAURASHTRA SIGN VISARGA
        0xA882,  // narrow: SAURASHTRA LETTER A..SAURASHTRA LETTER LLA
        0xA8B4,  // spacingMark: SAURASHTRA CONSONANT SIGN HAARU..SAURASHTRA VOWEL SIGN AU
        0xA8C4,  // zero: SAURASHTRA SIGN VIRAMA..SAURASHTRA SIGN CANDRABINDU
        0xA8C6,  // narrow: <unassigned-A8C6>..<unassigned-A8DF>
        0xA8E0,  // zero: COMBINING DEVANAGARI DIGIT ZERO..COMBINING DEVANAGARI SIGN AVAGRAHA
        0xA8F2,  // narrow: DEVANAGARI SIGN SPACING CANDRABINDU..DEVANAGARI LETTER AY
        0xA8FF,  // zero: DEVANAGARI VOWEL SIGN AY
        0xA900,  // narrow: KAYAH LI DIGIT ZERO..KAYAH LI LETTER OO
        0xA926,  // zero: KAYAH LI VOWEL UE..KAYAH LI TONE CALYA PLOPHU
        0xA92E,  // narrow: KAYAH LI SIGN CWI..REJANG LETTER A
        0xA947,  // zero: REJANG VOWEL SIGN I..REJANG CONSONANT SIGN R
        0xA952,  // spacingMark: REJANG CONSONANT SIGN H..REJANG VIRAMA
        0xA954,  // narrow: <unassigned-A954>..REJANG SECTION MARK
        0xA960,  // wide: HANGUL CHOSEONG TIKEUT-MIEUM..HANGUL CHOSEONG SSANGYEORINHIEUH
        0xA97D,  // narrow: <unassigned-A97D>..<unassigned-A97F>
        0xA980,  // zero: JAVANESE SIGN PANYANGGA..JAVANESE SIGN LAYAR
        0xA983,  // spacingMark: JAVANESE SIGN WIGNYAN
        0xA984,  // narrow: JAVANESE LETTER A..JAVANESE LETTER HA
        0xA9B3,  // zero: JAVANESE SIGN CECAK TELU
        0xA9B4,  // spacingMark: JAVANESE VOWEL SIGN TARUNG..JAVANESE VOWEL SIGN TOLONG
        0xA9B6,  // zero: JAVANESE VOWEL SIGN WULU..JAVANESE VOWEL SIGN SUKU MENDUT
        0xA9BA,  // spacingMark: JAVANESE VOWEL SIGN TALING..JAVANESE VOWEL SIGN DIRGA MURE
        0xA9BC,  // zero: JAVANESE VOWEL SIGN PEPET..JAVANESE CONSONANT SIGN KERET
        0xA9BE,  // spacingMark: JAVANESE CONSONANT SIGN PENGKAL..JAVANESE PANGKON
        0xA9C1,  // narrow: JAVANESE LEFT RERENGGAN..MYANMAR LETTER SHAN BHA
        0xA9E5,  // zero: MYANMAR SIGN SHAN SAW
        0xA9E6,  // narrow: MYANMAR MODIFIER LETTER SHAN REDUPLICATION..CHAM LETTER HA
        0xAA29,  // zero: CHAM VOWEL SIGN AA..CHAM VOWEL SIGN OE
        0xAA2F,  // spacingMark: CHAM VOWEL SIGN O..CHAM VOWEL SIGN AI
        0xAA31,  // zero: CHAM VOWEL SIGN AU..CHAM VOWEL SIGN UE
        0xAA33,  // spacingMark: CHAM CONSONANT SIGN YA..CHAM CONSONANT SIGN RA
        0xAA35,  // zero: CHAM CONSONANT SIGN LA..CHAM CONSONANT SIGN WA
        0xAA37,  // narrow: <unassigned-AA37>..CHAM LETTER FINAL NG
        0xAA43,  // zero: CHAM CONSONANT SIGN FINAL NG
        0xAA44,  // narrow: CHAM LETTER FINAL CH..CHAM LETTER FINAL SS
        0xAA4C,  // zero: CHAM CONSONANT SIGN FINAL M
        0xAA4D,  // spacingMark: CHAM CONSONANT SIGN FINAL H
        0xAA4E,  // narrow: <unassigned-AA4E>..MYANMAR LETTER AITON RA
        0xAA7B,  // spacingMark: MYANMAR SIGN PAO KAREN TONE
        0xAA7C,  // zero: MYANMAR SIGN TAI LAING TONE-2
        0xAA7D,  // spacingMark: MYANMAR SIGN TAI LAING TONE-5
        0xAA7E,  // narrow: MYANMAR LETTER SHWE PALAUNG CHA..TAI VIET LETTER HIGH O
        0xAAB0,  // zero: TAI VIET MAI KANG
        0xAAB1,  // narrow: TAI VIET VOWEL AA
        0xAAB2,  // zero: TAI VIET VOWEL I..TAI VIET VOWEL U
        0xAAB5,  // narrow: TAI VIET VOWEL E..TAI VIET VOWEL O
        0xAAB7,  // zero: TAI VIET MAI KHIT..TAI VIET VOWEL IA
        0xAAB9,  // narrow: TAI VIET VOWEL UEA..TAI VIET VOWEL AN
        0xAABE,  // zero: TAI VIET VOWEL AM..TAI VIET TONE MAI EK
        0xAAC0,  // narrow: TAI VIET TONE MAI NUENG
        0xAAC1,  // zero: TAI VIET TONE MAI THO
        0xAAC2,  // narrow: TAI VIET TONE MAI SONG..MEETEI MAYEK LETTER SSA
        0xAAEB,  // spacingMark: MEETEI MAYEK VOWEL SIGN II
        0xAAEC,  // zero: MEETEI MAYEK VOWEL SIGN UU..MEETEI MAYEK VOWEL SIGN AAI
        0xAAEE,  // spacingMark: MEETEI MAYEK VOWEL SIGN AU..MEETEI MAYEK VOWEL SIGN AAU
        0xAAF0,  // narrow: MEETEI MAYEK CHEIKHAN..MEETEI MAYEK WORD REPETITION MARK
        0xAAF5,  // spacingMark: MEETEI MAYEK VOWEL SIGN VISARGA
        0xAAF6,  // zero: MEETEI MAYEK VIRAMA
        0xAAF7,  // narrow: <unassigned-AAF7>..MEETEI MAYEK LETTER I LONSUM
        0xABE3,  // spacingMark: MEETEI MAYEK VOWEL SIGN ONAP..MEETEI MAYEK VOWEL SIGN INAP
        0xABE5,  // zero: MEETEI MAYEK VOWEL SIGN ANAP
        0xABE6,  // spacingMark: MEETEI MAYEK VOWEL SIGN YENAP..MEETEI MAYEK VOWEL SIGN SOUNAP
        0xABE8,  // zero: MEETEI MAYEK VOWEL SIGN UNAP
        0xABE9,  // spacingMark: MEETEI MAYEK VOWEL SIGN CHEINAP..MEETEI MAYEK VOWEL SIGN NUNG
        0xABEB,  // narrow: MEETEI MAYEK CHEIKHEI
        0xABEC,  // spacingMark: MEETEI MAYEK LUM IYEK
        0xABED,  // zero: MEETEI MAYEK APUN IYEK
        0xABEE,  // narrow: <unassigned-ABEE>..<unassigned-ABFF>
        0xAC00,  // wide: Hangul Syllable..Hangul Syllable
        0xD7A4,  // narrow: <unassigned-D7A4>..<unassigned-D7AF>
        0xD7B0,  // zero: HANGUL JUNGSEONG O-YEO..HANGUL JUNGSEONG ARAEA-E
        0xD7C7,  // narrow: <unassigned-D7C7>..<unassigned-D7CA>
        0xD7CB,  // zero: HANGUL JONGSEONG NIEUN-RIEUL..HANGUL JONGSEONG PHIEUPH-THIEUTH
        0xD7FC,  // narrow: <unassigned-D7FC>..Private Use
        0xF900,  // wide: CJK COMPATIBILITY IDEOGRAPH-F900..<unassigned-FAFF>
        0xFB00,  // narrow: LATIN SMALL LIGATURE FF..HEBREW LETTER YOD WITH HIRIQ
        0xFB1E,  // zero: HEBREW POINT JUDEO-SPANISH VARIKA
        0xFB1F,  // narrow: HEBREW LIGATURE YIDDISH YOD YOD PATAH..ARABIC LIGATURE AZZA WA JALL
        0xFE00,  // zero: VARIATION SELECTOR-1..VARIATION SELECTOR-16
        0xFE10,  // wide: PRESENTATION FORM FOR VERTICAL COMMA..PRESENTATION FORM FOR VERTICAL HORIZONTAL ELLIPSIS
        0xFE1A,  // narrow: <unassigned-FE1A>..<unassigned-FE1F>
        0xFE20,  // zero: COMBINING LIGATURE LEFT HALF..COMBINING CYRILLIC TITLO RIGHT HALF
        0xFE30,  // wide: PRESENTATION FORM FOR VERTICAL TWO DOT LEADER..SMALL FULL STOP
        0xFE53,  // narrow: <unassigned-FE53>
        0xFE54,  // wide: SMALL SEMICOLON..SMALL EQUALS SIGN
        0xFE67,  // narrow: <unassigned-FE67>
        0xFE68,  // wide: SMALL REVERSE SOLIDUS..SMALL COMMERCIAL AT
        0xFE6C,  // narrow: <unassigned-FE6C>..<unassigned-FEFE>
        0xFEFF,  // zero: ZERO WIDTH NO-BREAK SPACE
        0xFF00,  // narrow: <unassigned-FF00>
        0xFF01,  // wide: FULLWIDTH EXCLAMATION MARK..FULLWIDTH RIGHT WHITE PARENTHESIS
        0xFF61,  // narrow: HALFWIDTH IDEOGRAPHIC FULL STOP..HALFWIDTH KATAKANA SEMI-VOICED SOUND MARK
        0xFFA0,  // zero: HALFWIDTH HANGUL FILLER
        0xFFA1,  // narrow: HALFWIDTH HANGUL LETTER KIYEOK..<unassigned-FFDF>
        0xFFE0,  // wide: FULLWIDTH CENT SIGN..FULLWIDTH WON SIGN
        0xFFE7,  // narrow: <unassigned-FFE7>..<unassigned-FFEF>
        0xFFF0,  // zero: <unassigned-FFF0>..INTERLINEAR ANNOTATION TERMINATOR
        0xFFFC,  // narrow: OBJECT REPLACEMENT CHARACTER..PHAISTOS DISC SIGN WAVY BAND
        0x101FD,  // zero: PHAISTOS DISC SIGN COMBINING OBLIQUE STROKE
        0x101FE,  // narrow: <unassigned-101FE>..<unassigned-102DF>
        0x102E0,  // zero: COPTIC EPACT THOUSANDS MARK
        0x102E1,  // narrow: COPTIC EPACT DIGIT ONE..OLD PERMIC LETTER IA
        0x10376,  // zero: COMBINING OLD PERMIC LETTER AN..COMBINING OLD PERMIC LETTER SII
        0x1037B,  // narrow: <unassigned-1037B>..KHAROSHTHI LETTER A
        0x10A01,  // zero: KHAROSHTHI VOWEL SIGN I..KHAROSHTHI VOWEL SIGN VOCALIC R
        0x10A04,  // narrow: <unassigned-10A04>
        0x10A05,  // zero: KHAROSHTHI VOWEL SIGN E..KHAROSHTHI VOWEL SIGN O
        0x10A07,  // narrow: <unassigned-10A07>..<unassigned-10A0B>
        0x10A0C,  // zero: KHAROSHTHI VOWEL LENGTH MARK..KHAROSHTHI SIGN VISARGA
        0x10A10,  // narrow: KHAROSHTHI LETTER KA..<unassigned-10A37>
        0x10A38,  // zero: KHAROSHTHI SIGN BAR ABOVE..KHAROSHTHI SIGN DOT BELOW
        0x10A3B,  // narrow: <unassigned-10A3B>..<unassigned-10A3E>
        0x10A3F,  // zero: KHAROSHTHI VIRAMA
        0x10A40,  // narrow: KHAROSHTHI DIGIT ONE..MANICHAEAN LETTER TAW
        0x10AE5,  // zero: MANICHAEAN ABBREVIATION MARK ABOVE..MANICHAEAN ABBREVIATION MARK BELOW
        0x10AE7,  // narrow: <unassigned-10AE7>..HANIFI ROHINGYA MARK NA KHONNA
        0x10D24,  // zero: HANIFI ROHINGYA SIGN HARBAHAY..HANIFI ROHINGYA SIGN TASSI
        0x10D28,  // narrow: <unassigned-10D28>..<unassigned-10D68>
        0x10D69,  // zero: GARAY VOWEL SIGN E..GARAY CONSONANT NASALIZATION MARK
        0x10D6E,  // narrow: GARAY HYPHEN..<unassigned-10EAA>
        0x10EAB,  // zero: YEZIDI COMBINING HAMZA MARK..YEZIDI COMBINING MADDA MARK
        0x10EAD,  // narrow: YEZIDI HYPHENATION MARK..<unassigned-10EF9>
        0x10EFA,  // zero: ARABIC DOUBLE VERTICAL BAR BELOW..ARABIC SMALL LOW WORD MADDA
        0x10F00,  // narrow: OLD SOGDIAN LETTER ALEPH..SOGDIAN INDEPENDENT SHIN
        0x10F46,  // zero: SOGDIAN COMBINING DOT BELOW..SOGDIAN COMBINING STROKE BELOW
        0x10F51,  // narrow: SOGDIAN NUMBER ONE..OLD UYGHUR LETTER LESH
        0x10F82,  // zero: OLD UYGHUR COMBINING DOT ABOVE..OLD UYGHUR COMBINING TWO DOTS BELOW
        0x10F86,  // narrow: OLD UYGHUR PUNCTUATION BAR..<unassigned-10FFF>
        0x11000,  // spacingMark: BRAHMI SIGN CANDRABINDU
        0x11001,  // zero: BRAHMI SIGN ANUSVARA
        0x11002,  // spacingMark: BRAHMI SIGN VISARGA
        0x11003,  // narrow: BRAHMI SIGN JIHVAMULIYA..BRAHMI LETTER OLD TAMIL NNNA
        0x11038,  // zero: BRAHMI VOWEL SIGN AA..BRAHMI VIRAMA
        0x11047,  // narrow: BRAHMI DANDA..BRAHMI DIGIT NINE
        0x11070,  // zero: BRAHMI SIGN OLD TAMIL VIRAMA
        0x11071,  // narrow: BRAHMI LETTER OLD TAMIL SHORT E..BRAHMI LETTER OLD TAMIL SHORT O
        0x11073,  // zero: BRAHMI VOWEL SIGN OLD TAMIL SHORT E..BRAHMI VOWEL SIGN OLD TAMIL SHORT O
        0x11075,  // narrow: BRAHMI LETTER OLD TAMIL LLA..<unassigned-1107E>
        0x1107F,  // zero: BRAHMI NUMBER JOINER..KAITHI SIGN ANUSVARA
        0x11082,  // spacingMark: KAITHI SIGN VISARGA
        0x11083,  // narrow: KAITHI LETTER A..KAITHI LETTER HA
        0x110B0,  // spacingMark: KAITHI VOWEL SIGN AA..KAITHI VOWEL SIGN II
        0x110B3,  // zero: KAITHI VOWEL SIGN U..KAITHI VOWEL SIGN AI
        0x110B7,  // spacingMark: KAITHI VOWEL SIGN O..KAITHI VOWEL SIGN AU
        0x110B9,  // zero: KAITHI SIGN VIRAMA..KAITHI SIGN NUKTA
        0x110BB,  // narrow: KAITHI ABBREVIATION SIGN..KAITHI DOUBLE DANDA
        0x110C2,  // zero: KAITHI VOWEL SIGN VOCALIC R
        0x110C3,  // narrow: <unassigned-110C3>..<unassigned-110FF>
        0x11100,  // zero: CHAKMA SIGN CANDRABINDU..CHAKMA SIGN VISARGA
        0x11103,  // narrow: CHAKMA LETTER AA..CHAKMA LETTER HAA
        0x11127,  // zero: CHAKMA VOWEL SIGN A..CHAKMA VOWEL SIGN UU
        0x1112C,  // spacingMark: CHAKMA VOWEL SIGN E
        0x1112D,  // zero: CHAKMA VOWEL SIGN AI..CHAKMA MAAYYAA
        0x11135,  // narrow: <unassigned-11135>..CHAKMA LETTER LHAA
        0x11145,  // spacingMark: CHAKMA VOWEL SIGN AA..CHAKMA VOWEL SIGN EI
        0x11147,  // narrow: CHAKMA LETTER VAA..MAHAJANI LETTER RRA
        0x11173,  // zero: MAHAJANI SIGN NUKTA
        0x11174,  // narrow: MAHAJANI ABBREVIATION SIGN..<unassigned-1117F>
        0x11180,  // zero: SHARADA SIGN CANDRABINDU..SHARADA SIGN ANUSVARA
        0x11182,  // spacingMark: SHARADA SIGN VISARGA
        0x11183,  // narrow: SHARADA LETTER A..SHARADA LETTER HA
        0x111B3,  // spacingMark: SHARADA VOWEL SIGN AA..SHARADA VOWEL SIGN II
        0x111B6,  // zero: SHARADA VOWEL SIGN U..SHARADA VOWEL SIGN O
        0x111BF,  // spacingMark: SHARADA VOWEL SIGN AU..SHARADA SIGN VIRAMA
        0x111C1,  // narrow: SHARADA SIGN AVAGRAHA..SHARADA SEPARATOR
        0x111C9,  // zero: SHARADA SANDHI MARK..SHARADA EXTRA SHORT VOWEL MARK
        0x111CD,  // narrow: SHARADA SUTRA MARK
        0x111CE,  // spacingMark: SHARADA VOWEL SIGN PRISHTHAMATRA E
        0x111CF,  // zero: SHARADA SIGN INVERTED CANDRABINDU
        0x111D0,  // narrow: SHARADA DIGIT ZERO..KHOJKI LETTER LLA
        0x1122C,  // spacingMark: KHOJKI VOWEL SIGN AA..KHOJKI VOWEL SIGN II
        0x1122F,  // zero: KHOJKI VOWEL SIGN U..KHOJKI VOWEL SIGN AI
        0x11232,  // spacingMark: KHOJKI VOWEL SIGN O..KHOJKI VOWEL SIGN AU
        0x11234,  // zero: KHOJKI SIGN ANUSVARA
        0x11235,  // spacingMark: KHOJKI SIGN VIRAMA
        0x11236,  // zero: KHOJKI SIGN NUKTA..KHOJKI SIGN SHADDA
        0x11238,  // narrow: KHOJKI DANDA..KHOJKI ABBREVIATION SIGN
        0x1123E,  // zero: KHOJKI SIGN SUKUN
        0x1123F,  // narrow: KHOJKI LETTER QA..KHOJKI LETTER SHORT I
        0x11241,  // zero: KHOJKI VOWEL SIGN VOCALIC R
        0x11242,  // narrow: <unassigned-11242>..KHUDAWADI LETTER HA
        0x112DF,  // zero: KHUDAWADI SIGN ANUSVARA
        0x112E0,  // spacingMark: KHUDAWADI VOWEL SIGN AA..KHUDAWADI VOWEL SIGN II
        0x112E3,  // zero: KHUDAWADI VOWEL SIGN U..KHUDAWADI SIGN VIRAMA
        0x112EB,  // narrow: <unassigned-112EB>..<unassigned-112FF>
        0x11300,  // zero: GRANTHA SIGN COMBINING ANUSVARA ABOVE..GRANTHA SIGN CANDRABINDU
        0x11302,  // spacingMark: GRANTHA SIGN ANUSVARA..GRANTHA SIGN VISARGA
        0x11304,  // narrow: <unassigned-11304>..<unassigned-1133A>
        0x1133B,  // zero: COMBINING BINDU BELOW..GRANTHA SIGN NUKTA
        0x1133D,  // narrow: GRANTHA SIGN AVAGRAHA
        0x1133E,  // spacingMark: GRANTHA VOWEL SIGN AA..GRANTHA VOWEL SIGN I
        0x11340,  // zero: GRANTHA VOWEL SIGN II
        0x11341,  // spacingMark: GRANTHA VOWEL SIGN U..GRANTHA VOWEL SIGN VOCALIC RR
        0x11345,  // narrow: <unassigned-11345>..<unassigned-11346>
        0x11347,  // spacingMark: GRANTHA VOWEL SIGN EE..GRANTHA VOWEL SIGN AI
        0x11349,  // narrow: <unassigned-11349>..<unassigned-1134A>
        0x1134B,  // spacingMark: GRANTHA VOWEL SIGN OO..GRANTHA SIGN VIRAMA
        0x1134E,  // narrow: <unassigned-1134E>..<unassigned-11356>
        0x11357,  // spacingMark: GRANTHA AU LENGTH MARK
        0x11358,  // narrow: <unassigned-11358>..GRANTHA LETTER VOCALIC LL
        0x11362,  // spacingMark: GRANTHA VOWEL SIGN VOCALIC L..GRANTHA VOWEL SIGN VOCALIC LL
        0x11364,  // narrow: <unassigned-11364>..<unassigned-11365>
        0x11366,  // zero: COMBINING GRANTHA DIGIT ZERO..COMBINING GRANTHA DIGIT SIX
        0x1136D,  // narrow: <unassigned-1136D>..<unassigned-1136F>
        0x11370,  // zero: COMBINING GRANTHA LETTER A..COMBINING GRANTHA LETTER PA
        0x11375,  // narrow: <unassigned-11375>..TULU-TIGALARI SIGN AVAGRAHA
        0x113B8,  // spacingMark: TULU-TIGALARI VOWEL SIGN AA..TULU-TIGALARI VOWEL SIGN II
        0x113BB,  // zero: TULU-TIGALARI VOWEL SIGN U..TULU-TIGALARI VOWEL SIGN VOCALIC LL
        0x113C1,  // narrow: <unassigned-113C1>
        0x113C2,  // spacingMark: TULU-TIGALARI VOWEL SIGN EE
        0x113C3,  // narrow: <unassigned-113C3>..<unassigned-113C4>
        0x113C5,  // spacingMark: TULU-TIGALARI VOWEL SIGN AI
        0x113C6,  // narrow: <unassigned-113C6>
        0x113C7,  // spacingMark: TULU-TIGALARI VOWEL SIGN OO..TULU-TIGALARI SIGN CANDRA ANUNASIKA
        0x113CB,  // narrow: <unassigned-113CB>
        0x113CC,  // spacingMark: TULU-TIGALARI SIGN ANUSVARA..TULU-TIGALARI SIGN VISARGA
        0x113CE,  // zero: TULU-TIGALARI SIGN VIRAMA
        0x113CF,  // spacingMark: TULU-TIGALARI SIGN LOOPED VIRAMA
        0x113D0,  // zero: TULU-TIGALARI CONJOINER
        0x113D1,  // narrow: TULU-TIGALARI REPHA
        0x113D2,  // zero: TULU-TIGALARI GEMINATION MARK
        0x113D3,  // narrow: TULU-TIGALARI SIGN PLUTA..<unassigned-113E0>
        0x113E1,  // zero: TULU-TIGALARI VEDIC TONE SVARITA..TULU-TIGALARI VEDIC TONE ANUDATTA
        0x113E3,  // narrow: <unassigned-113E3>..NEWA LETTER HA
        0x11435,  // spacingMark: NEWA VOWEL SIGN AA..NEWA VOWEL SIGN II
        0x11438,  // zero: NEWA VOWEL SIGN U..NEWA VOWEL SIGN AI
        0x11440,  // spacingMark: NEWA VOWEL SIGN O..NEWA VOWEL SIGN AU
        0x11442,  // zero: NEWA SIGN VIRAMA..NEWA SIGN ANUSVARA
        0x11445,  // spacingMark: NEWA SIGN VISARGA
        0x11446,  // zero: NEWA SIGN NUKTA
        0x11447,  // narrow: NEWA SIGN AVAGRAHA..NEWA INSERTION SIGN
        0x1145E,  // zero: NEWA SANDHI MARK
        0x1145F,  // narrow: NEWA LETTER VEDIC ANUSVARA..TIRHUTA LETTER HA
        0x114B0,  // spacingMark: TIRHUTA VOWEL SIGN AA..TIRHUTA VOWEL SIGN II
        0x114B3,  // zero: TIRHUTA VOWEL SIGN U..TIRHUTA VOWEL SIGN VOCALIC LL
        0x114B9,  // spacingMark: TIRHUTA VOWEL SIGN E
        0x114BA,  // zero: TIRHUTA VOWEL SIGN SHORT E
        0x114BB,  // spacingMark: TIRHUTA VOWEL SIGN AI..TIRHUTA VOWEL SIGN AU
        0x114BF,  // zero: TIRHUTA SIGN CANDRABINDU..TIRHUTA SIGN ANUSVARA
        0x114C1,  // spacingMark: TIRHUTA SIGN VISARGA
        0x114C2,  // zero: TIRHUTA SIGN VIRAMA..TIRHUTA SIGN NUKTA
        0x114C4,  // narrow: TIRHUTA SIGN AVAGRAHA..SIDDHAM LETTER HA
        0x115AF,  // spacingMark: SIDDHAM VOWEL SIGN AA..SIDDHAM VOWEL SIGN II
        0x115B2,  // zero: SIDDHAM VOWEL SIGN U..SIDDHAM VOWEL SIGN VOCALIC RR
        0x115B6,  // narrow: <unassigned-115B6>..<unassigned-115B7>
        0x115B8,  // spacingMark: SIDDHAM VOWEL SIGN E..SIDDHAM VOWEL SIGN AU
        0x115BC,  // zero: SIDDHAM SIGN CANDRABINDU..SIDDHAM SIGN ANUSVARA
        0x115BE,  // spacingMark: SIDDHAM SIGN VISARGA
        0x115BF,  // zero: SIDDHAM SIGN VIRAMA..SIDDHAM SIGN NUKTA
        0x115C1,  // narrow: SIDDHAM SIGN SIDDHAM..SIDDHAM LETTER ALTERNATE U
        0x115DC,  // zero: SIDDHAM VOWEL SIGN ALTERNATE U..SIDDHAM VOWEL SIGN ALTERNATE UU
        0x115DE,  // narrow: <unassigned-115DE>..MODI LETTER LLA
        0x11630,  // spacingMark: MODI VOWEL SIGN AA..MODI VOWEL SIGN II
        0x11633,  // zero: MODI VOWEL SIGN U..MODI VOWEL SIGN AI
        0x1163B,  // spacingMark: MODI VOWEL SIGN O..MODI VOWEL SIGN AU
        0x1163D,  // zero: MODI SIGN ANUSVARA
        0x1163E,  // spacingMark: MODI SIGN VISARGA
        0x1163F,  // zero: MODI SIGN VIRAMA..MODI SIGN ARDHACANDRA
        0x11641,  // narrow: MODI DANDA..TAKRI LETTER RRA
        0x116AB,  // zero: TAKRI SIGN ANUSVARA
        0x116AC,  // spacingMark: TAKRI SIGN VISARGA
        0x116AD,  // zero: TAKRI VOWEL SIGN AA
        0x116AE,  // spacingMark: TAKRI VOWEL SIGN I..TAKRI VOWEL SIGN II
        0x116B0,  // zero: TAKRI VOWEL SIGN U..TAKRI VOWEL SIGN AU
        0x116B6,  // spacingMark: TAKRI SIGN VIRAMA
        0x116B7,  // zero: TAKRI SIGN NUKTA
        0x116B8,  // narrow: TAKRI LETTER ARCHAIC KHA..<unassigned-1171C>
        0x1171D,  // zero: AHOM CONSONANT SIGN MEDIAL LA
        0x1171E,  // spacingMark: AHOM CONSONANT SIGN MEDIAL RA
        0x1171F,  // zero: AHOM CONSONANT SIGN MEDIAL LIGATING RA
        0x11720,  // spacingMark: AHOM VOWEL SIGN A..AHOM VOWEL SIGN AA
        0x11722,  // zero: AHOM VOWEL SIGN I..AHOM VOWEL SIGN UU
        0x11726,  // spacingMark: AHOM VOWEL SIGN E
        0x11727,  // zero: AHOM VOWEL SIGN AW..AHOM SIGN KILLER
        0x1172C,  // narrow: <unassigned-1172C>..DOGRA LETTER RRA
        0x1182C,  // spacingMark: DOGRA VOWEL SIGN AA..DOGRA VOWEL SIGN II
        0x1182F,  // zero: DOGRA VOWEL SIGN U..DOGRA SIGN ANUSVARA
        0x11838,  // spacingMark: DOGRA SIGN VISARGA
        0x11839,  // zero: DOGRA SIGN VIRAMA..DOGRA SIGN NUKTA
        0x1183B,  // narrow: DOGRA ABBREVIATION SIGN..DIVES AKURU LETTER ZA
        0x11930,  // spacingMark: DIVES AKURU VOWEL SIGN AA..DIVES AKURU VOWEL SIGN E
        0x11936,  // narrow: <unassigned-11936>
        0x11937,  // spacingMark: DIVES AKURU VOWEL SIGN AI..DIVES AKURU VOWEL SIGN O
        0x11939,  // narrow: <unassigned-11939>..<unassigned-1193A>
        0x1193B,  // zero: DIVES AKURU SIGN ANUSVARA..DIVES AKURU SIGN CANDRABINDU
        0x1193D,  // spacingMark: DIVES AKURU SIGN HALANTA
        0x1193E,  // zero: DIVES AKURU VIRAMA
        0x1193F,  // narrow: DIVES AKURU PREFIXED NASAL SIGN
        0x11940,  // spacingMark: DIVES AKURU MEDIAL YA
        0x11941,  // narrow: DIVES AKURU INITIAL RA
        0x11942,  // spacingMark: DIVES AKURU MEDIAL RA
        0x11943,  // zero: DIVES AKURU SIGN NUKTA
        0x11944,  // narrow: DIVES AKURU DOUBLE DANDA..NANDINAGARI LETTER RRA
        0x119D1,  // spacingMark: NANDINAGARI VOWEL SIGN AA..NANDINAGARI VOWEL SIGN II
        0x119D4,  // zero: NANDINAGARI VOWEL SIGN U..NANDINAGARI VOWEL SIGN VOCALIC RR
        0x119D8,  // narrow: <unassigned-119D8>..<unassigned-119D9>
        0x119DA,  // zero: NANDINAGARI VOWEL SIGN E..NANDINAGARI VOWEL SIGN AI
        0x119DC,  // spacingMark: NANDINAGARI VOWEL SIGN O..NANDINAGARI SIGN VISARGA
        0x119E0,  // zero: NANDINAGARI SIGN VIRAMA
        0x119E1,  // narrow: NANDINAGARI SIGN AVAGRAHA..NANDINAGARI HEADSTROKE
        0x119E4,  // spacingMark: NANDINAGARI VOWEL SIGN PRISHTHAMATRA E
        0x119E5,  // narrow: <unassigned-119E5>..ZANABAZAR SQUARE LETTER A
        0x11A01,  // zero: ZANABAZAR SQUARE VOWEL SIGN I..ZANABAZAR SQUARE VOWEL LENGTH MARK
        0x11A0B,  // narrow: ZANABAZAR SQUARE LETTER KA..ZANABAZAR SQUARE LETTER KSSA
        0x11A33,  // zero: ZANABAZAR SQUARE FINAL CONSONANT MARK..ZANABAZAR SQUARE SIGN ANUSVARA
        0x11A39,  // spacingMark: ZANABAZAR SQUARE SIGN VISARGA
        0x11A3A,  // narrow: ZANABAZAR SQUARE CLUSTER-INITIAL LETTER RA
        0x11A3B,  // zero: ZANABAZAR SQUARE CLUSTER-FINAL LETTER YA..ZANABAZAR SQUARE CLUSTER-FINAL LETTER VA
        0x11A3F,  // narrow: ZANABAZAR SQUARE INITIAL HEAD MARK..ZANABAZAR SQUARE CLOSING DOUBLE-LINED HEAD MARK
        0x11A47,  // zero: ZANABAZAR SQUARE SUBJOINER
        0x11A48,  // narrow: <unassigned-11A48>..SOYOMBO LETTER A
        0x11A51,  // zero: SOYOMBO VOWEL SIGN I..SOYOMBO VOWEL SIGN OE
        0x11A57,  // spacingMark: SOYOMBO VOWEL SIGN AI..SOYOMBO VOWEL SIGN AU
        0x11A59,  // zero: SOYOMBO VOWEL SIGN VOCALIC R..SOYOMBO VOWEL LENGTH MARK
        0x11A5C,  // narrow: SOYOMBO LETTER KA..SOYOMBO CLUSTER-INITIAL LETTER SA
        0x11A8A,  // zero: SOYOMBO FINAL CONSONANT SIGN G..SOYOMBO SIGN ANUSVARA
        0x11A97,  // spacingMark: SOYOMBO SIGN VISARGA
        0x11A98,  // zero: SOYOMBO GEMINATION MARK..SOYOMBO SUBJOINER
        0x11A9A,  // narrow: SOYOMBO MARK TSHEG..<unassigned-11B5F>
        0x11B60,  // zero: SHARADA VOWEL SIGN OE
        0x11B61,  // spacingMark: SHARADA VOWEL SIGN OOE
        0x11B62,  // zero: SHARADA VOWEL SIGN UE..SHARADA VOWEL SIGN SHORT E
        0x11B65,  // spacingMark: SHARADA VOWEL SIGN SHORT O
        0x11B66,  // zero: SHARADA VOWEL SIGN CANDRA E
        0x11B67,  // spacingMark: SHARADA VOWEL SIGN CANDRA O
        0x11B68,  // narrow: <unassigned-11B68>..BHAIKSUKI LETTER HA
        0x11C2F,  // spacingMark: BHAIKSUKI VOWEL SIGN AA
        0x11C30,  // zero: BHAIKSUKI VOWEL SIGN I..BHAIKSUKI VOWEL SIGN VOCALIC L
        0x11C37,  // narrow: <unassigned-11C37>
        0x11C38,  // zero: BHAIKSUKI VOWEL SIGN E..BHAIKSUKI SIGN ANUSVARA
        0x11C3E,  // spacingMark: BHAIKSUKI SIGN VISARGA
        0x11C3F,  // zero: BHAIKSUKI SIGN VIRAMA
        0x11C40,  // narrow: BHAIKSUKI SIGN AVAGRAHA..<unassigned-11C91>
        0x11C92,  // zero: MARCHEN SUBJOINED LETTER KA..MARCHEN SUBJOINED LETTER ZA
        0x11CA8,  // narrow: <unassigned-11CA8>
        0x11CA9,  // spacingMark: MARCHEN SUBJOINED LETTER YA
        0x11CAA,  // zero: MARCHEN SUBJOINED LETTER RA..MARCHEN VOWEL SIGN AA
        0x11CB1,  // spacingMark: MARCHEN VOWEL SIGN I
        0x11CB2,  // zero: MARCHEN VOWEL SIGN U..MARCHEN VOWEL SIGN E
        0x11CB4,  // spacingMark: MARCHEN VOWEL SIGN O
        0x11CB5,  // zero: MARCHEN SIGN ANUSVARA..MARCHEN SIGN CANDRABINDU
        0x11CB7,  // narrow: <unassigned-11CB7>..MASARAM GONDI LETTER TRA
        0x11D31,  // zero: MASARAM GONDI VOWEL SIGN AA..MASARAM GONDI VOWEL SIGN VOCALIC R
        0x11D37,  // narrow: <unassigned-11D37>..<unassigned-11D39>
        0x11D3A,  // zero: MASARAM GONDI VOWEL SIGN E
        0x11D3B,  // narrow: <unassigned-11D3B>
        0x11D3C,  // zero: MASARAM GONDI VOWEL SIGN AI..MASARAM GONDI VOWEL SIGN O
        0x11D3E,  // narrow: <unassigned-11D3E>
        0x11D3F,  // zero: MASARAM GONDI VOWEL SIGN AU..MASARAM GONDI VIRAMA
        0x11D46,  // narrow: MASARAM GONDI REPHA
        0x11D47,  // zero: MASARAM GONDI RA-KARA
        0x11D48,  // narrow: <unassigned-11D48>..GUNJALA GONDI LETTER SA
        0x11D8A,  // spacingMark: GUNJALA GONDI VOWEL SIGN AA..GUNJALA GONDI VOWEL SIGN UU
        0x11D8F,  // narrow: <unassigned-11D8F>
        0x11D90,  // zero: GUNJALA GONDI VOWEL SIGN EE..GUNJALA GONDI VOWEL SIGN AI
        0x11D92,  // narrow: <unassigned-11D92>
        0x11D93,  // spacingMark: GUNJALA GONDI VOWEL SIGN OO..GUNJALA GONDI VOWEL SIGN AU
        0x11D95,  // zero: GUNJALA GONDI SIGN ANUSVARA
        0x11D96,  // spacingMark: GUNJALA GONDI SIGN VISARGA
        0x11D97,  // zero: GUNJALA GONDI VIRAMA
        0x11D98,  // narrow: GUNJALA GONDI OM..MAKASAR ANGKA
        0x11EF3,  // zero: MAKASAR VOWEL SIGN I..MAKASAR VOWEL SIGN U
        0x11EF5,  // spacingMark: MAKASAR VOWEL SIGN E..MAKASAR VOWEL SIGN O
        0x11EF7,  // narrow: MAKASAR PASSIMBANG..<unassigned-11EFF>
        0x11F00,  // zero: KAWI SIGN CANDRABINDU..KAWI SIGN ANUSVARA
        0x11F02,  // narrow: KAWI SIGN REPHA
        0x11F03,  // spacingMark: KAWI SIGN VISARGA
        0x11F04,  // narrow: KAWI LETTER A..KAWI LETTER JNYA
        0x11F34,  // spacingMark: KAWI VOWEL SIGN AA..KAWI VOWEL SIGN ALTERNATE AA
        0x11F36,  // zero: KAWI VOWEL SIGN I..KAWI VOWEL SIGN VOCALIC R
        0x11F3B,  // narrow: <unassigned-11F3B>..<unassigned-11F3D>
        0x11F3E,  // spacingMark: KAWI VOWEL SIGN E..KAWI VOWEL SIGN AI
        0x11F40,  // zero: KAWI VOWEL SIGN EU
        0x11F41,  // spacingMark: KAWI SIGN KILLER
        0x11F42,  // zero: KAWI CONJOINER
        0x11F43,  // narrow: KAWI DANDA..KAWI DIGIT NINE
        0x11F5A,  // zero: KAWI SIGN NUKTA
        0x11F5B,  // narrow: <unassigned-11F5B>..EGYPTIAN HIEROGLYPH V011D
        0x13430,  // zero: EGYPTIAN HIEROGLYPH VERTICAL JOINER..EGYPTIAN HIEROGLYPH MIRROR HORIZONTALLY
        0x13441,  // narrow: EGYPTIAN HIEROGLYPH FULL BLANK..EGYPTIAN HIEROGLYPH WIDE LOST SIGN
        0x13447,  // zero: EGYPTIAN HIEROGLYPH MODIFIER DAMAGED AT TOP START..EGYPTIAN HIEROGLYPH MODIFIER DAMAGED
        0x13456,  // narrow: <unassigned-13456>..GURUNG KHEMA LETTER SA
        0x1611E,  // zero: GURUNG KHEMA VOWEL SIGN AA..GURUNG KHEMA VOWEL LENGTH MARK
        0x1612A,  // spacingMark: GURUNG KHEMA CONSONANT SIGN MEDIAL YA..GURUNG KHEMA CONSONANT SIGN MEDIAL HA
        0x1612D,  // zero: GURUNG KHEMA SIGN ANUSVARA..GURUNG KHEMA SIGN THOLHOMA
        0x16130,  // narrow: GURUNG KHEMA DIGIT ZERO..<unassigned-16AEF>
        0x16AF0,  // zero: BASSA VAH COMBINING HIGH TONE..BASSA VAH COMBINING HIGH-LOW TONE
        0x16AF5,  // narrow: BASSA VAH FULL STOP..PAHAWH HMONG CONSONANT CAU
        0x16B30,  // zero: PAHAWH HMONG MARK CIM TUB..PAHAWH HMONG MARK CIM TAUM
        0x16B37,  // narrow: PAHAWH HMONG SIGN VOS THOM..<unassigned-16F4E>
        0x16F4F,  // zero: MIAO SIGN CONSONANT MODIFIER BAR
        0x16F50,  // narrow: MIAO LETTER NASALIZATION
        0x16F51,  // spacingMark: MIAO SIGN ASPIRATION..MIAO VOWEL SIGN UI
        0x16F88,  // narrow: <unassigned-16F88>..<unassigned-16F8E>
        0x16F8F,  // zero: MIAO TONE RIGHT..MIAO TONE BELOW
        0x16F93,  // narrow: MIAO LETTER TONE-2..<unassigned-16FDF>
        0x16FE0,  // wide: TANGUT ITERATION MARK..OLD CHINESE ITERATION MARK
        0x16FE4,  // zero: KHITAN SMALL SCRIPT FILLER
        0x16FE5,  // narrow: <unassigned-16FE5>..<unassigned-16FEF>
        0x16FF0,  // spacingMark: VIETNAMESE ALTERNATE READING MARK CA..VIETNAMESE ALTERNATE READING MARK NHAY
        0x16FF2,  // wide: CHINESE SMALL SIMPLIFIED ER..YANGQIN SIGN SLOW TWO BEATS
        0x16FF7,  // narrow: <unassigned-16FF7>..<unassigned-16FFF>
        0x17000,  // wide: Tangut Ideograph..KHITAN SMALL SCRIPT CHARACTER-18CD5
        0x18CD6,  // narrow: <unassigned-18CD6>..<unassigned-18CFE>
        0x18CFF,  // wide: KHITAN SMALL SCRIPT CHARACTER-18CFF..Tangut Ideograph Supplement
        0x18D1F,  // narrow: <unassigned-18D1F>..<unassigned-18D7F>
        0x18D80,  // wide: TANGUT COMPONENT-769..TANGUT COMPONENT-883
        0x18DF3,  // narrow: <unassigned-18DF3>..<unassigned-1AFEF>
        0x1AFF0,  // wide: KATAKANA LETTER MINNAN TONE-2..KATAKANA LETTER MINNAN TONE-5
        0x1AFF4,  // narrow: <unassigned-1AFF4>
        0x1AFF5,  // wide: KATAKANA LETTER MINNAN TONE-7..KATAKANA LETTER MINNAN NASALIZED TONE-5
        0x1AFFC,  // narrow: <unassigned-1AFFC>
        0x1AFFD,  // wide: KATAKANA LETTER MINNAN NASALIZED TONE-7..KATAKANA LETTER MINNAN NASALIZED TONE-8
        0x1AFFF,  // narrow: <unassigned-1AFFF>
        0x1B000,  // wide: KATAKANA LETTER ARCHAIC E..KATAKANA LETTER ARCHAIC WU
        0x1B123,  // narrow: <unassigned-1B123>..<unassigned-1B131>
        0x1B132,  // wide: HIRAGANA LETTER SMALL KO
        0x1B133,  // narrow: <unassigned-1B133>..<unassigned-1B14F>
        0x1B150,  // wide: HIRAGANA LETTER SMALL WI..HIRAGANA LETTER SMALL WO
        0x1B153,  // narrow: <unassigned-1B153>..<unassigned-1B154>
        0x1B155,  // wide: KATAKANA LETTER SMALL KO
        0x1B156,  // narrow: <unassigned-1B156>..<unassigned-1B163>
        0x1B164,  // wide: KATAKANA LETTER SMALL WI..KATAKANA LETTER SMALL N
        0x1B168,  // narrow: <unassigned-1B168>..<unassigned-1B16F>
        0x1B170,  // wide: NUSHU CHARACTER-1B170..NUSHU CHARACTER-1B2FB
        0x1B2FC,  // narrow: <unassigned-1B2FC>..DUPLOYAN SIGN O WITH CROSS
        0x1BC9D,  // zero: DUPLOYAN THICK LETTER SELECTOR..DUPLOYAN DOUBLE MARK
        0x1BC9F,  // narrow: DUPLOYAN PUNCTUATION CHINOOK FULL STOP
        0x1BCA0,  // zero: SHORTHAND FORMAT LETTER OVERLAP..SHORTHAND FORMAT UP STEP
        0x1BCA4,  // narrow: <unassigned-1BCA4>..<unassigned-1CEFF>
        0x1CF00,  // zero: ZNAMENNY COMBINING MARK GORAZDO NIZKO S KRYZHEM ON LEFT..ZNAMENNY COMBINING MARK KRYZH ON LEFT
        0x1CF2E,  // narrow: <unassigned-1CF2E>..<unassigned-1CF2F>
        0x1CF30,  // zero: ZNAMENNY COMBINING TONAL RANGE MARK MRACHNO..ZNAMENNY PRIZNAK MODIFIER ROG
        0x1CF47,  // narrow: <unassigned-1CF47>..MUSICAL SYMBOL ONE HUNDRED TWENTY-EIGHTH NOTE
        0x1D165,  // spacingMark: MUSICAL SYMBOL COMBINING STEM..MUSICAL SYMBOL COMBINING SPRECHGESANG STEM
        0x1D167,  // zero: MUSICAL SYMBOL COMBINING TREMOLO-1..MUSICAL SYMBOL COMBINING TREMOLO-3
        0x1D16A,  // narrow: MUSICAL SYMBOL FINGERED TREMOLO-1..MUSICAL SYMBOL FINGERED TREMOLO-3
        0x1D16D,  // spacingMark: MUSICAL SYMBOL COMBINING AUGMENTATION DOT..MUSICAL SYMBOL COMBINING FLAG-5
        0x1D173,  // zero: MUSICAL SYMBOL BEGIN BEAM..MUSICAL SYMBOL COMBINING LOURE
        0x1D183,  // narrow: MUSICAL SYMBOL ARPEGGIATO UP..MUSICAL SYMBOL ARPEGGIATO DOWN
        0x1D185,  // zero: MUSICAL SYMBOL COMBINING DOIT..MUSICAL SYMBOL COMBINING TRIPLE TONGUE
        0x1D18C,  // narrow: MUSICAL SYMBOL RINFORZANDO..MUSICAL SYMBOL DEGREE SLASH
        0x1D1AA,  // zero: MUSICAL SYMBOL COMBINING DOWN BOW..MUSICAL SYMBOL COMBINING SNAP PIZZICATO
        0x1D1AE,  // narrow: MUSICAL SYMBOL PEDAL MARK..GREEK INSTRUMENTAL NOTATION SYMBOL-54
        0x1D242,  // zero: COMBINING GREEK MUSICAL TRISEME..COMBINING GREEK MUSICAL PENTASEME
        0x1D245,  // narrow: GREEK MUSICAL LEIMMA..<unassigned-1D2FF>
        0x1D300,  // wide: MONOGRAM FOR EARTH..TETRAGRAM FOR FOSTERING
        0x1D357,  // narrow: <unassigned-1D357>..<unassigned-1D35F>
        0x1D360,  // wide: COUNTING ROD UNIT DIGIT ONE..IDEOGRAPHIC TALLY MARK FIVE
        0x1D377,  // narrow: TALLY MARK ONE..SIGNWRITING HEAD
        0x1DA00,  // zero: SIGNWRITING HEAD RIM..SIGNWRITING AIR SUCKING IN
        0x1DA37,  // narrow: SIGNWRITING AIR BLOW SMALL ROTATIONS..SIGNWRITING BREATH EXHALE
        0x1DA3B,  // zero: SIGNWRITING MOUTH CLOSED NEUTRAL..SIGNWRITING EXCITEMENT
        0x1DA6D,  // narrow: SIGNWRITING SHOULDER HIP SPINE..SIGNWRITING TORSO-FLOORPLANE TWISTING
        0x1DA75,  // zero: SIGNWRITING UPPER BODY TILTING FROM HIP JOINTS
        0x1DA76,  // narrow: SIGNWRITING LIMB COMBINATION..SIGNWRITING LOCATION DEPTH
        0x1DA84,  // zero: SIGNWRITING LOCATION HEAD NECK
        0x1DA85,  // narrow: SIGNWRITING LOCATION TORSO..<unassigned-1DA9A>
        0x1DA9B,  // zero: SIGNWRITING FILL MODIFIER-2..SIGNWRITING FILL MODIFIER-6
        0x1DAA0,  // narrow: <unassigned-1DAA0>
        0x1DAA1,  // zero: SIGNWRITING ROTATION MODIFIER-2..SIGNWRITING ROTATION MODIFIER-16
        0x1DAB0,  // narrow: <unassigned-1DAB0>..<unassigned-1DFFF>
        0x1E000,  // zero: COMBINING GLAGOLITIC LETTER AZU..COMBINING GLAGOLITIC LETTER ZHIVETE
        0x1E007,  // narrow: <unassigned-1E007>
        0x1E008,  // zero: COMBINING GLAGOLITIC LETTER ZEMLJA..COMBINING GLAGOLITIC LETTER HERU
        0x1E019,  // narrow: <unassigned-1E019>..<unassigned-1E01A>
        0x1E01B,  // zero: COMBINING GLAGOLITIC LETTER SHTA..COMBINING GLAGOLITIC LETTER YATI
        0x1E022,  // narrow: <unassigned-1E022>
        0x1E023,  // zero: COMBINING GLAGOLITIC LETTER YU..COMBINING GLAGOLITIC LETTER SMALL YUS
        0x1E025,  // narrow: <unassigned-1E025>
        0x1E026,  // zero: COMBINING GLAGOLITIC LETTER YO..COMBINING GLAGOLITIC LETTER FITA
        0x1E02B,  // narrow: <unassigned-1E02B>..<unassigned-1E08E>
        0x1E08F,  // zero: COMBINING CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I
        0x1E090,  // narrow: <unassigned-1E090>..<unassigned-1E12F>
        0x1E130,  // zero: NYIAKENG PUACHUE HMONG TONE-B..NYIAKENG PUACHUE HMONG TONE-D
        0x1E137,  // narrow: NYIAKENG PUACHUE HMONG SIGN FOR PERSON..TOTO LETTER A
        0x1E2AE,  // zero: TOTO SIGN RISING TONE
        0x1E2AF,  // narrow: <unassigned-1E2AF>..WANCHO LETTER YIH
        0x1E2EC,  // zero: WANCHO TONE TUP..WANCHO TONE KOINI
        0x1E2F0,  // narrow: WANCHO DIGIT ZERO..NAG MUNDARI SIGN OJOD
        0x1E4EC,  // zero: NAG MUNDARI SIGN MUHOR..NAG MUNDARI SIGN SUTUH
        0x1E4F0,  // narrow: NAG MUNDARI DIGIT ZERO..OL ONAL LETTER EG
        0x1E5EE,  // zero: OL ONAL SIGN MU..OL ONAL SIGN IKIR
        0x1E5F0,  // narrow: OL ONAL SIGN HODDOND..TAI YO LETTER UE
        0x1E6E3,  // zero: TAI YO SIGN UE
        0x1E6E4,  // narrow: TAI YO LETTER U..TAI YO LETTER AE
        0x1E6E6,  // zero: TAI YO SIGN AU
        0x1E6E7,  // narrow: TAI YO LETTER O..TAI YO LETTER AUE
        0x1E6EE,  // zero: TAI YO SIGN AY..TAI YO SIGN ANG
        0x1E6F0,  // narrow: TAI YO LETTER AN..TAI YO LETTER AP
        0x1E6F5,  // zero: TAI YO SIGN OM
        0x1E6F6,  // narrow: <unassigned-1E6F6>..MENDE KIKAKUI DIGIT NINE
        0x1E8D0,  // zero: MENDE KIKAKUI COMBINING NUMBER TEENS..MENDE KIKAKUI COMBINING NUMBER MILLIONS
        0x1E8D7,  // narrow: <unassigned-1E8D7>..ADLAM SMALL LETTER SHA
        0x1E944,  // zero: ADLAM ALIF LENGTHENER..ADLAM NUKTA
        0x1E94B,  // narrow: ADLAM NASALIZATION MARK..MAHJONG TILE NORTH WIND
        0x1F004,  // wide: MAHJONG TILE RED DRAGON
        0x1F005,  // narrow: MAHJONG TILE GREEN DRAGON..PLAYING CARD KING OF DIAMONDS
        0x1F0CF,  // wide: PLAYING CARD BLACK JOKER
        0x1F0D0,  // narrow: <unassigned-1F0D0>..CIRCLED HUMAN FIGURE
        0x1F170,  // emojiVariationBase: NEGATIVE SQUARED LATIN CAPITAL LETTER A..NEGATIVE SQUARED LATIN CAPITAL LETTER B
        0x1F172,  // narrow: NEGATIVE SQUARED LATIN CAPITAL LETTER C..NEGATIVE SQUARED LATIN CAPITAL LETTER N
        0x1F17E,  // emojiVariationBase: NEGATIVE SQUARED LATIN CAPITAL LETTER O..NEGATIVE SQUARED LATIN CAPITAL LETTER P
        0x1F180,  // narrow: NEGATIVE SQUARED LATIN CAPITAL LETTER Q..NEGATIVE SQUARED SA
        0x1F18E,  // wide: NEGATIVE SQUARED AB
        0x1F18F,  // narrow: NEGATIVE SQUARED WC..SQUARE DJ
        0x1F191,  // wide: SQUARED CL..SQUARED VS
        0x1F19B,  // narrow: SQUARED THREE D..<unassigned-1F1E5>
        0x1F1E6,  // wide: REGIONAL INDICATOR SYMBOL LETTER A..SQUARED KATAKANA SA
        0x1F203,  // narrow: <unassigned-1F203>..<unassigned-1F20F>
        0x1F210,  // wide: SQUARED CJK UNIFIED IDEOGRAPH-624B..SQUARED CJK UNIFIED IDEOGRAPH-914D
        0x1F23C,  // narrow: <unassigned-1F23C>..<unassigned-1F23F>
        0x1F240,  // wide: TORTOISE SHELL BRACKETED CJK UNIFIED IDEOGRAPH-672C..TORTOISE SHELL BRACKETED CJK UNIFIED IDEOGRAPH-6557
        0x1F249,  // narrow: <unassigned-1F249>..<unassigned-1F24F>
        0x1F250,  // wide: CIRCLED IDEOGRAPH ADVANTAGE..CIRCLED IDEOGRAPH ACCEPT
        0x1F252,  // narrow: <unassigned-1F252>..<unassigned-1F25F>
        0x1F260,  // wide: ROUNDED SYMBOL FOR FU..ROUNDED SYMBOL FOR CAI
        0x1F266,  // narrow: <unassigned-1F266>..<unassigned-1F2FF>
        0x1F300,  // wide: CYCLONE..SHOOTING STAR
        0x1F321,  // emojiVariationBase: THERMOMETER
        0x1F322,  // narrow: BLACK DROPLET..WHITE SUN
        0x1F324,  // emojiVariationBase: WHITE SUN WITH SMALL CLOUD..WIND BLOWING FACE
        0x1F32D,  // wide: HOT DOG..CACTUS
        0x1F336,  // emojiVariationBase: HOT PEPPER
        0x1F337,  // wide: TULIP..BABY BOTTLE
        0x1F37D,  // emojiVariationBase: FORK AND KNIFE WITH PLATE
        0x1F37E,  // wide: BOTTLE WITH POPPING CORK..GRADUATION CAP
        0x1F394,  // narrow: HEART WITH TIP ON THE LEFT..BOUQUET OF FLOWERS
        0x1F396,  // emojiVariationBase: MILITARY MEDAL..REMINDER RIBBON
        0x1F398,  // narrow: MUSICAL KEYBOARD WITH JACKS
        0x1F399,  // emojiVariationBase: STUDIO MICROPHONE..CONTROL KNOBS
        0x1F39C,  // narrow: BEAMED ASCENDING MUSICAL NOTES..BEAMED DESCENDING MUSICAL NOTES
        0x1F39E,  // emojiVariationBase: FILM FRAMES..ADMISSION TICKETS
        0x1F3A0,  // wide: CAROUSEL HORSE..SWIMMER
        0x1F3CB,  // emojiVariationBase: WEIGHT LIFTER..RACING CAR
        0x1F3CF,  // wide: CRICKET BAT AND BALL..TABLE TENNIS PADDLE AND BALL
        0x1F3D4,  // emojiVariationBase: SNOW CAPPED MOUNTAIN..STADIUM
        0x1F3E0,  // wide: HOUSE BUILDING..EUROPEAN CASTLE
        0x1F3F1,  // narrow: WHITE PENNANT..BLACK PENNANT
        0x1F3F3,  // emojiVariationBase: WAVING WHITE FLAG
        0x1F3F4,  // wide: WAVING BLACK FLAG
        0x1F3F5,  // emojiVariationBase: ROSETTE
        0x1F3F6,  // narrow: BLACK ROSETTE
        0x1F3F7,  // emojiVariationBase: LABEL
        0x1F3F8,  // wide: BADMINTON RACQUET AND SHUTTLECOCK..PAW PRINTS
        0x1F43F,  // emojiVariationBase: CHIPMUNK
        0x1F440,  // wide: EYES
        0x1F441,  // emojiVariationBase: EYE
        0x1F442,  // wide: EAR..VIDEOCASSETTE
        0x1F4FD,  // emojiVariationBase: FILM PROJECTOR
        0x1F4FE,  // narrow: PORTABLE STEREO
        0x1F4FF,  // wide: PRAYER BEADS..DOWN-POINTING SMALL RED TRIANGLE
        0x1F53E,  // narrow: LOWER RIGHT SHADOWED WHITE CIRCLE..CELTIC CROSS
        0x1F549,  // emojiVariationBase: OM SYMBOL..DOVE OF PEACE
        0x1F54B,  // wide: KAABA..MENORAH WITH NINE BRANCHES
        0x1F54F,  // narrow: BOWL OF HYGIEIA
        0x1F550,  // wide: CLOCK FACE ONE OCLOCK..CLOCK FACE TWELVE-THIRTY
        0x1F568,  // narrow: RIGHT SPEAKER..BOOK
        0x1F56F,  // emojiVariationBase: CANDLE..MANTELPIECE CLOCK
        0x1F571,  // narrow: BLACK SKULL AND CROSSBONES..NO PIRACY
        0x1F573,  // emojiVariationBase: HOLE..JOYSTICK
        0x1F57A,  // wide: MAN DANCING
        0x1F57B,  // narrow: LEFT HAND TELEPHONE RECEIVER..PEN OVER STAMPED ENVELOPE
        0x1F587,  // emojiVariationBase: LINKED PAPERCLIPS
        0x1F588,  // narrow: BLACK PUSHPIN..LOWER LEFT PENCIL
        0x1F58A,  // emojiVariationBase: LOWER LEFT BALLPOINT PEN..LOWER LEFT CRAYON
        0x1F58E,  // narrow: LEFT WRITING HAND..TURNED OK HAND SIGN
        0x1F590,  // emojiVariationBase: RAISED HAND WITH FINGERS SPLAYED
        0x1F591,  // narrow: REVERSED RAISED HAND WITH FINGERS SPLAYED..REVERSED VICTORY HAND
        0x1F595,  // wide: REVERSED HAND WITH MIDDLE FINGER EXTENDED..RAISED HAND WITH PART BETWEEN MIDDLE AND RING FINGERS
        0x1F597,  // narrow: WHITE DOWN POINTING LEFT HAND INDEX..BLACK DOWN POINTING BACKHAND INDEX
        0x1F5A4,  // wide: BLACK HEART
        0x1F5A5,  // emojiVariationBase: DESKTOP COMPUTER
        0x1F5A6,  // narrow: KEYBOARD AND MOUSE..THREE NETWORKED COMPUTERS
        0x1F5A8,  // emojiVariationBase: PRINTER
        0x1F5A9,  // narrow: POCKET CALCULATOR..TWO BUTTON MOUSE
        0x1F5B1,  // emojiVariationBase: THREE BUTTON MOUSE..TRACKBALL
        0x1F5B3,  // narrow: OLD PERSONAL COMPUTER..DOCUMENT WITH PICTURE
        0x1F5BC,  // emojiVariationBase: FRAME WITH PICTURE
        0x1F5BD,  // narrow: FRAME WITH TILES..OPEN FOLDER
        0x1F5C2,  // emojiVariationBase: CARD INDEX DIVIDERS..FILE CABINET
        0x1F5C5,  // narrow: EMPTY NOTE..PAGES
        0x1F5D1,  // emojiVariationBase: WASTEBASKET..SPIRAL CALENDAR PAD
        0x1F5D4,  // narrow: DESKTOP WINDOW..DECREASE FONT SIZE SYMBOL
        0x1F5DC,  // emojiVariationBase: COMPRESSION..ROLLED-UP NEWSPAPER
        0x1F5DF,  // narrow: PAGE WITH CIRCLED TEXT..STOCK CHART
        0x1F5E1,  // emojiVariationBase: DAGGER KNIFE
        0x1F5E2,  // narrow: LIPS
        0x1F5E3,  // emojiVariationBase: SPEAKING HEAD IN SILHOUETTE
        0x1F5E4,  // narrow: THREE RAYS ABOVE..THREE RAYS RIGHT
        0x1F5E8,  // emojiVariationBase: LEFT SPEECH BUBBLE
        0x1F5E9,  // narrow: RIGHT SPEECH BUBBLE..LEFT ANGER BUBBLE
        0x1F5EF,  // emojiVariationBase: RIGHT ANGER BUBBLE
        0x1F5F0,  // narrow: MOOD BUBBLE..LIGHTNING MOOD
        0x1F5F3,  // emojiVariationBase: BALLOT BOX WITH BALLOT
        0x1F5F4,  // narrow: BALLOT SCRIPT X..BALLOT BOX WITH BOLD CHECK
        0x1F5FA,  // emojiVariationBase: WORLD MAP
        0x1F5FB,  // wide: MOUNT FUJI..PERSON WITH FOLDED HANDS
        0x1F650,  // narrow: NORTH WEST POINTING LEAF..REVERSE CHECKER BOARD
        0x1F680,  // wide: ROCKET..LEFT LUGGAGE
        0x1F6C6,  // narrow: TRIANGLE WITH ROUNDED CORNERS..GIRLS SYMBOL
        0x1F6CB,  // emojiVariationBase: COUCH AND LAMP
        0x1F6CC,  // wide: SLEEPING ACCOMMODATION
        0x1F6CD,  // emojiVariationBase: SHOPPING BAGS..BED
        0x1F6D0,  // wide: PLACE OF WORSHIP..SHOPPING TROLLEY
        0x1F6D3,  // narrow: STUPA..PAGODA
        0x1F6D5,  // wide: HINDU TEMPLE..LANDSLIDE
        0x1F6D9,  // narrow: <unassigned-1F6D9>..<unassigned-1F6DB>
        0x1F6DC,  // wide: WIRELESS..RING BUOY
        0x1F6E0,  // emojiVariationBase: HAMMER AND WRENCH..MOTOR BOAT
        0x1F6E6,  // narrow: UP-POINTING MILITARY AIRPLANE..UP-POINTING SMALL AIRPLANE
        0x1F6E9,  // emojiVariationBase: SMALL AIRPLANE
        0x1F6EA,  // narrow: NORTHEAST-POINTING AIRPLANE
        0x1F6EB,  // wide: AIRPLANE DEPARTURE..AIRPLANE ARRIVING
        0x1F6ED,  // narrow: <unassigned-1F6ED>..<unassigned-1F6EF>
        0x1F6F0,  // emojiVariationBase: SATELLITE
        0x1F6F1,  // narrow: ONCOMING FIRE ENGINE..DIESEL LOCOMOTIVE
        0x1F6F3,  // emojiVariationBase: PASSENGER SHIP
        0x1F6F4,  // wide: SCOOTER..ROLLER SKATE
        0x1F6FD,  // narrow: <unassigned-1F6FD>..<unassigned-1F7DF>
        0x1F7E0,  // wide: LARGE ORANGE CIRCLE..LARGE BROWN SQUARE
        0x1F7EC,  // narrow: <unassigned-1F7EC>..<unassigned-1F7EF>
        0x1F7F0,  // wide: HEAVY EQUALS SIGN
        0x1F7F1,  // narrow: <unassigned-1F7F1>..DOWNWARD FACING NOTCHED HOOK WITH DOT
        0x1F90C,  // wide: PINCHED FINGERS..FENCER
        0x1F93B,  // narrow: MODERN PENTATHLON
        0x1F93C,  // wide: WRESTLERS..GOAL NET
        0x1F946,  // narrow: RIFLE
        0x1F947,  // wide: FIRST PLACE MEDAL..NAZAR AMULET
        0x1FA00,  // narrow: NEUTRAL CHESS KING..<unassigned-1FA6F>
        0x1FA70,  // wide: BALLET SHOES..CRUTCH
        0x1FA7D,  // narrow: <unassigned-1FA7D>..<unassigned-1FA7F>
        0x1FA80,  // wide: YO-YO..TROMBONE
        0x1FA8B,  // narrow: <unassigned-1FA8B>..<unassigned-1FA8D>
        0x1FA8E,  // wide: TREASURE CHEST..FINGERPRINT
        0x1FAC7,  // narrow: <unassigned-1FAC7>
        0x1FAC8,  // wide: HAIRY CREATURE
        0x1FAC9,  // narrow: <unassigned-1FAC9>..<unassigned-1FACC>
        0x1FACD,  // wide: ORCA..ROOT VEGETABLE
        0x1FADD,  // narrow: <unassigned-1FADD>..<unassigned-1FADE>
        0x1FADF,  // wide: SPLATTER..DISTORTED FACE
        0x1FAEB,  // narrow: <unassigned-1FAEB>..<unassigned-1FAEE>
        0x1FAEF,  // wide: FIGHT CLOUD..RIGHTWARDS PUSHING HAND
        0x1FAF9,  // narrow: <unassigned-1FAF9>..<unassigned-1FFFF>
        0x20000,  // wide: CJK Ideograph Extension B..<unassigned-2FFFD>
        0x2FFFE,  // narrow: <unassigned-2FFFE>..<unassigned-2FFFF>
        0x30000,  // wide: CJK Ideograph Extension G..<unassigned-3FFFD>
        0x3FFFE,  // narrow: <unassigned-3FFFE>..<unassigned-DFFFF>
        0xE0000,  // zero: <unassigned-E0000>..<unassigned-E0FFF>
        0xE1000,  // narrow: <unassigned-E1000>..<unassigned-10FFFF>
    ]

    /// The class of each run in `runStarts`.
    static let runClasses: [UInt8] = [
        0, 1, 4, 1, 4, 1, 4, 1, 0, 1, 4, 1, 4, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1,
        0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1,
        0, 1, 0, 1, 0, 3, 1, 0, 3, 0, 1, 3, 0, 3, 0, 3, 1, 0, 1, 0, 1, 0, 3, 1, 0, 1, 3, 0, 1, 3, 1, 3,
        0, 1, 3, 1, 0, 1, 0, 1, 0, 3, 1, 0, 1, 3, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 3, 1, 0, 1, 3,
        0, 1, 0, 3, 1, 3, 0, 1, 0, 1, 0, 1, 0, 3, 1, 0, 1, 3, 0, 3, 0, 1, 3, 1, 3, 0, 1, 0, 3, 1, 0, 1,
        0, 1, 3, 0, 3, 1, 3, 1, 3, 0, 1, 3, 1, 0, 3, 0, 1, 0, 1, 0, 3, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 3,
        1, 0, 1, 3, 0, 3, 1, 0, 3, 1, 3, 0, 1, 3, 1, 0, 1, 3, 1, 0, 3, 1, 0, 1, 3, 0, 1, 3, 1, 3, 0, 1,
        3, 1, 0, 1, 0, 3, 1, 0, 1, 3, 0, 1, 0, 1, 3, 1, 3, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1,
        0, 1, 0, 1, 0, 1, 3, 1, 0, 3, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 3, 0, 3, 0, 3, 0, 3, 0, 1, 3, 0, 1,
        0, 1, 3, 1, 3, 1, 0, 1, 0, 3, 0, 3, 0, 1, 3, 1, 3, 0, 1, 2, 0, 1, 0, 1, 0, 3, 1, 0, 3, 1, 0, 1,
        0, 1, 0, 3, 0, 3, 0, 3, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 3, 0, 3, 1, 3, 0, 3, 0, 1, 0, 3, 0, 1,
        3, 0, 3, 0, 1, 0, 3, 0, 3, 0, 3, 0, 1, 0, 1, 0, 1, 0, 1, 0, 3, 1, 0, 3, 0, 3, 0, 3, 0, 3, 1, 0,
        1, 0, 3, 1, 3, 0, 3, 0, 3, 0, 1, 0, 3, 0, 3, 0, 3, 0, 3, 1, 3, 0, 3, 0, 1, 0, 1, 0, 3, 0, 1, 0,
        1, 0, 1, 3, 0, 1, 0, 1, 0, 1, 0, 1, 4, 1, 4, 1, 0, 1, 0, 1, 4, 1, 4, 1, 4, 1, 4, 1, 2, 1, 4, 2,
        1, 4, 1, 2, 4, 2, 4, 2, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 2, 1, 4, 1, 4, 1, 4, 1, 2, 1, 4, 1,
        4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 2, 4, 1, 4, 1, 4, 1, 2, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 2,
        1, 2, 1, 4, 2, 4, 1, 4, 1, 4, 1, 4, 2, 1, 4, 1, 2, 1, 4, 1, 2, 1, 2, 1, 4, 1, 2, 4, 1, 4, 1, 4,
        2, 1, 4, 2, 1, 4, 2, 4, 2, 1, 4, 2, 1, 2, 1, 4, 1, 2, 1, 4, 2, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4,
        1, 4, 1, 2, 1, 4, 1, 4, 1, 4, 1, 2, 1, 2, 1, 2, 1, 2, 1, 4, 1, 2, 1, 4, 1, 2, 1, 2, 1, 4, 1, 4,
        1, 2, 1, 2, 1, 2, 1, 0, 1, 0, 1, 0, 1, 2, 1, 2, 1, 2, 1, 2, 0, 3, 2, 1, 2, 1, 0, 2, 1, 2, 1, 2,
        0, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 3, 0, 3, 1, 0,
        1, 3, 1, 3, 0, 1, 0, 1, 0, 1, 0, 1, 0, 3, 1, 2, 1, 0, 3, 1, 0, 3, 0, 3, 0, 3, 1, 0, 1, 0, 3, 0,
        3, 0, 1, 0, 1, 0, 3, 1, 3, 0, 3, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 3, 0, 3, 1, 3, 0, 1, 3, 0, 3,
        0, 3, 1, 3, 0, 1, 2, 1, 0, 1, 0, 1, 2, 1, 0, 1, 0, 2, 1, 0, 2, 1, 2, 1, 2, 1, 0, 1, 2, 1, 0, 1,
        2, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1,
        0, 1, 3, 0, 3, 1, 0, 1, 0, 1, 0, 1, 0, 3, 1, 3, 0, 3, 0, 1, 0, 1, 0, 1, 0, 3, 0, 1, 3, 1, 0, 1,
        0, 3, 1, 3, 0, 3, 1, 0, 1, 3, 0, 1, 3, 0, 3, 0, 3, 0, 1, 0, 1, 0, 1, 0, 3, 0, 1, 0, 3, 1, 0, 1,
        3, 0, 3, 1, 3, 1, 3, 1, 3, 1, 3, 1, 0, 1, 0, 1, 3, 0, 1, 3, 1, 3, 1, 3, 1, 3, 0, 3, 0, 1, 0, 1,
        0, 1, 3, 0, 3, 0, 3, 0, 1, 0, 1, 3, 0, 3, 0, 3, 0, 3, 0, 1, 3, 0, 1, 3, 0, 3, 0, 1, 0, 1, 3, 0,
        3, 0, 3, 0, 1, 0, 3, 0, 3, 0, 3, 0, 1, 0, 3, 0, 3, 0, 3, 0, 1, 3, 0, 3, 0, 1, 3, 1, 3, 1, 0, 3,
        0, 1, 3, 1, 3, 0, 1, 3, 0, 1, 0, 3, 0, 1, 3, 1, 0, 1, 0, 3, 1, 0, 1, 0, 1, 0, 3, 0, 1, 0, 3, 0,
        1, 0, 3, 0, 3, 0, 3, 1, 3, 0, 1, 0, 3, 0, 1, 0, 1, 3, 0, 3, 0, 3, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1,
        0, 1, 3, 1, 0, 1, 3, 0, 3, 0, 1, 0, 3, 1, 0, 1, 3, 1, 3, 0, 1, 3, 0, 3, 0, 1, 0, 1, 0, 1, 0, 1,
        0, 3, 0, 1, 0, 1, 0, 1, 0, 1, 3, 1, 0, 1, 2, 0, 1, 3, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1,
        2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 0, 1, 0, 1, 0, 1, 0, 1, 3, 0, 1, 3, 0, 1, 0, 1, 0, 1, 0, 1,
        2, 1, 2, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1,
        0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 2, 1, 2, 1, 4, 1, 4, 1, 2, 1, 2, 1, 2, 1,
        2, 1, 2, 1, 2, 1, 2, 1, 2, 4, 1, 4, 2, 4, 2, 4, 2, 1, 4, 1, 4, 1, 4, 2, 4, 2, 4, 2, 1, 4, 2, 4,
        1, 4, 2, 4, 2, 4, 2, 4, 1, 2, 1, 4, 2, 1, 2, 1, 4, 1, 4, 2, 1, 4, 1, 4, 1, 4, 1, 2, 1, 2, 4, 1,
        4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 1, 4, 2, 1, 2, 1, 4, 2, 4, 2, 1,
        2, 1, 2, 4, 1, 4, 1, 2, 1, 4, 1, 4, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1,
        2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 0, 1,
    ]

    // MARK: The properties the classes are made from (for tests and for reading)

    /// Zero width: General_Category Cc, Mn, Me, Cf, Zl, Zp; Default_Ignorable_Code_Point
    /// (DerivedCoreProperties, unassigned ones included, e.g. U+E0000–U+E0FFF); Hangul_Syllable_Type
    /// V and T (HANGUL JUNGSEONG/JONGSEONG: U+1160–U+11FF, U+D7B0–U+D7FB). Not U+00AD SOFT HYPHEN,
    /// not Prepended_Concatenation_Mark (PropList: visible signs such as U+0600), not U+115F HANGUL
    /// CHOSEONG FILLER (Hangul_Syllable_Type L, the base of its syllable).
    /// 375 ranges, 6298 code points.
    static let zeroWidth: [UInt32] = [
        0x0000, 0x001F,  // <control-0000>..<control-001F>
        0x007F, 0x009F,  // <control-007F>..<control-009F>
        0x0300, 0x036F,  // COMBINING GRAVE ACCENT..COMBINING LATIN SMALL LETTER X
        0x0483, 0x0489,  // COMBINING CYRILLIC TITLO..COMBINING CYRILLIC MILLIONS SIGN
        0x0591, 0x05BD,  // HEBREW ACCENT ETNAHTA..HEBREW POINT METEG
        0x05BF, 0x05BF,  // HEBREW POINT RAFE
        0x05C1, 0x05C2,  // HEBREW POINT SHIN DOT..HEBREW POINT SIN DOT
        0x05C4, 0x05C5,  // HEBREW MARK UPPER DOT..HEBREW MARK LOWER DOT
        0x05C7, 0x05C7,  // HEBREW POINT QAMATS QATAN
        0x0610, 0x061A,  // ARABIC SIGN SALLALLAHOU ALAYHE WASSALLAM..ARABIC SMALL KASRA
        0x061C, 0x061C,  // ARABIC LETTER MARK
        0x064B, 0x065F,  // ARABIC FATHATAN..ARABIC WAVY HAMZA BELOW
        0x0670, 0x0670,  // ARABIC LETTER SUPERSCRIPT ALEF
        0x06D6, 0x06DC,  // ARABIC SMALL HIGH LIGATURE SAD WITH LAM WITH ALEF MAKSURA..ARABIC SMALL HIGH SEEN
        0x06DF, 0x06E4,  // ARABIC SMALL HIGH ROUNDED ZERO..ARABIC SMALL HIGH MADDA
        0x06E7, 0x06E8,  // ARABIC SMALL HIGH YEH..ARABIC SMALL HIGH NOON
        0x06EA, 0x06ED,  // ARABIC EMPTY CENTRE LOW STOP..ARABIC SMALL LOW MEEM
        0x0711, 0x0711,  // SYRIAC LETTER SUPERSCRIPT ALAPH
        0x0730, 0x074A,  // SYRIAC PTHAHA ABOVE..SYRIAC BARREKH
        0x07A6, 0x07B0,  // THAANA ABAFILI..THAANA SUKUN
        0x07EB, 0x07F3,  // NKO COMBINING SHORT HIGH TONE..NKO COMBINING DOUBLE DOT ABOVE
        0x07FD, 0x07FD,  // NKO DANTAYALAN
        0x0816, 0x0819,  // SAMARITAN MARK IN..SAMARITAN MARK DAGESH
        0x081B, 0x0823,  // SAMARITAN MARK EPENTHETIC YUT..SAMARITAN VOWEL SIGN A
        0x0825, 0x0827,  // SAMARITAN VOWEL SIGN SHORT A..SAMARITAN VOWEL SIGN U
        0x0829, 0x082D,  // SAMARITAN VOWEL SIGN LONG I..SAMARITAN MARK NEQUDAA
        0x0859, 0x085B,  // MANDAIC AFFRICATION MARK..MANDAIC GEMINATION MARK
        0x0897, 0x089F,  // ARABIC PEPET..ARABIC HALF MADDA OVER MADDA
        0x08CA, 0x08E1,  // ARABIC SMALL HIGH FARSI YEH..ARABIC SMALL HIGH SIGN SAFHA
        0x08E3, 0x0902,  // ARABIC TURNED DAMMA BELOW..DEVANAGARI SIGN ANUSVARA
        0x093A, 0x093A,  // DEVANAGARI VOWEL SIGN OE
        0x093C, 0x093C,  // DEVANAGARI SIGN NUKTA
        0x0941, 0x0948,  // DEVANAGARI VOWEL SIGN U..DEVANAGARI VOWEL SIGN AI
        0x094D, 0x094D,  // DEVANAGARI SIGN VIRAMA
        0x0951, 0x0957,  // DEVANAGARI STRESS SIGN UDATTA..DEVANAGARI VOWEL SIGN UUE
        0x0962, 0x0963,  // DEVANAGARI VOWEL SIGN VOCALIC L..DEVANAGARI VOWEL SIGN VOCALIC LL
        0x0981, 0x0981,  // BENGALI SIGN CANDRABINDU
        0x09BC, 0x09BC,  // BENGALI SIGN NUKTA
        0x09C1, 0x09C4,  // BENGALI VOWEL SIGN U..BENGALI VOWEL SIGN VOCALIC RR
        0x09CD, 0x09CD,  // BENGALI SIGN VIRAMA
        0x09E2, 0x09E3,  // BENGALI VOWEL SIGN VOCALIC L..BENGALI VOWEL SIGN VOCALIC LL
        0x09FE, 0x09FE,  // BENGALI SANDHI MARK
        0x0A01, 0x0A02,  // GURMUKHI SIGN ADAK BINDI..GURMUKHI SIGN BINDI
        0x0A3C, 0x0A3C,  // GURMUKHI SIGN NUKTA
        0x0A41, 0x0A42,  // GURMUKHI VOWEL SIGN U..GURMUKHI VOWEL SIGN UU
        0x0A47, 0x0A48,  // GURMUKHI VOWEL SIGN EE..GURMUKHI VOWEL SIGN AI
        0x0A4B, 0x0A4D,  // GURMUKHI VOWEL SIGN OO..GURMUKHI SIGN VIRAMA
        0x0A51, 0x0A51,  // GURMUKHI SIGN UDAAT
        0x0A70, 0x0A71,  // GURMUKHI TIPPI..GURMUKHI ADDAK
        0x0A75, 0x0A75,  // GURMUKHI SIGN YAKASH
        0x0A81, 0x0A82,  // GUJARATI SIGN CANDRABINDU..GUJARATI SIGN ANUSVARA
        0x0ABC, 0x0ABC,  // GUJARATI SIGN NUKTA
        0x0AC1, 0x0AC5,  // GUJARATI VOWEL SIGN U..GUJARATI VOWEL SIGN CANDRA E
        0x0AC7, 0x0AC8,  // GUJARATI VOWEL SIGN E..GUJARATI VOWEL SIGN AI
        0x0ACD, 0x0ACD,  // GUJARATI SIGN VIRAMA
        0x0AE2, 0x0AE3,  // GUJARATI VOWEL SIGN VOCALIC L..GUJARATI VOWEL SIGN VOCALIC LL
        0x0AFA, 0x0AFF,  // GUJARATI SIGN SUKUN..GUJARATI SIGN TWO-CIRCLE NUKTA ABOVE
        0x0B01, 0x0B01,  // ORIYA SIGN CANDRABINDU
        0x0B3C, 0x0B3C,  // ORIYA SIGN NUKTA
        0x0B3F, 0x0B3F,  // ORIYA VOWEL SIGN I
        0x0B41, 0x0B44,  // ORIYA VOWEL SIGN U..ORIYA VOWEL SIGN VOCALIC RR
        0x0B4D, 0x0B4D,  // ORIYA SIGN VIRAMA
        0x0B55, 0x0B56,  // ORIYA SIGN OVERLINE..ORIYA AI LENGTH MARK
        0x0B62, 0x0B63,  // ORIYA VOWEL SIGN VOCALIC L..ORIYA VOWEL SIGN VOCALIC LL
        0x0B82, 0x0B82,  // TAMIL SIGN ANUSVARA
        0x0BC0, 0x0BC0,  // TAMIL VOWEL SIGN II
        0x0BCD, 0x0BCD,  // TAMIL SIGN VIRAMA
        0x0C00, 0x0C00,  // TELUGU SIGN COMBINING CANDRABINDU ABOVE
        0x0C04, 0x0C04,  // TELUGU SIGN COMBINING ANUSVARA ABOVE
        0x0C3C, 0x0C3C,  // TELUGU SIGN NUKTA
        0x0C3E, 0x0C40,  // TELUGU VOWEL SIGN AA..TELUGU VOWEL SIGN II
        0x0C46, 0x0C48,  // TELUGU VOWEL SIGN E..TELUGU VOWEL SIGN AI
        0x0C4A, 0x0C4D,  // TELUGU VOWEL SIGN O..TELUGU SIGN VIRAMA
        0x0C55, 0x0C56,  // TELUGU LENGTH MARK..TELUGU AI LENGTH MARK
        0x0C62, 0x0C63,  // TELUGU VOWEL SIGN VOCALIC L..TELUGU VOWEL SIGN VOCALIC LL
        0x0C81, 0x0C81,  // KANNADA SIGN CANDRABINDU
        0x0CBC, 0x0CBC,  // KANNADA SIGN NUKTA
        0x0CBF, 0x0CBF,  // KANNADA VOWEL SIGN I
        0x0CC6, 0x0CC6,  // KANNADA VOWEL SIGN E
        0x0CCC, 0x0CCD,  // KANNADA VOWEL SIGN AU..KANNADA SIGN VIRAMA
        0x0CE2, 0x0CE3,  // KANNADA VOWEL SIGN VOCALIC L..KANNADA VOWEL SIGN VOCALIC LL
        0x0D00, 0x0D01,  // MALAYALAM SIGN COMBINING ANUSVARA ABOVE..MALAYALAM SIGN CANDRABINDU
        0x0D3B, 0x0D3C,  // MALAYALAM SIGN VERTICAL BAR VIRAMA..MALAYALAM SIGN CIRCULAR VIRAMA
        0x0D41, 0x0D44,  // MALAYALAM VOWEL SIGN U..MALAYALAM VOWEL SIGN VOCALIC RR
        0x0D4D, 0x0D4D,  // MALAYALAM SIGN VIRAMA
        0x0D62, 0x0D63,  // MALAYALAM VOWEL SIGN VOCALIC L..MALAYALAM VOWEL SIGN VOCALIC LL
        0x0D81, 0x0D81,  // SINHALA SIGN CANDRABINDU
        0x0DCA, 0x0DCA,  // SINHALA SIGN AL-LAKUNA
        0x0DD2, 0x0DD4,  // SINHALA VOWEL SIGN KETTI IS-PILLA..SINHALA VOWEL SIGN KETTI PAA-PILLA
        0x0DD6, 0x0DD6,  // SINHALA VOWEL SIGN DIGA PAA-PILLA
        0x0E31, 0x0E31,  // THAI CHARACTER MAI HAN-AKAT
        0x0E34, 0x0E3A,  // THAI CHARACTER SARA I..THAI CHARACTER PHINTHU
        0x0E47, 0x0E4E,  // THAI CHARACTER MAITAIKHU..THAI CHARACTER YAMAKKAN
        0x0EB1, 0x0EB1,  // LAO VOWEL SIGN MAI KAN
        0x0EB4, 0x0EBC,  // LAO VOWEL SIGN I..LAO SEMIVOWEL SIGN LO
        0x0EC8, 0x0ECE,  // LAO TONE MAI EK..LAO YAMAKKAN
        0x0F18, 0x0F19,  // TIBETAN ASTROLOGICAL SIGN -KHYUD PA..TIBETAN ASTROLOGICAL SIGN SDONG TSHUGS
        0x0F35, 0x0F35,  // TIBETAN MARK NGAS BZUNG NYI ZLA
        0x0F37, 0x0F37,  // TIBETAN MARK NGAS BZUNG SGOR RTAGS
        0x0F39, 0x0F39,  // TIBETAN MARK TSA -PHRU
        0x0F71, 0x0F7E,  // TIBETAN VOWEL SIGN AA..TIBETAN SIGN RJES SU NGA RO
        0x0F80, 0x0F84,  // TIBETAN VOWEL SIGN REVERSED I..TIBETAN MARK HALANTA
        0x0F86, 0x0F87,  // TIBETAN SIGN LCI RTAGS..TIBETAN SIGN YANG RTAGS
        0x0F8D, 0x0F97,  // TIBETAN SUBJOINED SIGN LCE TSA CAN..TIBETAN SUBJOINED LETTER JA
        0x0F99, 0x0FBC,  // TIBETAN SUBJOINED LETTER NYA..TIBETAN SUBJOINED LETTER FIXED-FORM RA
        0x0FC6, 0x0FC6,  // TIBETAN SYMBOL PADMA GDAN
        0x102D, 0x1030,  // MYANMAR VOWEL SIGN I..MYANMAR VOWEL SIGN UU
        0x1032, 0x1037,  // MYANMAR VOWEL SIGN AI..MYANMAR SIGN DOT BELOW
        0x1039, 0x103A,  // MYANMAR SIGN VIRAMA..MYANMAR SIGN ASAT
        0x103D, 0x103E,  // MYANMAR CONSONANT SIGN MEDIAL WA..MYANMAR CONSONANT SIGN MEDIAL HA
        0x1058, 0x1059,  // MYANMAR VOWEL SIGN VOCALIC L..MYANMAR VOWEL SIGN VOCALIC LL
        0x105E, 0x1060,  // MYANMAR CONSONANT SIGN MON MEDIAL NA..MYANMAR CONSONANT SIGN MON MEDIAL LA
        0x1071, 0x1074,  // MYANMAR VOWEL SIGN GEBA KAREN I..MYANMAR VOWEL SIGN KAYAH EE
        0x1082, 0x1082,  // MYANMAR CONSONANT SIGN SHAN MEDIAL WA
        0x1085, 0x1086,  // MYANMAR VOWEL SIGN SHAN E ABOVE..MYANMAR VOWEL SIGN SHAN FINAL Y
        0x108D, 0x108D,  // MYANMAR SIGN SHAN COUNCIL EMPHATIC TONE
        0x109D, 0x109D,  // MYANMAR VOWEL SIGN AITON AI
        0x1160, 0x11FF,  // HANGUL JUNGSEONG FILLER..HANGUL JONGSEONG SSANGNIEUN
        0x135D, 0x135F,  // ETHIOPIC COMBINING GEMINATION AND VOWEL LENGTH MARK..ETHIOPIC COMBINING GEMINATION MARK
        0x1712, 0x1714,  // TAGALOG VOWEL SIGN I..TAGALOG SIGN VIRAMA
        0x1732, 0x1733,  // HANUNOO VOWEL SIGN I..HANUNOO VOWEL SIGN U
        0x1752, 0x1753,  // BUHID VOWEL SIGN I..BUHID VOWEL SIGN U
        0x1772, 0x1773,  // TAGBANWA VOWEL SIGN I..TAGBANWA VOWEL SIGN U
        0x17B4, 0x17B5,  // KHMER VOWEL INHERENT AQ..KHMER VOWEL INHERENT AA
        0x17B7, 0x17BD,  // KHMER VOWEL SIGN I..KHMER VOWEL SIGN UA
        0x17C6, 0x17C6,  // KHMER SIGN NIKAHIT
        0x17C9, 0x17D3,  // KHMER SIGN MUUSIKATOAN..KHMER SIGN BATHAMASAT
        0x17DD, 0x17DD,  // KHMER SIGN ATTHACAN
        0x180B, 0x180F,  // MONGOLIAN FREE VARIATION SELECTOR ONE..MONGOLIAN FREE VARIATION SELECTOR FOUR
        0x1885, 0x1886,  // MONGOLIAN LETTER ALI GALI BALUDA..MONGOLIAN LETTER ALI GALI THREE BALUDA
        0x18A9, 0x18A9,  // MONGOLIAN LETTER ALI GALI DAGALGA
        0x1920, 0x1922,  // LIMBU VOWEL SIGN A..LIMBU VOWEL SIGN U
        0x1927, 0x1928,  // LIMBU VOWEL SIGN E..LIMBU VOWEL SIGN O
        0x1932, 0x1932,  // LIMBU SMALL LETTER ANUSVARA
        0x1939, 0x193B,  // LIMBU SIGN MUKPHRENG..LIMBU SIGN SA-I
        0x1A17, 0x1A18,  // BUGINESE VOWEL SIGN I..BUGINESE VOWEL SIGN U
        0x1A1B, 0x1A1B,  // BUGINESE VOWEL SIGN AE
        0x1A56, 0x1A56,  // TAI THAM CONSONANT SIGN MEDIAL LA
        0x1A58, 0x1A5E,  // TAI THAM SIGN MAI KANG LAI..TAI THAM CONSONANT SIGN SA
        0x1A60, 0x1A60,  // TAI THAM SIGN SAKOT
        0x1A62, 0x1A62,  // TAI THAM VOWEL SIGN MAI SAT
        0x1A65, 0x1A6C,  // TAI THAM VOWEL SIGN I..TAI THAM VOWEL SIGN OA BELOW
        0x1A73, 0x1A7C,  // TAI THAM VOWEL SIGN OA ABOVE..TAI THAM SIGN KHUEN-LUE KARAN
        0x1A7F, 0x1A7F,  // TAI THAM COMBINING CRYPTOGRAMMIC DOT
        0x1AB0, 0x1ADD,  // COMBINING DOUBLED CIRCUMFLEX ACCENT..COMBINING DOT-AND-RING BELOW
        0x1AE0, 0x1AEB,  // COMBINING LEFT TACK ABOVE..COMBINING DOUBLE RIGHTWARDS ARROW ABOVE
        0x1B00, 0x1B03,  // BALINESE SIGN ULU RICEM..BALINESE SIGN SURANG
        0x1B34, 0x1B34,  // BALINESE SIGN REREKAN
        0x1B36, 0x1B3A,  // BALINESE VOWEL SIGN ULU..BALINESE VOWEL SIGN RA REPA
        0x1B3C, 0x1B3C,  // BALINESE VOWEL SIGN LA LENGA
        0x1B42, 0x1B42,  // BALINESE VOWEL SIGN PEPET
        0x1B6B, 0x1B73,  // BALINESE MUSICAL SYMBOL COMBINING TEGEH..BALINESE MUSICAL SYMBOL COMBINING GONG
        0x1B80, 0x1B81,  // SUNDANESE SIGN PANYECEK..SUNDANESE SIGN PANGLAYAR
        0x1BA2, 0x1BA5,  // SUNDANESE CONSONANT SIGN PANYAKRA..SUNDANESE VOWEL SIGN PANYUKU
        0x1BA8, 0x1BA9,  // SUNDANESE VOWEL SIGN PAMEPET..SUNDANESE VOWEL SIGN PANEULEUNG
        0x1BAB, 0x1BAD,  // SUNDANESE SIGN VIRAMA..SUNDANESE CONSONANT SIGN PASANGAN WA
        0x1BE6, 0x1BE6,  // BATAK SIGN TOMPI
        0x1BE8, 0x1BE9,  // BATAK VOWEL SIGN PAKPAK E..BATAK VOWEL SIGN EE
        0x1BED, 0x1BED,  // BATAK VOWEL SIGN KARO O
        0x1BEF, 0x1BF1,  // BATAK VOWEL SIGN U FOR SIMALUNGUN SA..BATAK CONSONANT SIGN H
        0x1C2C, 0x1C33,  // LEPCHA VOWEL SIGN E..LEPCHA CONSONANT SIGN T
        0x1C36, 0x1C37,  // LEPCHA SIGN RAN..LEPCHA SIGN NUKTA
        0x1CD0, 0x1CD2,  // VEDIC TONE KARSHANA..VEDIC TONE PRENKHA
        0x1CD4, 0x1CE0,  // VEDIC SIGN YAJURVEDIC MIDLINE SVARITA..VEDIC TONE RIGVEDIC KASHMIRI INDEPENDENT SVARITA
        0x1CE2, 0x1CE8,  // VEDIC SIGN VISARGA SVARITA..VEDIC SIGN VISARGA ANUDATTA WITH TAIL
        0x1CED, 0x1CED,  // VEDIC SIGN TIRYAK
        0x1CF4, 0x1CF4,  // VEDIC TONE CANDRA ABOVE
        0x1CF8, 0x1CF9,  // VEDIC TONE RING ABOVE..VEDIC TONE DOUBLE RING ABOVE
        0x1DC0, 0x1DFF,  // COMBINING DOTTED GRAVE ACCENT..COMBINING RIGHT ARROWHEAD AND DOWN ARROWHEAD BELOW
        0x200B, 0x200F,  // ZERO WIDTH SPACE..RIGHT-TO-LEFT MARK
        0x2028, 0x202E,  // LINE SEPARATOR..RIGHT-TO-LEFT OVERRIDE
        0x2060, 0x206F,  // WORD JOINER..NOMINAL DIGIT SHAPES
        0x20D0, 0x20F0,  // COMBINING LEFT HARPOON ABOVE..COMBINING ASTERISK ABOVE
        0x2CEF, 0x2CF1,  // COPTIC COMBINING NI ABOVE..COPTIC COMBINING SPIRITUS LENIS
        0x2D7F, 0x2D7F,  // TIFINAGH CONSONANT JOINER
        0x2DE0, 0x2DFF,  // COMBINING CYRILLIC LETTER BE..COMBINING CYRILLIC LETTER IOTIFIED BIG YUS
        0x302A, 0x302D,  // IDEOGRAPHIC LEVEL TONE MARK..IDEOGRAPHIC ENTERING TONE MARK
        0x3099, 0x309A,  // COMBINING KATAKANA-HIRAGANA VOICED SOUND MARK..COMBINING KATAKANA-HIRAGANA SEMI-VOICED SOUND MARK
        0x3164, 0x3164,  // HANGUL FILLER
        0xA66F, 0xA672,  // COMBINING CYRILLIC VZMET..COMBINING CYRILLIC THOUSAND MILLIONS SIGN
        0xA674, 0xA67D,  // COMBINING CYRILLIC LETTER UKRAINIAN IE..COMBINING CYRILLIC PAYEROK
        0xA69E, 0xA69F,  // COMBINING CYRILLIC LETTER EF..COMBINING CYRILLIC LETTER IOTIFIED E
        0xA6F0, 0xA6F1,  // BAMUM COMBINING MARK KOQNDON..BAMUM COMBINING MARK TUKWENTIS
        0xA802, 0xA802,  // SYLOTI NAGRI SIGN DVISVARA
        0xA806, 0xA806,  // SYLOTI NAGRI SIGN HASANTA
        0xA80B, 0xA80B,  // SYLOTI NAGRI SIGN ANUSVARA
        0xA825, 0xA826,  // SYLOTI NAGRI VOWEL SIGN U..SYLOTI NAGRI VOWEL SIGN E
        0xA82C, 0xA82C,  // SYLOTI NAGRI SIGN ALTERNATE HASANTA
        0xA8C4, 0xA8C5,  // SAURASHTRA SIGN VIRAMA..SAURASHTRA SIGN CANDRABINDU
        0xA8E0, 0xA8F1,  // COMBINING DEVANAGARI DIGIT ZERO..COMBINING DEVANAGARI SIGN AVAGRAHA
        0xA8FF, 0xA8FF,  // DEVANAGARI VOWEL SIGN AY
        0xA926, 0xA92D,  // KAYAH LI VOWEL UE..KAYAH LI TONE CALYA PLOPHU
        0xA947, 0xA951,  // REJANG VOWEL SIGN I..REJANG CONSONANT SIGN R
        0xA980, 0xA982,  // JAVANESE SIGN PANYANGGA..JAVANESE SIGN LAYAR
        0xA9B3, 0xA9B3,  // JAVANESE SIGN CECAK TELU
        0xA9B6, 0xA9B9,  // JAVANESE VOWEL SIGN WULU..JAVANESE VOWEL SIGN SUKU MENDUT
        0xA9BC, 0xA9BD,  // JAVANESE VOWEL SIGN PEPET..JAVANESE CONSONANT SIGN KERET
        0xA9E5, 0xA9E5,  // MYANMAR SIGN SHAN SAW
        0xAA29, 0xAA2E,  // CHAM VOWEL SIGN AA..CHAM VOWEL SIGN OE
        0xAA31, 0xAA32,  // CHAM VOWEL SIGN AU..CHAM VOWEL SIGN UE
        0xAA35, 0xAA36,  // CHAM CONSONANT SIGN LA..CHAM CONSONANT SIGN WA
        0xAA43, 0xAA43,  // CHAM CONSONANT SIGN FINAL NG
        0xAA4C, 0xAA4C,  // CHAM CONSONANT SIGN FINAL M
        0xAA7C, 0xAA7C,  // MYANMAR SIGN TAI LAING TONE-2
        0xAAB0, 0xAAB0,  // TAI VIET MAI KANG
        0xAAB2, 0xAAB4,  // TAI VIET VOWEL I..TAI VIET VOWEL U
        0xAAB7, 0xAAB8,  // TAI VIET MAI KHIT..TAI VIET VOWEL IA
        0xAABE, 0xAABF,  // TAI VIET VOWEL AM..TAI VIET TONE MAI EK
        0xAAC1, 0xAAC1,  // TAI VIET TONE MAI THO
        0xAAEC, 0xAAED,  // MEETEI MAYEK VOWEL SIGN UU..MEETEI MAYEK VOWEL SIGN AAI
        0xAAF6, 0xAAF6,  // MEETEI MAYEK VIRAMA
        0xABE5, 0xABE5,  // MEETEI MAYEK VOWEL SIGN ANAP
        0xABE8, 0xABE8,  // MEETEI MAYEK VOWEL SIGN UNAP
        0xABED, 0xABED,  // MEETEI MAYEK APUN IYEK
        0xD7B0, 0xD7C6,  // HANGUL JUNGSEONG O-YEO..HANGUL JUNGSEONG ARAEA-E
        0xD7CB, 0xD7FB,  // HANGUL JONGSEONG NIEUN-RIEUL..HANGUL JONGSEONG PHIEUPH-THIEUTH
        0xFB1E, 0xFB1E,  // HEBREW POINT JUDEO-SPANISH VARIKA
        0xFE00, 0xFE0F,  // VARIATION SELECTOR-1..VARIATION SELECTOR-16
        0xFE20, 0xFE2F,  // COMBINING LIGATURE LEFT HALF..COMBINING CYRILLIC TITLO RIGHT HALF
        0xFEFF, 0xFEFF,  // ZERO WIDTH NO-BREAK SPACE
        0xFFA0, 0xFFA0,  // HALFWIDTH HANGUL FILLER
        0xFFF0, 0xFFFB,  // <unassigned-FFF0>..INTERLINEAR ANNOTATION TERMINATOR
        0x101FD, 0x101FD,  // PHAISTOS DISC SIGN COMBINING OBLIQUE STROKE
        0x102E0, 0x102E0,  // COPTIC EPACT THOUSANDS MARK
        0x10376, 0x1037A,  // COMBINING OLD PERMIC LETTER AN..COMBINING OLD PERMIC LETTER SII
        0x10A01, 0x10A03,  // KHAROSHTHI VOWEL SIGN I..KHAROSHTHI VOWEL SIGN VOCALIC R
        0x10A05, 0x10A06,  // KHAROSHTHI VOWEL SIGN E..KHAROSHTHI VOWEL SIGN O
        0x10A0C, 0x10A0F,  // KHAROSHTHI VOWEL LENGTH MARK..KHAROSHTHI SIGN VISARGA
        0x10A38, 0x10A3A,  // KHAROSHTHI SIGN BAR ABOVE..KHAROSHTHI SIGN DOT BELOW
        0x10A3F, 0x10A3F,  // KHAROSHTHI VIRAMA
        0x10AE5, 0x10AE6,  // MANICHAEAN ABBREVIATION MARK ABOVE..MANICHAEAN ABBREVIATION MARK BELOW
        0x10D24, 0x10D27,  // HANIFI ROHINGYA SIGN HARBAHAY..HANIFI ROHINGYA SIGN TASSI
        0x10D69, 0x10D6D,  // GARAY VOWEL SIGN E..GARAY CONSONANT NASALIZATION MARK
        0x10EAB, 0x10EAC,  // YEZIDI COMBINING HAMZA MARK..YEZIDI COMBINING MADDA MARK
        0x10EFA, 0x10EFF,  // ARABIC DOUBLE VERTICAL BAR BELOW..ARABIC SMALL LOW WORD MADDA
        0x10F46, 0x10F50,  // SOGDIAN COMBINING DOT BELOW..SOGDIAN COMBINING STROKE BELOW
        0x10F82, 0x10F85,  // OLD UYGHUR COMBINING DOT ABOVE..OLD UYGHUR COMBINING TWO DOTS BELOW
        0x11001, 0x11001,  // BRAHMI SIGN ANUSVARA
        0x11038, 0x11046,  // BRAHMI VOWEL SIGN AA..BRAHMI VIRAMA
        0x11070, 0x11070,  // BRAHMI SIGN OLD TAMIL VIRAMA
        0x11073, 0x11074,  // BRAHMI VOWEL SIGN OLD TAMIL SHORT E..BRAHMI VOWEL SIGN OLD TAMIL SHORT O
        0x1107F, 0x11081,  // BRAHMI NUMBER JOINER..KAITHI SIGN ANUSVARA
        0x110B3, 0x110B6,  // KAITHI VOWEL SIGN U..KAITHI VOWEL SIGN AI
        0x110B9, 0x110BA,  // KAITHI SIGN VIRAMA..KAITHI SIGN NUKTA
        0x110C2, 0x110C2,  // KAITHI VOWEL SIGN VOCALIC R
        0x11100, 0x11102,  // CHAKMA SIGN CANDRABINDU..CHAKMA SIGN VISARGA
        0x11127, 0x1112B,  // CHAKMA VOWEL SIGN A..CHAKMA VOWEL SIGN UU
        0x1112D, 0x11134,  // CHAKMA VOWEL SIGN AI..CHAKMA MAAYYAA
        0x11173, 0x11173,  // MAHAJANI SIGN NUKTA
        0x11180, 0x11181,  // SHARADA SIGN CANDRABINDU..SHARADA SIGN ANUSVARA
        0x111B6, 0x111BE,  // SHARADA VOWEL SIGN U..SHARADA VOWEL SIGN O
        0x111C9, 0x111CC,  // SHARADA SANDHI MARK..SHARADA EXTRA SHORT VOWEL MARK
        0x111CF, 0x111CF,  // SHARADA SIGN INVERTED CANDRABINDU
        0x1122F, 0x11231,  // KHOJKI VOWEL SIGN U..KHOJKI VOWEL SIGN AI
        0x11234, 0x11234,  // KHOJKI SIGN ANUSVARA
        0x11236, 0x11237,  // KHOJKI SIGN NUKTA..KHOJKI SIGN SHADDA
        0x1123E, 0x1123E,  // KHOJKI SIGN SUKUN
        0x11241, 0x11241,  // KHOJKI VOWEL SIGN VOCALIC R
        0x112DF, 0x112DF,  // KHUDAWADI SIGN ANUSVARA
        0x112E3, 0x112EA,  // KHUDAWADI VOWEL SIGN U..KHUDAWADI SIGN VIRAMA
        0x11300, 0x11301,  // GRANTHA SIGN COMBINING ANUSVARA ABOVE..GRANTHA SIGN CANDRABINDU
        0x1133B, 0x1133C,  // COMBINING BINDU BELOW..GRANTHA SIGN NUKTA
        0x11340, 0x11340,  // GRANTHA VOWEL SIGN II
        0x11366, 0x1136C,  // COMBINING GRANTHA DIGIT ZERO..COMBINING GRANTHA DIGIT SIX
        0x11370, 0x11374,  // COMBINING GRANTHA LETTER A..COMBINING GRANTHA LETTER PA
        0x113BB, 0x113C0,  // TULU-TIGALARI VOWEL SIGN U..TULU-TIGALARI VOWEL SIGN VOCALIC LL
        0x113CE, 0x113CE,  // TULU-TIGALARI SIGN VIRAMA
        0x113D0, 0x113D0,  // TULU-TIGALARI CONJOINER
        0x113D2, 0x113D2,  // TULU-TIGALARI GEMINATION MARK
        0x113E1, 0x113E2,  // TULU-TIGALARI VEDIC TONE SVARITA..TULU-TIGALARI VEDIC TONE ANUDATTA
        0x11438, 0x1143F,  // NEWA VOWEL SIGN U..NEWA VOWEL SIGN AI
        0x11442, 0x11444,  // NEWA SIGN VIRAMA..NEWA SIGN ANUSVARA
        0x11446, 0x11446,  // NEWA SIGN NUKTA
        0x1145E, 0x1145E,  // NEWA SANDHI MARK
        0x114B3, 0x114B8,  // TIRHUTA VOWEL SIGN U..TIRHUTA VOWEL SIGN VOCALIC LL
        0x114BA, 0x114BA,  // TIRHUTA VOWEL SIGN SHORT E
        0x114BF, 0x114C0,  // TIRHUTA SIGN CANDRABINDU..TIRHUTA SIGN ANUSVARA
        0x114C2, 0x114C3,  // TIRHUTA SIGN VIRAMA..TIRHUTA SIGN NUKTA
        0x115B2, 0x115B5,  // SIDDHAM VOWEL SIGN U..SIDDHAM VOWEL SIGN VOCALIC RR
        0x115BC, 0x115BD,  // SIDDHAM SIGN CANDRABINDU..SIDDHAM SIGN ANUSVARA
        0x115BF, 0x115C0,  // SIDDHAM SIGN VIRAMA..SIDDHAM SIGN NUKTA
        0x115DC, 0x115DD,  // SIDDHAM VOWEL SIGN ALTERNATE U..SIDDHAM VOWEL SIGN ALTERNATE UU
        0x11633, 0x1163A,  // MODI VOWEL SIGN U..MODI VOWEL SIGN AI
        0x1163D, 0x1163D,  // MODI SIGN ANUSVARA
        0x1163F, 0x11640,  // MODI SIGN VIRAMA..MODI SIGN ARDHACANDRA
        0x116AB, 0x116AB,  // TAKRI SIGN ANUSVARA
        0x116AD, 0x116AD,  // TAKRI VOWEL SIGN AA
        0x116B0, 0x116B5,  // TAKRI VOWEL SIGN U..TAKRI VOWEL SIGN AU
        0x116B7, 0x116B7,  // TAKRI SIGN NUKTA
        0x1171D, 0x1171D,  // AHOM CONSONANT SIGN MEDIAL LA
        0x1171F, 0x1171F,  // AHOM CONSONANT SIGN MEDIAL LIGATING RA
        0x11722, 0x11725,  // AHOM VOWEL SIGN I..AHOM VOWEL SIGN UU
        0x11727, 0x1172B,  // AHOM VOWEL SIGN AW..AHOM SIGN KILLER
        0x1182F, 0x11837,  // DOGRA VOWEL SIGN U..DOGRA SIGN ANUSVARA
        0x11839, 0x1183A,  // DOGRA SIGN VIRAMA..DOGRA SIGN NUKTA
        0x1193B, 0x1193C,  // DIVES AKURU SIGN ANUSVARA..DIVES AKURU SIGN CANDRABINDU
        0x1193E, 0x1193E,  // DIVES AKURU VIRAMA
        0x11943, 0x11943,  // DIVES AKURU SIGN NUKTA
        0x119D4, 0x119D7,  // NANDINAGARI VOWEL SIGN U..NANDINAGARI VOWEL SIGN VOCALIC RR
        0x119DA, 0x119DB,  // NANDINAGARI VOWEL SIGN E..NANDINAGARI VOWEL SIGN AI
        0x119E0, 0x119E0,  // NANDINAGARI SIGN VIRAMA
        0x11A01, 0x11A0A,  // ZANABAZAR SQUARE VOWEL SIGN I..ZANABAZAR SQUARE VOWEL LENGTH MARK
        0x11A33, 0x11A38,  // ZANABAZAR SQUARE FINAL CONSONANT MARK..ZANABAZAR SQUARE SIGN ANUSVARA
        0x11A3B, 0x11A3E,  // ZANABAZAR SQUARE CLUSTER-FINAL LETTER YA..ZANABAZAR SQUARE CLUSTER-FINAL LETTER VA
        0x11A47, 0x11A47,  // ZANABAZAR SQUARE SUBJOINER
        0x11A51, 0x11A56,  // SOYOMBO VOWEL SIGN I..SOYOMBO VOWEL SIGN OE
        0x11A59, 0x11A5B,  // SOYOMBO VOWEL SIGN VOCALIC R..SOYOMBO VOWEL LENGTH MARK
        0x11A8A, 0x11A96,  // SOYOMBO FINAL CONSONANT SIGN G..SOYOMBO SIGN ANUSVARA
        0x11A98, 0x11A99,  // SOYOMBO GEMINATION MARK..SOYOMBO SUBJOINER
        0x11B60, 0x11B60,  // SHARADA VOWEL SIGN OE
        0x11B62, 0x11B64,  // SHARADA VOWEL SIGN UE..SHARADA VOWEL SIGN SHORT E
        0x11B66, 0x11B66,  // SHARADA VOWEL SIGN CANDRA E
        0x11C30, 0x11C36,  // BHAIKSUKI VOWEL SIGN I..BHAIKSUKI VOWEL SIGN VOCALIC L
        0x11C38, 0x11C3D,  // BHAIKSUKI VOWEL SIGN E..BHAIKSUKI SIGN ANUSVARA
        0x11C3F, 0x11C3F,  // BHAIKSUKI SIGN VIRAMA
        0x11C92, 0x11CA7,  // MARCHEN SUBJOINED LETTER KA..MARCHEN SUBJOINED LETTER ZA
        0x11CAA, 0x11CB0,  // MARCHEN SUBJOINED LETTER RA..MARCHEN VOWEL SIGN AA
        0x11CB2, 0x11CB3,  // MARCHEN VOWEL SIGN U..MARCHEN VOWEL SIGN E
        0x11CB5, 0x11CB6,  // MARCHEN SIGN ANUSVARA..MARCHEN SIGN CANDRABINDU
        0x11D31, 0x11D36,  // MASARAM GONDI VOWEL SIGN AA..MASARAM GONDI VOWEL SIGN VOCALIC R
        0x11D3A, 0x11D3A,  // MASARAM GONDI VOWEL SIGN E
        0x11D3C, 0x11D3D,  // MASARAM GONDI VOWEL SIGN AI..MASARAM GONDI VOWEL SIGN O
        0x11D3F, 0x11D45,  // MASARAM GONDI VOWEL SIGN AU..MASARAM GONDI VIRAMA
        0x11D47, 0x11D47,  // MASARAM GONDI RA-KARA
        0x11D90, 0x11D91,  // GUNJALA GONDI VOWEL SIGN EE..GUNJALA GONDI VOWEL SIGN AI
        0x11D95, 0x11D95,  // GUNJALA GONDI SIGN ANUSVARA
        0x11D97, 0x11D97,  // GUNJALA GONDI VIRAMA
        0x11EF3, 0x11EF4,  // MAKASAR VOWEL SIGN I..MAKASAR VOWEL SIGN U
        0x11F00, 0x11F01,  // KAWI SIGN CANDRABINDU..KAWI SIGN ANUSVARA
        0x11F36, 0x11F3A,  // KAWI VOWEL SIGN I..KAWI VOWEL SIGN VOCALIC R
        0x11F40, 0x11F40,  // KAWI VOWEL SIGN EU
        0x11F42, 0x11F42,  // KAWI CONJOINER
        0x11F5A, 0x11F5A,  // KAWI SIGN NUKTA
        0x13430, 0x13440,  // EGYPTIAN HIEROGLYPH VERTICAL JOINER..EGYPTIAN HIEROGLYPH MIRROR HORIZONTALLY
        0x13447, 0x13455,  // EGYPTIAN HIEROGLYPH MODIFIER DAMAGED AT TOP START..EGYPTIAN HIEROGLYPH MODIFIER DAMAGED
        0x1611E, 0x16129,  // GURUNG KHEMA VOWEL SIGN AA..GURUNG KHEMA VOWEL LENGTH MARK
        0x1612D, 0x1612F,  // GURUNG KHEMA SIGN ANUSVARA..GURUNG KHEMA SIGN THOLHOMA
        0x16AF0, 0x16AF4,  // BASSA VAH COMBINING HIGH TONE..BASSA VAH COMBINING HIGH-LOW TONE
        0x16B30, 0x16B36,  // PAHAWH HMONG MARK CIM TUB..PAHAWH HMONG MARK CIM TAUM
        0x16F4F, 0x16F4F,  // MIAO SIGN CONSONANT MODIFIER BAR
        0x16F8F, 0x16F92,  // MIAO TONE RIGHT..MIAO TONE BELOW
        0x16FE4, 0x16FE4,  // KHITAN SMALL SCRIPT FILLER
        0x1BC9D, 0x1BC9E,  // DUPLOYAN THICK LETTER SELECTOR..DUPLOYAN DOUBLE MARK
        0x1BCA0, 0x1BCA3,  // SHORTHAND FORMAT LETTER OVERLAP..SHORTHAND FORMAT UP STEP
        0x1CF00, 0x1CF2D,  // ZNAMENNY COMBINING MARK GORAZDO NIZKO S KRYZHEM ON LEFT..ZNAMENNY COMBINING MARK KRYZH ON LEFT
        0x1CF30, 0x1CF46,  // ZNAMENNY COMBINING TONAL RANGE MARK MRACHNO..ZNAMENNY PRIZNAK MODIFIER ROG
        0x1D167, 0x1D169,  // MUSICAL SYMBOL COMBINING TREMOLO-1..MUSICAL SYMBOL COMBINING TREMOLO-3
        0x1D173, 0x1D182,  // MUSICAL SYMBOL BEGIN BEAM..MUSICAL SYMBOL COMBINING LOURE
        0x1D185, 0x1D18B,  // MUSICAL SYMBOL COMBINING DOIT..MUSICAL SYMBOL COMBINING TRIPLE TONGUE
        0x1D1AA, 0x1D1AD,  // MUSICAL SYMBOL COMBINING DOWN BOW..MUSICAL SYMBOL COMBINING SNAP PIZZICATO
        0x1D242, 0x1D244,  // COMBINING GREEK MUSICAL TRISEME..COMBINING GREEK MUSICAL PENTASEME
        0x1DA00, 0x1DA36,  // SIGNWRITING HEAD RIM..SIGNWRITING AIR SUCKING IN
        0x1DA3B, 0x1DA6C,  // SIGNWRITING MOUTH CLOSED NEUTRAL..SIGNWRITING EXCITEMENT
        0x1DA75, 0x1DA75,  // SIGNWRITING UPPER BODY TILTING FROM HIP JOINTS
        0x1DA84, 0x1DA84,  // SIGNWRITING LOCATION HEAD NECK
        0x1DA9B, 0x1DA9F,  // SIGNWRITING FILL MODIFIER-2..SIGNWRITING FILL MODIFIER-6
        0x1DAA1, 0x1DAAF,  // SIGNWRITING ROTATION MODIFIER-2..SIGNWRITING ROTATION MODIFIER-16
        0x1E000, 0x1E006,  // COMBINING GLAGOLITIC LETTER AZU..COMBINING GLAGOLITIC LETTER ZHIVETE
        0x1E008, 0x1E018,  // COMBINING GLAGOLITIC LETTER ZEMLJA..COMBINING GLAGOLITIC LETTER HERU
        0x1E01B, 0x1E021,  // COMBINING GLAGOLITIC LETTER SHTA..COMBINING GLAGOLITIC LETTER YATI
        0x1E023, 0x1E024,  // COMBINING GLAGOLITIC LETTER YU..COMBINING GLAGOLITIC LETTER SMALL YUS
        0x1E026, 0x1E02A,  // COMBINING GLAGOLITIC LETTER YO..COMBINING GLAGOLITIC LETTER FITA
        0x1E08F, 0x1E08F,  // COMBINING CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I
        0x1E130, 0x1E136,  // NYIAKENG PUACHUE HMONG TONE-B..NYIAKENG PUACHUE HMONG TONE-D
        0x1E2AE, 0x1E2AE,  // TOTO SIGN RISING TONE
        0x1E2EC, 0x1E2EF,  // WANCHO TONE TUP..WANCHO TONE KOINI
        0x1E4EC, 0x1E4EF,  // NAG MUNDARI SIGN MUHOR..NAG MUNDARI SIGN SUTUH
        0x1E5EE, 0x1E5EF,  // OL ONAL SIGN MU..OL ONAL SIGN IKIR
        0x1E6E3, 0x1E6E3,  // TAI YO SIGN UE
        0x1E6E6, 0x1E6E6,  // TAI YO SIGN AU
        0x1E6EE, 0x1E6EF,  // TAI YO SIGN AY..TAI YO SIGN ANG
        0x1E6F5, 0x1E6F5,  // TAI YO SIGN OM
        0x1E8D0, 0x1E8D6,  // MENDE KIKAKUI COMBINING NUMBER TEENS..MENDE KIKAKUI COMBINING NUMBER MILLIONS
        0x1E944, 0x1E94A,  // ADLAM ALIF LENGTHENER..ADLAM NUKTA
        0xE0000, 0xE0FFF,  // <unassigned-E0000>..<unassigned-E0FFF>
    ]

    /// Spacing combining marks: General_Category Mc.
    /// 193 ranges, 471 code points.
    static let spacingMark: [UInt32] = [
        0x0903, 0x0903,  // DEVANAGARI SIGN VISARGA
        0x093B, 0x093B,  // DEVANAGARI VOWEL SIGN OOE
        0x093E, 0x0940,  // DEVANAGARI VOWEL SIGN AA..DEVANAGARI VOWEL SIGN II
        0x0949, 0x094C,  // DEVANAGARI VOWEL SIGN CANDRA O..DEVANAGARI VOWEL SIGN AU
        0x094E, 0x094F,  // DEVANAGARI VOWEL SIGN PRISHTHAMATRA E..DEVANAGARI VOWEL SIGN AW
        0x0982, 0x0983,  // BENGALI SIGN ANUSVARA..BENGALI SIGN VISARGA
        0x09BE, 0x09C0,  // BENGALI VOWEL SIGN AA..BENGALI VOWEL SIGN II
        0x09C7, 0x09C8,  // BENGALI VOWEL SIGN E..BENGALI VOWEL SIGN AI
        0x09CB, 0x09CC,  // BENGALI VOWEL SIGN O..BENGALI VOWEL SIGN AU
        0x09D7, 0x09D7,  // BENGALI AU LENGTH MARK
        0x0A03, 0x0A03,  // GURMUKHI SIGN VISARGA
        0x0A3E, 0x0A40,  // GURMUKHI VOWEL SIGN AA..GURMUKHI VOWEL SIGN II
        0x0A83, 0x0A83,  // GUJARATI SIGN VISARGA
        0x0ABE, 0x0AC0,  // GUJARATI VOWEL SIGN AA..GUJARATI VOWEL SIGN II
        0x0AC9, 0x0AC9,  // GUJARATI VOWEL SIGN CANDRA O
        0x0ACB, 0x0ACC,  // GUJARATI VOWEL SIGN O..GUJARATI VOWEL SIGN AU
        0x0B02, 0x0B03,  // ORIYA SIGN ANUSVARA..ORIYA SIGN VISARGA
        0x0B3E, 0x0B3E,  // ORIYA VOWEL SIGN AA
        0x0B40, 0x0B40,  // ORIYA VOWEL SIGN II
        0x0B47, 0x0B48,  // ORIYA VOWEL SIGN E..ORIYA VOWEL SIGN AI
        0x0B4B, 0x0B4C,  // ORIYA VOWEL SIGN O..ORIYA VOWEL SIGN AU
        0x0B57, 0x0B57,  // ORIYA AU LENGTH MARK
        0x0BBE, 0x0BBF,  // TAMIL VOWEL SIGN AA..TAMIL VOWEL SIGN I
        0x0BC1, 0x0BC2,  // TAMIL VOWEL SIGN U..TAMIL VOWEL SIGN UU
        0x0BC6, 0x0BC8,  // TAMIL VOWEL SIGN E..TAMIL VOWEL SIGN AI
        0x0BCA, 0x0BCC,  // TAMIL VOWEL SIGN O..TAMIL VOWEL SIGN AU
        0x0BD7, 0x0BD7,  // TAMIL AU LENGTH MARK
        0x0C01, 0x0C03,  // TELUGU SIGN CANDRABINDU..TELUGU SIGN VISARGA
        0x0C41, 0x0C44,  // TELUGU VOWEL SIGN U..TELUGU VOWEL SIGN VOCALIC RR
        0x0C82, 0x0C83,  // KANNADA SIGN ANUSVARA..KANNADA SIGN VISARGA
        0x0CBE, 0x0CBE,  // KANNADA VOWEL SIGN AA
        0x0CC0, 0x0CC4,  // KANNADA VOWEL SIGN II..KANNADA VOWEL SIGN VOCALIC RR
        0x0CC7, 0x0CC8,  // KANNADA VOWEL SIGN EE..KANNADA VOWEL SIGN AI
        0x0CCA, 0x0CCB,  // KANNADA VOWEL SIGN O..KANNADA VOWEL SIGN OO
        0x0CD5, 0x0CD6,  // KANNADA LENGTH MARK..KANNADA AI LENGTH MARK
        0x0CF3, 0x0CF3,  // KANNADA SIGN COMBINING ANUSVARA ABOVE RIGHT
        0x0D02, 0x0D03,  // MALAYALAM SIGN ANUSVARA..MALAYALAM SIGN VISARGA
        0x0D3E, 0x0D40,  // MALAYALAM VOWEL SIGN AA..MALAYALAM VOWEL SIGN II
        0x0D46, 0x0D48,  // MALAYALAM VOWEL SIGN E..MALAYALAM VOWEL SIGN AI
        0x0D4A, 0x0D4C,  // MALAYALAM VOWEL SIGN O..MALAYALAM VOWEL SIGN AU
        0x0D57, 0x0D57,  // MALAYALAM AU LENGTH MARK
        0x0D82, 0x0D83,  // SINHALA SIGN ANUSVARAYA..SINHALA SIGN VISARGAYA
        0x0DCF, 0x0DD1,  // SINHALA VOWEL SIGN AELA-PILLA..SINHALA VOWEL SIGN DIGA AEDA-PILLA
        0x0DD8, 0x0DDF,  // SINHALA VOWEL SIGN GAETTA-PILLA..SINHALA VOWEL SIGN GAYANUKITTA
        0x0DF2, 0x0DF3,  // SINHALA VOWEL SIGN DIGA GAETTA-PILLA..SINHALA VOWEL SIGN DIGA GAYANUKITTA
        0x0F3E, 0x0F3F,  // TIBETAN SIGN YAR TSHES..TIBETAN SIGN MAR TSHES
        0x0F7F, 0x0F7F,  // TIBETAN SIGN RNAM BCAD
        0x102B, 0x102C,  // MYANMAR VOWEL SIGN TALL AA..MYANMAR VOWEL SIGN AA
        0x1031, 0x1031,  // MYANMAR VOWEL SIGN E
        0x1038, 0x1038,  // MYANMAR SIGN VISARGA
        0x103B, 0x103C,  // MYANMAR CONSONANT SIGN MEDIAL YA..MYANMAR CONSONANT SIGN MEDIAL RA
        0x1056, 0x1057,  // MYANMAR VOWEL SIGN VOCALIC R..MYANMAR VOWEL SIGN VOCALIC RR
        0x1062, 0x1064,  // MYANMAR VOWEL SIGN SGAW KAREN EU..MYANMAR TONE MARK SGAW KAREN KE PHO
        0x1067, 0x106D,  // MYANMAR VOWEL SIGN WESTERN PWO KAREN EU..MYANMAR SIGN WESTERN PWO KAREN TONE-5
        0x1083, 0x1084,  // MYANMAR VOWEL SIGN SHAN AA..MYANMAR VOWEL SIGN SHAN E
        0x1087, 0x108C,  // MYANMAR SIGN SHAN TONE-2..MYANMAR SIGN SHAN COUNCIL TONE-3
        0x108F, 0x108F,  // MYANMAR SIGN RUMAI PALAUNG TONE-5
        0x109A, 0x109C,  // MYANMAR SIGN KHAMTI TONE-1..MYANMAR VOWEL SIGN AITON A
        0x1715, 0x1715,  // TAGALOG SIGN PAMUDPOD
        0x1734, 0x1734,  // HANUNOO SIGN PAMUDPOD
        0x17B6, 0x17B6,  // KHMER VOWEL SIGN AA
        0x17BE, 0x17C5,  // KHMER VOWEL SIGN OE..KHMER VOWEL SIGN AU
        0x17C7, 0x17C8,  // KHMER SIGN REAHMUK..KHMER SIGN YUUKALEAPINTU
        0x1923, 0x1926,  // LIMBU VOWEL SIGN EE..LIMBU VOWEL SIGN AU
        0x1929, 0x192B,  // LIMBU SUBJOINED LETTER YA..LIMBU SUBJOINED LETTER WA
        0x1930, 0x1931,  // LIMBU SMALL LETTER KA..LIMBU SMALL LETTER NGA
        0x1933, 0x1938,  // LIMBU SMALL LETTER TA..LIMBU SMALL LETTER LA
        0x1A19, 0x1A1A,  // BUGINESE VOWEL SIGN E..BUGINESE VOWEL SIGN O
        0x1A55, 0x1A55,  // TAI THAM CONSONANT SIGN MEDIAL RA
        0x1A57, 0x1A57,  // TAI THAM CONSONANT SIGN LA TANG LAI
        0x1A61, 0x1A61,  // TAI THAM VOWEL SIGN A
        0x1A63, 0x1A64,  // TAI THAM VOWEL SIGN AA..TAI THAM VOWEL SIGN TALL AA
        0x1A6D, 0x1A72,  // TAI THAM VOWEL SIGN OY..TAI THAM VOWEL SIGN THAM AI
        0x1B04, 0x1B04,  // BALINESE SIGN BISAH
        0x1B35, 0x1B35,  // BALINESE VOWEL SIGN TEDUNG
        0x1B3B, 0x1B3B,  // BALINESE VOWEL SIGN RA REPA TEDUNG
        0x1B3D, 0x1B41,  // BALINESE VOWEL SIGN LA LENGA TEDUNG..BALINESE VOWEL SIGN TALING REPA TEDUNG
        0x1B43, 0x1B44,  // BALINESE VOWEL SIGN PEPET TEDUNG..BALINESE ADEG ADEG
        0x1B82, 0x1B82,  // SUNDANESE SIGN PANGWISAD
        0x1BA1, 0x1BA1,  // SUNDANESE CONSONANT SIGN PAMINGKAL
        0x1BA6, 0x1BA7,  // SUNDANESE VOWEL SIGN PANAELAENG..SUNDANESE VOWEL SIGN PANOLONG
        0x1BAA, 0x1BAA,  // SUNDANESE SIGN PAMAAEH
        0x1BE7, 0x1BE7,  // BATAK VOWEL SIGN E
        0x1BEA, 0x1BEC,  // BATAK VOWEL SIGN I..BATAK VOWEL SIGN O
        0x1BEE, 0x1BEE,  // BATAK VOWEL SIGN U
        0x1BF2, 0x1BF3,  // BATAK PANGOLAT..BATAK PANONGONAN
        0x1C24, 0x1C2B,  // LEPCHA SUBJOINED LETTER YA..LEPCHA VOWEL SIGN UU
        0x1C34, 0x1C35,  // LEPCHA CONSONANT SIGN NYIN-DO..LEPCHA CONSONANT SIGN KANG
        0x1CE1, 0x1CE1,  // VEDIC TONE ATHARVAVEDIC INDEPENDENT SVARITA
        0x1CF7, 0x1CF7,  // VEDIC SIGN ATIKRAMA
        0x302E, 0x302F,  // HANGUL SINGLE DOT TONE MARK..HANGUL DOUBLE DOT TONE MARK
        0xA823, 0xA824,  // SYLOTI NAGRI VOWEL SIGN A..SYLOTI NAGRI VOWEL SIGN I
        0xA827, 0xA827,  // SYLOTI NAGRI VOWEL SIGN OO
        0xA880, 0xA881,  // SAURASHTRA SIGN ANUSVARA..SAURASHTRA SIGN VISARGA
        0xA8B4, 0xA8C3,  // SAURASHTRA CONSONANT SIGN HAARU..SAURASHTRA VOWEL SIGN AU
        0xA952, 0xA953,  // REJANG CONSONANT SIGN H..REJANG VIRAMA
        0xA983, 0xA983,  // JAVANESE SIGN WIGNYAN
        0xA9B4, 0xA9B5,  // JAVANESE VOWEL SIGN TARUNG..JAVANESE VOWEL SIGN TOLONG
        0xA9BA, 0xA9BB,  // JAVANESE VOWEL SIGN TALING..JAVANESE VOWEL SIGN DIRGA MURE
        0xA9BE, 0xA9C0,  // JAVANESE CONSONANT SIGN PENGKAL..JAVANESE PANGKON
        0xAA2F, 0xAA30,  // CHAM VOWEL SIGN O..CHAM VOWEL SIGN AI
        0xAA33, 0xAA34,  // CHAM CONSONANT SIGN YA..CHAM CONSONANT SIGN RA
        0xAA4D, 0xAA4D,  // CHAM CONSONANT SIGN FINAL H
        0xAA7B, 0xAA7B,  // MYANMAR SIGN PAO KAREN TONE
        0xAA7D, 0xAA7D,  // MYANMAR SIGN TAI LAING TONE-5
        0xAAEB, 0xAAEB,  // MEETEI MAYEK VOWEL SIGN II
        0xAAEE, 0xAAEF,  // MEETEI MAYEK VOWEL SIGN AU..MEETEI MAYEK VOWEL SIGN AAU
        0xAAF5, 0xAAF5,  // MEETEI MAYEK VOWEL SIGN VISARGA
        0xABE3, 0xABE4,  // MEETEI MAYEK VOWEL SIGN ONAP..MEETEI MAYEK VOWEL SIGN INAP
        0xABE6, 0xABE7,  // MEETEI MAYEK VOWEL SIGN YENAP..MEETEI MAYEK VOWEL SIGN SOUNAP
        0xABE9, 0xABEA,  // MEETEI MAYEK VOWEL SIGN CHEINAP..MEETEI MAYEK VOWEL SIGN NUNG
        0xABEC, 0xABEC,  // MEETEI MAYEK LUM IYEK
        0x11000, 0x11000,  // BRAHMI SIGN CANDRABINDU
        0x11002, 0x11002,  // BRAHMI SIGN VISARGA
        0x11082, 0x11082,  // KAITHI SIGN VISARGA
        0x110B0, 0x110B2,  // KAITHI VOWEL SIGN AA..KAITHI VOWEL SIGN II
        0x110B7, 0x110B8,  // KAITHI VOWEL SIGN O..KAITHI VOWEL SIGN AU
        0x1112C, 0x1112C,  // CHAKMA VOWEL SIGN E
        0x11145, 0x11146,  // CHAKMA VOWEL SIGN AA..CHAKMA VOWEL SIGN EI
        0x11182, 0x11182,  // SHARADA SIGN VISARGA
        0x111B3, 0x111B5,  // SHARADA VOWEL SIGN AA..SHARADA VOWEL SIGN II
        0x111BF, 0x111C0,  // SHARADA VOWEL SIGN AU..SHARADA SIGN VIRAMA
        0x111CE, 0x111CE,  // SHARADA VOWEL SIGN PRISHTHAMATRA E
        0x1122C, 0x1122E,  // KHOJKI VOWEL SIGN AA..KHOJKI VOWEL SIGN II
        0x11232, 0x11233,  // KHOJKI VOWEL SIGN O..KHOJKI VOWEL SIGN AU
        0x11235, 0x11235,  // KHOJKI SIGN VIRAMA
        0x112E0, 0x112E2,  // KHUDAWADI VOWEL SIGN AA..KHUDAWADI VOWEL SIGN II
        0x11302, 0x11303,  // GRANTHA SIGN ANUSVARA..GRANTHA SIGN VISARGA
        0x1133E, 0x1133F,  // GRANTHA VOWEL SIGN AA..GRANTHA VOWEL SIGN I
        0x11341, 0x11344,  // GRANTHA VOWEL SIGN U..GRANTHA VOWEL SIGN VOCALIC RR
        0x11347, 0x11348,  // GRANTHA VOWEL SIGN EE..GRANTHA VOWEL SIGN AI
        0x1134B, 0x1134D,  // GRANTHA VOWEL SIGN OO..GRANTHA SIGN VIRAMA
        0x11357, 0x11357,  // GRANTHA AU LENGTH MARK
        0x11362, 0x11363,  // GRANTHA VOWEL SIGN VOCALIC L..GRANTHA VOWEL SIGN VOCALIC LL
        0x113B8, 0x113BA,  // TULU-TIGALARI VOWEL SIGN AA..TULU-TIGALARI VOWEL SIGN II
        0x113C2, 0x113C2,  // TULU-TIGALARI VOWEL SIGN EE
        0x113C5, 0x113C5,  // TULU-TIGALARI VOWEL SIGN AI
        0x113C7, 0x113CA,  // TULU-TIGALARI VOWEL SIGN OO..TULU-TIGALARI SIGN CANDRA ANUNASIKA
        0x113CC, 0x113CD,  // TULU-TIGALARI SIGN ANUSVARA..TULU-TIGALARI SIGN VISARGA
        0x113CF, 0x113CF,  // TULU-TIGALARI SIGN LOOPED VIRAMA
        0x11435, 0x11437,  // NEWA VOWEL SIGN AA..NEWA VOWEL SIGN II
        0x11440, 0x11441,  // NEWA VOWEL SIGN O..NEWA VOWEL SIGN AU
        0x11445, 0x11445,  // NEWA SIGN VISARGA
        0x114B0, 0x114B2,  // TIRHUTA VOWEL SIGN AA..TIRHUTA VOWEL SIGN II
        0x114B9, 0x114B9,  // TIRHUTA VOWEL SIGN E
        0x114BB, 0x114BE,  // TIRHUTA VOWEL SIGN AI..TIRHUTA VOWEL SIGN AU
        0x114C1, 0x114C1,  // TIRHUTA SIGN VISARGA
        0x115AF, 0x115B1,  // SIDDHAM VOWEL SIGN AA..SIDDHAM VOWEL SIGN II
        0x115B8, 0x115BB,  // SIDDHAM VOWEL SIGN E..SIDDHAM VOWEL SIGN AU
        0x115BE, 0x115BE,  // SIDDHAM SIGN VISARGA
        0x11630, 0x11632,  // MODI VOWEL SIGN AA..MODI VOWEL SIGN II
        0x1163B, 0x1163C,  // MODI VOWEL SIGN O..MODI VOWEL SIGN AU
        0x1163E, 0x1163E,  // MODI SIGN VISARGA
        0x116AC, 0x116AC,  // TAKRI SIGN VISARGA
        0x116AE, 0x116AF,  // TAKRI VOWEL SIGN I..TAKRI VOWEL SIGN II
        0x116B6, 0x116B6,  // TAKRI SIGN VIRAMA
        0x1171E, 0x1171E,  // AHOM CONSONANT SIGN MEDIAL RA
        0x11720, 0x11721,  // AHOM VOWEL SIGN A..AHOM VOWEL SIGN AA
        0x11726, 0x11726,  // AHOM VOWEL SIGN E
        0x1182C, 0x1182E,  // DOGRA VOWEL SIGN AA..DOGRA VOWEL SIGN II
        0x11838, 0x11838,  // DOGRA SIGN VISARGA
        0x11930, 0x11935,  // DIVES AKURU VOWEL SIGN AA..DIVES AKURU VOWEL SIGN E
        0x11937, 0x11938,  // DIVES AKURU VOWEL SIGN AI..DIVES AKURU VOWEL SIGN O
        0x1193D, 0x1193D,  // DIVES AKURU SIGN HALANTA
        0x11940, 0x11940,  // DIVES AKURU MEDIAL YA
        0x11942, 0x11942,  // DIVES AKURU MEDIAL RA
        0x119D1, 0x119D3,  // NANDINAGARI VOWEL SIGN AA..NANDINAGARI VOWEL SIGN II
        0x119DC, 0x119DF,  // NANDINAGARI VOWEL SIGN O..NANDINAGARI SIGN VISARGA
        0x119E4, 0x119E4,  // NANDINAGARI VOWEL SIGN PRISHTHAMATRA E
        0x11A39, 0x11A39,  // ZANABAZAR SQUARE SIGN VISARGA
        0x11A57, 0x11A58,  // SOYOMBO VOWEL SIGN AI..SOYOMBO VOWEL SIGN AU
        0x11A97, 0x11A97,  // SOYOMBO SIGN VISARGA
        0x11B61, 0x11B61,  // SHARADA VOWEL SIGN OOE
        0x11B65, 0x11B65,  // SHARADA VOWEL SIGN SHORT O
        0x11B67, 0x11B67,  // SHARADA VOWEL SIGN CANDRA O
        0x11C2F, 0x11C2F,  // BHAIKSUKI VOWEL SIGN AA
        0x11C3E, 0x11C3E,  // BHAIKSUKI SIGN VISARGA
        0x11CA9, 0x11CA9,  // MARCHEN SUBJOINED LETTER YA
        0x11CB1, 0x11CB1,  // MARCHEN VOWEL SIGN I
        0x11CB4, 0x11CB4,  // MARCHEN VOWEL SIGN O
        0x11D8A, 0x11D8E,  // GUNJALA GONDI VOWEL SIGN AA..GUNJALA GONDI VOWEL SIGN UU
        0x11D93, 0x11D94,  // GUNJALA GONDI VOWEL SIGN OO..GUNJALA GONDI VOWEL SIGN AU
        0x11D96, 0x11D96,  // GUNJALA GONDI SIGN VISARGA
        0x11EF5, 0x11EF6,  // MAKASAR VOWEL SIGN E..MAKASAR VOWEL SIGN O
        0x11F03, 0x11F03,  // KAWI SIGN VISARGA
        0x11F34, 0x11F35,  // KAWI VOWEL SIGN AA..KAWI VOWEL SIGN ALTERNATE AA
        0x11F3E, 0x11F3F,  // KAWI VOWEL SIGN E..KAWI VOWEL SIGN AI
        0x11F41, 0x11F41,  // KAWI SIGN KILLER
        0x1612A, 0x1612C,  // GURUNG KHEMA CONSONANT SIGN MEDIAL YA..GURUNG KHEMA CONSONANT SIGN MEDIAL HA
        0x16F51, 0x16F87,  // MIAO SIGN ASPIRATION..MIAO VOWEL SIGN UI
        0x16FF0, 0x16FF1,  // VIETNAMESE ALTERNATE READING MARK CA..VIETNAMESE ALTERNATE READING MARK NHAY
        0x1D165, 0x1D166,  // MUSICAL SYMBOL COMBINING STEM..MUSICAL SYMBOL COMBINING SPRECHGESANG STEM
        0x1D16D, 0x1D172,  // MUSICAL SYMBOL COMBINING AUGMENTATION DOT..MUSICAL SYMBOL COMBINING FLAG-5
    ]

    /// East_Asian_Width W or F (EastAsianWidth.txt, reserved code points it lists included).
    /// 123 ranges, 182876 code points.
    static let eastAsianWide: [UInt32] = [
        0x1100, 0x115F,  // HANGUL CHOSEONG KIYEOK..HANGUL CHOSEONG FILLER
        0x231A, 0x231B,  // WATCH..HOURGLASS
        0x2329, 0x232A,  // LEFT-POINTING ANGLE BRACKET..RIGHT-POINTING ANGLE BRACKET
        0x23E9, 0x23EC,  // BLACK RIGHT-POINTING DOUBLE TRIANGLE..BLACK DOWN-POINTING DOUBLE TRIANGLE
        0x23F0, 0x23F0,  // ALARM CLOCK
        0x23F3, 0x23F3,  // HOURGLASS WITH FLOWING SAND
        0x25FD, 0x25FE,  // WHITE MEDIUM SMALL SQUARE..BLACK MEDIUM SMALL SQUARE
        0x2614, 0x2615,  // UMBRELLA WITH RAIN DROPS..HOT BEVERAGE
        0x2630, 0x2637,  // TRIGRAM FOR HEAVEN..TRIGRAM FOR EARTH
        0x2648, 0x2653,  // ARIES..PISCES
        0x267F, 0x267F,  // WHEELCHAIR SYMBOL
        0x268A, 0x268F,  // MONOGRAM FOR YANG..DIGRAM FOR GREATER YIN
        0x2693, 0x2693,  // ANCHOR
        0x26A1, 0x26A1,  // HIGH VOLTAGE SIGN
        0x26AA, 0x26AB,  // MEDIUM WHITE CIRCLE..MEDIUM BLACK CIRCLE
        0x26BD, 0x26BE,  // SOCCER BALL..BASEBALL
        0x26C4, 0x26C5,  // SNOWMAN WITHOUT SNOW..SUN BEHIND CLOUD
        0x26CE, 0x26CE,  // OPHIUCHUS
        0x26D4, 0x26D4,  // NO ENTRY
        0x26EA, 0x26EA,  // CHURCH
        0x26F2, 0x26F3,  // FOUNTAIN..FLAG IN HOLE
        0x26F5, 0x26F5,  // SAILBOAT
        0x26FA, 0x26FA,  // TENT
        0x26FD, 0x26FD,  // FUEL PUMP
        0x2705, 0x2705,  // WHITE HEAVY CHECK MARK
        0x270A, 0x270B,  // RAISED FIST..RAISED HAND
        0x2728, 0x2728,  // SPARKLES
        0x274C, 0x274C,  // CROSS MARK
        0x274E, 0x274E,  // NEGATIVE SQUARED CROSS MARK
        0x2753, 0x2755,  // BLACK QUESTION MARK ORNAMENT..WHITE EXCLAMATION MARK ORNAMENT
        0x2757, 0x2757,  // HEAVY EXCLAMATION MARK SYMBOL
        0x2795, 0x2797,  // HEAVY PLUS SIGN..HEAVY DIVISION SIGN
        0x27B0, 0x27B0,  // CURLY LOOP
        0x27BF, 0x27BF,  // DOUBLE CURLY LOOP
        0x2B1B, 0x2B1C,  // BLACK LARGE SQUARE..WHITE LARGE SQUARE
        0x2B50, 0x2B50,  // WHITE MEDIUM STAR
        0x2B55, 0x2B55,  // HEAVY LARGE CIRCLE
        0x2E80, 0x2E99,  // CJK RADICAL REPEAT..CJK RADICAL RAP
        0x2E9B, 0x2EF3,  // CJK RADICAL CHOKE..CJK RADICAL C-SIMPLIFIED TURTLE
        0x2F00, 0x2FD5,  // KANGXI RADICAL ONE..KANGXI RADICAL FLUTE
        0x2FF0, 0x303E,  // IDEOGRAPHIC DESCRIPTION CHARACTER LEFT TO RIGHT..IDEOGRAPHIC VARIATION INDICATOR
        0x3041, 0x3096,  // HIRAGANA LETTER SMALL A..HIRAGANA LETTER SMALL KE
        0x3099, 0x30FF,  // COMBINING KATAKANA-HIRAGANA VOICED SOUND MARK..KATAKANA DIGRAPH KOTO
        0x3105, 0x312F,  // BOPOMOFO LETTER B..BOPOMOFO LETTER NN
        0x3131, 0x318E,  // HANGUL LETTER KIYEOK..HANGUL LETTER ARAEAE
        0x3190, 0x31E5,  // IDEOGRAPHIC ANNOTATION LINKING MARK..CJK STROKE SZP
        0x31EF, 0x321E,  // IDEOGRAPHIC DESCRIPTION CHARACTER SUBTRACTION..PARENTHESIZED KOREAN CHARACTER O HU
        0x3220, 0x3247,  // PARENTHESIZED IDEOGRAPH ONE..CIRCLED IDEOGRAPH KOTO
        0x3250, 0xA48C,  // PARTNERSHIP SIGN..YI SYLLABLE YYR
        0xA490, 0xA4C6,  // YI RADICAL QOT..YI RADICAL KE
        0xA960, 0xA97C,  // HANGUL CHOSEONG TIKEUT-MIEUM..HANGUL CHOSEONG SSANGYEORINHIEUH
        0xAC00, 0xD7A3,  // Hangul Syllable..Hangul Syllable
        0xF900, 0xFAFF,  // CJK COMPATIBILITY IDEOGRAPH-F900..<unassigned-FAFF>
        0xFE10, 0xFE19,  // PRESENTATION FORM FOR VERTICAL COMMA..PRESENTATION FORM FOR VERTICAL HORIZONTAL ELLIPSIS
        0xFE30, 0xFE52,  // PRESENTATION FORM FOR VERTICAL TWO DOT LEADER..SMALL FULL STOP
        0xFE54, 0xFE66,  // SMALL SEMICOLON..SMALL EQUALS SIGN
        0xFE68, 0xFE6B,  // SMALL REVERSE SOLIDUS..SMALL COMMERCIAL AT
        0xFF01, 0xFF60,  // FULLWIDTH EXCLAMATION MARK..FULLWIDTH RIGHT WHITE PARENTHESIS
        0xFFE0, 0xFFE6,  // FULLWIDTH CENT SIGN..FULLWIDTH WON SIGN
        0x16FE0, 0x16FE4,  // TANGUT ITERATION MARK..KHITAN SMALL SCRIPT FILLER
        0x16FF0, 0x16FF6,  // VIETNAMESE ALTERNATE READING MARK CA..YANGQIN SIGN SLOW TWO BEATS
        0x17000, 0x18CD5,  // Tangut Ideograph..KHITAN SMALL SCRIPT CHARACTER-18CD5
        0x18CFF, 0x18D1E,  // KHITAN SMALL SCRIPT CHARACTER-18CFF..Tangut Ideograph Supplement
        0x18D80, 0x18DF2,  // TANGUT COMPONENT-769..TANGUT COMPONENT-883
        0x1AFF0, 0x1AFF3,  // KATAKANA LETTER MINNAN TONE-2..KATAKANA LETTER MINNAN TONE-5
        0x1AFF5, 0x1AFFB,  // KATAKANA LETTER MINNAN TONE-7..KATAKANA LETTER MINNAN NASALIZED TONE-5
        0x1AFFD, 0x1AFFE,  // KATAKANA LETTER MINNAN NASALIZED TONE-7..KATAKANA LETTER MINNAN NASALIZED TONE-8
        0x1B000, 0x1B122,  // KATAKANA LETTER ARCHAIC E..KATAKANA LETTER ARCHAIC WU
        0x1B132, 0x1B132,  // HIRAGANA LETTER SMALL KO
        0x1B150, 0x1B152,  // HIRAGANA LETTER SMALL WI..HIRAGANA LETTER SMALL WO
        0x1B155, 0x1B155,  // KATAKANA LETTER SMALL KO
        0x1B164, 0x1B167,  // KATAKANA LETTER SMALL WI..KATAKANA LETTER SMALL N
        0x1B170, 0x1B2FB,  // NUSHU CHARACTER-1B170..NUSHU CHARACTER-1B2FB
        0x1D300, 0x1D356,  // MONOGRAM FOR EARTH..TETRAGRAM FOR FOSTERING
        0x1D360, 0x1D376,  // COUNTING ROD UNIT DIGIT ONE..IDEOGRAPHIC TALLY MARK FIVE
        0x1F004, 0x1F004,  // MAHJONG TILE RED DRAGON
        0x1F0CF, 0x1F0CF,  // PLAYING CARD BLACK JOKER
        0x1F18E, 0x1F18E,  // NEGATIVE SQUARED AB
        0x1F191, 0x1F19A,  // SQUARED CL..SQUARED VS
        0x1F200, 0x1F202,  // SQUARE HIRAGANA HOKA..SQUARED KATAKANA SA
        0x1F210, 0x1F23B,  // SQUARED CJK UNIFIED IDEOGRAPH-624B..SQUARED CJK UNIFIED IDEOGRAPH-914D
        0x1F240, 0x1F248,  // TORTOISE SHELL BRACKETED CJK UNIFIED IDEOGRAPH-672C..TORTOISE SHELL BRACKETED CJK UNIFIED IDEOGRAPH-6557
        0x1F250, 0x1F251,  // CIRCLED IDEOGRAPH ADVANTAGE..CIRCLED IDEOGRAPH ACCEPT
        0x1F260, 0x1F265,  // ROUNDED SYMBOL FOR FU..ROUNDED SYMBOL FOR CAI
        0x1F300, 0x1F320,  // CYCLONE..SHOOTING STAR
        0x1F32D, 0x1F335,  // HOT DOG..CACTUS
        0x1F337, 0x1F37C,  // TULIP..BABY BOTTLE
        0x1F37E, 0x1F393,  // BOTTLE WITH POPPING CORK..GRADUATION CAP
        0x1F3A0, 0x1F3CA,  // CAROUSEL HORSE..SWIMMER
        0x1F3CF, 0x1F3D3,  // CRICKET BAT AND BALL..TABLE TENNIS PADDLE AND BALL
        0x1F3E0, 0x1F3F0,  // HOUSE BUILDING..EUROPEAN CASTLE
        0x1F3F4, 0x1F3F4,  // WAVING BLACK FLAG
        0x1F3F8, 0x1F43E,  // BADMINTON RACQUET AND SHUTTLECOCK..PAW PRINTS
        0x1F440, 0x1F440,  // EYES
        0x1F442, 0x1F4FC,  // EAR..VIDEOCASSETTE
        0x1F4FF, 0x1F53D,  // PRAYER BEADS..DOWN-POINTING SMALL RED TRIANGLE
        0x1F54B, 0x1F54E,  // KAABA..MENORAH WITH NINE BRANCHES
        0x1F550, 0x1F567,  // CLOCK FACE ONE OCLOCK..CLOCK FACE TWELVE-THIRTY
        0x1F57A, 0x1F57A,  // MAN DANCING
        0x1F595, 0x1F596,  // REVERSED HAND WITH MIDDLE FINGER EXTENDED..RAISED HAND WITH PART BETWEEN MIDDLE AND RING FINGERS
        0x1F5A4, 0x1F5A4,  // BLACK HEART
        0x1F5FB, 0x1F64F,  // MOUNT FUJI..PERSON WITH FOLDED HANDS
        0x1F680, 0x1F6C5,  // ROCKET..LEFT LUGGAGE
        0x1F6CC, 0x1F6CC,  // SLEEPING ACCOMMODATION
        0x1F6D0, 0x1F6D2,  // PLACE OF WORSHIP..SHOPPING TROLLEY
        0x1F6D5, 0x1F6D8,  // HINDU TEMPLE..LANDSLIDE
        0x1F6DC, 0x1F6DF,  // WIRELESS..RING BUOY
        0x1F6EB, 0x1F6EC,  // AIRPLANE DEPARTURE..AIRPLANE ARRIVING
        0x1F6F4, 0x1F6FC,  // SCOOTER..ROLLER SKATE
        0x1F7E0, 0x1F7EB,  // LARGE ORANGE CIRCLE..LARGE BROWN SQUARE
        0x1F7F0, 0x1F7F0,  // HEAVY EQUALS SIGN
        0x1F90C, 0x1F93A,  // PINCHED FINGERS..FENCER
        0x1F93C, 0x1F945,  // WRESTLERS..GOAL NET
        0x1F947, 0x1F9FF,  // FIRST PLACE MEDAL..NAZAR AMULET
        0x1FA70, 0x1FA7C,  // BALLET SHOES..CRUTCH
        0x1FA80, 0x1FA8A,  // YO-YO..TROMBONE
        0x1FA8E, 0x1FAC6,  // TREASURE CHEST..FINGERPRINT
        0x1FAC8, 0x1FAC8,  // HAIRY CREATURE
        0x1FACD, 0x1FADC,  // ORCA..ROOT VEGETABLE
        0x1FADF, 0x1FAEA,  // SPLATTER..DISTORTED FACE
        0x1FAEF, 0x1FAF8,  // FIGHT CLOUD..RIGHTWARDS PUSHING HAND
        0x20000, 0x2FFFD,  // CJK Ideograph Extension B..<unassigned-2FFFD>
        0x30000, 0x3FFFD,  // CJK Ideograph Extension G..<unassigned-3FFFD>
    ]

    /// Emoji_Presentation=Yes (emoji-data.txt).
    /// 81 ranges, 1219 code points.
    static let emojiPresentation: [UInt32] = [
        0x231A, 0x231B,  // WATCH..HOURGLASS
        0x23E9, 0x23EC,  // BLACK RIGHT-POINTING DOUBLE TRIANGLE..BLACK DOWN-POINTING DOUBLE TRIANGLE
        0x23F0, 0x23F0,  // ALARM CLOCK
        0x23F3, 0x23F3,  // HOURGLASS WITH FLOWING SAND
        0x25FD, 0x25FE,  // WHITE MEDIUM SMALL SQUARE..BLACK MEDIUM SMALL SQUARE
        0x2614, 0x2615,  // UMBRELLA WITH RAIN DROPS..HOT BEVERAGE
        0x2648, 0x2653,  // ARIES..PISCES
        0x267F, 0x267F,  // WHEELCHAIR SYMBOL
        0x2693, 0x2693,  // ANCHOR
        0x26A1, 0x26A1,  // HIGH VOLTAGE SIGN
        0x26AA, 0x26AB,  // MEDIUM WHITE CIRCLE..MEDIUM BLACK CIRCLE
        0x26BD, 0x26BE,  // SOCCER BALL..BASEBALL
        0x26C4, 0x26C5,  // SNOWMAN WITHOUT SNOW..SUN BEHIND CLOUD
        0x26CE, 0x26CE,  // OPHIUCHUS
        0x26D4, 0x26D4,  // NO ENTRY
        0x26EA, 0x26EA,  // CHURCH
        0x26F2, 0x26F3,  // FOUNTAIN..FLAG IN HOLE
        0x26F5, 0x26F5,  // SAILBOAT
        0x26FA, 0x26FA,  // TENT
        0x26FD, 0x26FD,  // FUEL PUMP
        0x2705, 0x2705,  // WHITE HEAVY CHECK MARK
        0x270A, 0x270B,  // RAISED FIST..RAISED HAND
        0x2728, 0x2728,  // SPARKLES
        0x274C, 0x274C,  // CROSS MARK
        0x274E, 0x274E,  // NEGATIVE SQUARED CROSS MARK
        0x2753, 0x2755,  // BLACK QUESTION MARK ORNAMENT..WHITE EXCLAMATION MARK ORNAMENT
        0x2757, 0x2757,  // HEAVY EXCLAMATION MARK SYMBOL
        0x2795, 0x2797,  // HEAVY PLUS SIGN..HEAVY DIVISION SIGN
        0x27B0, 0x27B0,  // CURLY LOOP
        0x27BF, 0x27BF,  // DOUBLE CURLY LOOP
        0x2B1B, 0x2B1C,  // BLACK LARGE SQUARE..WHITE LARGE SQUARE
        0x2B50, 0x2B50,  // WHITE MEDIUM STAR
        0x2B55, 0x2B55,  // HEAVY LARGE CIRCLE
        0x1F004, 0x1F004,  // MAHJONG TILE RED DRAGON
        0x1F0CF, 0x1F0CF,  // PLAYING CARD BLACK JOKER
        0x1F18E, 0x1F18E,  // NEGATIVE SQUARED AB
        0x1F191, 0x1F19A,  // SQUARED CL..SQUARED VS
        0x1F1E6, 0x1F1FF,  // REGIONAL INDICATOR SYMBOL LETTER A..REGIONAL INDICATOR SYMBOL LETTER Z
        0x1F201, 0x1F201,  // SQUARED KATAKANA KOKO
        0x1F21A, 0x1F21A,  // SQUARED CJK UNIFIED IDEOGRAPH-7121
        0x1F22F, 0x1F22F,  // SQUARED CJK UNIFIED IDEOGRAPH-6307
        0x1F232, 0x1F236,  // SQUARED CJK UNIFIED IDEOGRAPH-7981..SQUARED CJK UNIFIED IDEOGRAPH-6709
        0x1F238, 0x1F23A,  // SQUARED CJK UNIFIED IDEOGRAPH-7533..SQUARED CJK UNIFIED IDEOGRAPH-55B6
        0x1F250, 0x1F251,  // CIRCLED IDEOGRAPH ADVANTAGE..CIRCLED IDEOGRAPH ACCEPT
        0x1F300, 0x1F320,  // CYCLONE..SHOOTING STAR
        0x1F32D, 0x1F335,  // HOT DOG..CACTUS
        0x1F337, 0x1F37C,  // TULIP..BABY BOTTLE
        0x1F37E, 0x1F393,  // BOTTLE WITH POPPING CORK..GRADUATION CAP
        0x1F3A0, 0x1F3CA,  // CAROUSEL HORSE..SWIMMER
        0x1F3CF, 0x1F3D3,  // CRICKET BAT AND BALL..TABLE TENNIS PADDLE AND BALL
        0x1F3E0, 0x1F3F0,  // HOUSE BUILDING..EUROPEAN CASTLE
        0x1F3F4, 0x1F3F4,  // WAVING BLACK FLAG
        0x1F3F8, 0x1F43E,  // BADMINTON RACQUET AND SHUTTLECOCK..PAW PRINTS
        0x1F440, 0x1F440,  // EYES
        0x1F442, 0x1F4FC,  // EAR..VIDEOCASSETTE
        0x1F4FF, 0x1F53D,  // PRAYER BEADS..DOWN-POINTING SMALL RED TRIANGLE
        0x1F54B, 0x1F54E,  // KAABA..MENORAH WITH NINE BRANCHES
        0x1F550, 0x1F567,  // CLOCK FACE ONE OCLOCK..CLOCK FACE TWELVE-THIRTY
        0x1F57A, 0x1F57A,  // MAN DANCING
        0x1F595, 0x1F596,  // REVERSED HAND WITH MIDDLE FINGER EXTENDED..RAISED HAND WITH PART BETWEEN MIDDLE AND RING FINGERS
        0x1F5A4, 0x1F5A4,  // BLACK HEART
        0x1F5FB, 0x1F64F,  // MOUNT FUJI..PERSON WITH FOLDED HANDS
        0x1F680, 0x1F6C5,  // ROCKET..LEFT LUGGAGE
        0x1F6CC, 0x1F6CC,  // SLEEPING ACCOMMODATION
        0x1F6D0, 0x1F6D2,  // PLACE OF WORSHIP..SHOPPING TROLLEY
        0x1F6D5, 0x1F6D8,  // HINDU TEMPLE..LANDSLIDE
        0x1F6DC, 0x1F6DF,  // WIRELESS..RING BUOY
        0x1F6EB, 0x1F6EC,  // AIRPLANE DEPARTURE..AIRPLANE ARRIVING
        0x1F6F4, 0x1F6FC,  // SCOOTER..ROLLER SKATE
        0x1F7E0, 0x1F7EB,  // LARGE ORANGE CIRCLE..LARGE BROWN SQUARE
        0x1F7F0, 0x1F7F0,  // HEAVY EQUALS SIGN
        0x1F90C, 0x1F93A,  // PINCHED FINGERS..FENCER
        0x1F93C, 0x1F945,  // WRESTLERS..GOAL NET
        0x1F947, 0x1F9FF,  // FIRST PLACE MEDAL..NAZAR AMULET
        0x1FA70, 0x1FA7C,  // BALLET SHOES..CRUTCH
        0x1FA80, 0x1FA8A,  // YO-YO..TROMBONE
        0x1FA8E, 0x1FAC6,  // TREASURE CHEST..FINGERPRINT
        0x1FAC8, 0x1FAC8,  // HAIRY CREATURE
        0x1FACD, 0x1FADC,  // ORCA..ROOT VEGETABLE
        0x1FADF, 0x1FAEA,  // SPLATTER..DISTORTED FACE
        0x1FAEF, 0x1FAF8,  // FIGHT CLOUD..RIGHTWARDS PUSHING HAND
    ]

    /// Emoji=Yes and Emoji_Presentation=No: emoji shown as text unless followed by U+FE0F.
    /// 119 ranges, 219 code points.
    static let textStyleEmoji: [UInt32] = [
        0x0023, 0x0023,  // NUMBER SIGN
        0x002A, 0x002A,  // ASTERISK
        0x0030, 0x0039,  // DIGIT ZERO..DIGIT NINE
        0x00A9, 0x00A9,  // COPYRIGHT SIGN
        0x00AE, 0x00AE,  // REGISTERED SIGN
        0x203C, 0x203C,  // DOUBLE EXCLAMATION MARK
        0x2049, 0x2049,  // EXCLAMATION QUESTION MARK
        0x2122, 0x2122,  // TRADE MARK SIGN
        0x2139, 0x2139,  // INFORMATION SOURCE
        0x2194, 0x2199,  // LEFT RIGHT ARROW..SOUTH WEST ARROW
        0x21A9, 0x21AA,  // LEFTWARDS ARROW WITH HOOK..RIGHTWARDS ARROW WITH HOOK
        0x2328, 0x2328,  // KEYBOARD
        0x23CF, 0x23CF,  // EJECT SYMBOL
        0x23ED, 0x23EF,  // BLACK RIGHT-POINTING DOUBLE TRIANGLE WITH VERTICAL BAR..BLACK RIGHT-POINTING TRIANGLE WITH DOUBLE VERTICAL BAR
        0x23F1, 0x23F2,  // STOPWATCH..TIMER CLOCK
        0x23F8, 0x23FA,  // DOUBLE VERTICAL BAR..BLACK CIRCLE FOR RECORD
        0x24C2, 0x24C2,  // CIRCLED LATIN CAPITAL LETTER M
        0x25AA, 0x25AB,  // BLACK SMALL SQUARE..WHITE SMALL SQUARE
        0x25B6, 0x25B6,  // BLACK RIGHT-POINTING TRIANGLE
        0x25C0, 0x25C0,  // BLACK LEFT-POINTING TRIANGLE
        0x25FB, 0x25FC,  // WHITE MEDIUM SQUARE..BLACK MEDIUM SQUARE
        0x2600, 0x2604,  // BLACK SUN WITH RAYS..COMET
        0x260E, 0x260E,  // BLACK TELEPHONE
        0x2611, 0x2611,  // BALLOT BOX WITH CHECK
        0x2618, 0x2618,  // SHAMROCK
        0x261D, 0x261D,  // WHITE UP POINTING INDEX
        0x2620, 0x2620,  // SKULL AND CROSSBONES
        0x2622, 0x2623,  // RADIOACTIVE SIGN..BIOHAZARD SIGN
        0x2626, 0x2626,  // ORTHODOX CROSS
        0x262A, 0x262A,  // STAR AND CRESCENT
        0x262E, 0x262F,  // PEACE SYMBOL..YIN YANG
        0x2638, 0x263A,  // WHEEL OF DHARMA..WHITE SMILING FACE
        0x2640, 0x2640,  // FEMALE SIGN
        0x2642, 0x2642,  // MALE SIGN
        0x265F, 0x2660,  // BLACK CHESS PAWN..BLACK SPADE SUIT
        0x2663, 0x2663,  // BLACK CLUB SUIT
        0x2665, 0x2666,  // BLACK HEART SUIT..BLACK DIAMOND SUIT
        0x2668, 0x2668,  // HOT SPRINGS
        0x267B, 0x267B,  // BLACK UNIVERSAL RECYCLING SYMBOL
        0x267E, 0x267E,  // PERMANENT PAPER SIGN
        0x2692, 0x2692,  // HAMMER AND PICK
        0x2694, 0x2697,  // CROSSED SWORDS..ALEMBIC
        0x2699, 0x2699,  // GEAR
        0x269B, 0x269C,  // ATOM SYMBOL..FLEUR-DE-LIS
        0x26A0, 0x26A0,  // WARNING SIGN
        0x26A7, 0x26A7,  // MALE WITH STROKE AND MALE AND FEMALE SIGN
        0x26B0, 0x26B1,  // COFFIN..FUNERAL URN
        0x26C8, 0x26C8,  // THUNDER CLOUD AND RAIN
        0x26CF, 0x26CF,  // PICK
        0x26D1, 0x26D1,  // HELMET WITH WHITE CROSS
        0x26D3, 0x26D3,  // CHAINS
        0x26E9, 0x26E9,  // SHINTO SHRINE
        0x26F0, 0x26F1,  // MOUNTAIN..UMBRELLA ON GROUND
        0x26F4, 0x26F4,  // FERRY
        0x26F7, 0x26F9,  // SKIER..PERSON WITH BALL
        0x2702, 0x2702,  // BLACK SCISSORS
        0x2708, 0x2709,  // AIRPLANE..ENVELOPE
        0x270C, 0x270D,  // VICTORY HAND..WRITING HAND
        0x270F, 0x270F,  // PENCIL
        0x2712, 0x2712,  // BLACK NIB
        0x2714, 0x2714,  // HEAVY CHECK MARK
        0x2716, 0x2716,  // HEAVY MULTIPLICATION X
        0x271D, 0x271D,  // LATIN CROSS
        0x2721, 0x2721,  // STAR OF DAVID
        0x2733, 0x2734,  // EIGHT SPOKED ASTERISK..EIGHT POINTED BLACK STAR
        0x2744, 0x2744,  // SNOWFLAKE
        0x2747, 0x2747,  // SPARKLE
        0x2763, 0x2764,  // HEAVY HEART EXCLAMATION MARK ORNAMENT..HEAVY BLACK HEART
        0x27A1, 0x27A1,  // BLACK RIGHTWARDS ARROW
        0x2934, 0x2935,  // ARROW POINTING RIGHTWARDS THEN CURVING UPWARDS..ARROW POINTING RIGHTWARDS THEN CURVING DOWNWARDS
        0x2B05, 0x2B07,  // LEFTWARDS BLACK ARROW..DOWNWARDS BLACK ARROW
        0x3030, 0x3030,  // WAVY DASH
        0x303D, 0x303D,  // PART ALTERNATION MARK
        0x3297, 0x3297,  // CIRCLED IDEOGRAPH CONGRATULATION
        0x3299, 0x3299,  // CIRCLED IDEOGRAPH SECRET
        0x1F170, 0x1F171,  // NEGATIVE SQUARED LATIN CAPITAL LETTER A..NEGATIVE SQUARED LATIN CAPITAL LETTER B
        0x1F17E, 0x1F17F,  // NEGATIVE SQUARED LATIN CAPITAL LETTER O..NEGATIVE SQUARED LATIN CAPITAL LETTER P
        0x1F202, 0x1F202,  // SQUARED KATAKANA SA
        0x1F237, 0x1F237,  // SQUARED CJK UNIFIED IDEOGRAPH-6708
        0x1F321, 0x1F321,  // THERMOMETER
        0x1F324, 0x1F32C,  // WHITE SUN WITH SMALL CLOUD..WIND BLOWING FACE
        0x1F336, 0x1F336,  // HOT PEPPER
        0x1F37D, 0x1F37D,  // FORK AND KNIFE WITH PLATE
        0x1F396, 0x1F397,  // MILITARY MEDAL..REMINDER RIBBON
        0x1F399, 0x1F39B,  // STUDIO MICROPHONE..CONTROL KNOBS
        0x1F39E, 0x1F39F,  // FILM FRAMES..ADMISSION TICKETS
        0x1F3CB, 0x1F3CE,  // WEIGHT LIFTER..RACING CAR
        0x1F3D4, 0x1F3DF,  // SNOW CAPPED MOUNTAIN..STADIUM
        0x1F3F3, 0x1F3F3,  // WAVING WHITE FLAG
        0x1F3F5, 0x1F3F5,  // ROSETTE
        0x1F3F7, 0x1F3F7,  // LABEL
        0x1F43F, 0x1F43F,  // CHIPMUNK
        0x1F441, 0x1F441,  // EYE
        0x1F4FD, 0x1F4FD,  // FILM PROJECTOR
        0x1F549, 0x1F54A,  // OM SYMBOL..DOVE OF PEACE
        0x1F56F, 0x1F570,  // CANDLE..MANTELPIECE CLOCK
        0x1F573, 0x1F579,  // HOLE..JOYSTICK
        0x1F587, 0x1F587,  // LINKED PAPERCLIPS
        0x1F58A, 0x1F58D,  // LOWER LEFT BALLPOINT PEN..LOWER LEFT CRAYON
        0x1F590, 0x1F590,  // RAISED HAND WITH FINGERS SPLAYED
        0x1F5A5, 0x1F5A5,  // DESKTOP COMPUTER
        0x1F5A8, 0x1F5A8,  // PRINTER
        0x1F5B1, 0x1F5B2,  // THREE BUTTON MOUSE..TRACKBALL
        0x1F5BC, 0x1F5BC,  // FRAME WITH PICTURE
        0x1F5C2, 0x1F5C4,  // CARD INDEX DIVIDERS..FILE CABINET
        0x1F5D1, 0x1F5D3,  // WASTEBASKET..SPIRAL CALENDAR PAD
        0x1F5DC, 0x1F5DE,  // COMPRESSION..ROLLED-UP NEWSPAPER
        0x1F5E1, 0x1F5E1,  // DAGGER KNIFE
        0x1F5E3, 0x1F5E3,  // SPEAKING HEAD IN SILHOUETTE
        0x1F5E8, 0x1F5E8,  // LEFT SPEECH BUBBLE
        0x1F5EF, 0x1F5EF,  // RIGHT ANGER BUBBLE
        0x1F5F3, 0x1F5F3,  // BALLOT BOX WITH BALLOT
        0x1F5FA, 0x1F5FA,  // WORLD MAP
        0x1F6CB, 0x1F6CB,  // COUCH AND LAMP
        0x1F6CD, 0x1F6CF,  // SHOPPING BAGS..BED
        0x1F6E0, 0x1F6E5,  // HAMMER AND WRENCH..MOTOR BOAT
        0x1F6E9, 0x1F6E9,  // SMALL AIRPLANE
        0x1F6F0, 0x1F6F0,  // SATELLITE
        0x1F6F3, 0x1F6F3,  // PASSENGER SHIP
    ]

    /// Characters with an emoji presentation sequence "X U+FE0F" (emoji-variation-sequences.txt).
    /// 183 ranges, 371 code points.
    static let emojiVariationBase: [UInt32] = [
        0x0023, 0x0023,  // NUMBER SIGN
        0x002A, 0x002A,  // ASTERISK
        0x0030, 0x0039,  // DIGIT ZERO..DIGIT NINE
        0x00A9, 0x00A9,  // COPYRIGHT SIGN
        0x00AE, 0x00AE,  // REGISTERED SIGN
        0x203C, 0x203C,  // DOUBLE EXCLAMATION MARK
        0x2049, 0x2049,  // EXCLAMATION QUESTION MARK
        0x2122, 0x2122,  // TRADE MARK SIGN
        0x2139, 0x2139,  // INFORMATION SOURCE
        0x2194, 0x2199,  // LEFT RIGHT ARROW..SOUTH WEST ARROW
        0x21A9, 0x21AA,  // LEFTWARDS ARROW WITH HOOK..RIGHTWARDS ARROW WITH HOOK
        0x231A, 0x231B,  // WATCH..HOURGLASS
        0x2328, 0x2328,  // KEYBOARD
        0x23CF, 0x23CF,  // EJECT SYMBOL
        0x23E9, 0x23F3,  // BLACK RIGHT-POINTING DOUBLE TRIANGLE..HOURGLASS WITH FLOWING SAND
        0x23F8, 0x23FA,  // DOUBLE VERTICAL BAR..BLACK CIRCLE FOR RECORD
        0x24C2, 0x24C2,  // CIRCLED LATIN CAPITAL LETTER M
        0x25AA, 0x25AB,  // BLACK SMALL SQUARE..WHITE SMALL SQUARE
        0x25B6, 0x25B6,  // BLACK RIGHT-POINTING TRIANGLE
        0x25C0, 0x25C0,  // BLACK LEFT-POINTING TRIANGLE
        0x25FB, 0x25FE,  // WHITE MEDIUM SQUARE..BLACK MEDIUM SMALL SQUARE
        0x2600, 0x2604,  // BLACK SUN WITH RAYS..COMET
        0x260E, 0x260E,  // BLACK TELEPHONE
        0x2611, 0x2611,  // BALLOT BOX WITH CHECK
        0x2614, 0x2615,  // UMBRELLA WITH RAIN DROPS..HOT BEVERAGE
        0x2618, 0x2618,  // SHAMROCK
        0x261D, 0x261D,  // WHITE UP POINTING INDEX
        0x2620, 0x2620,  // SKULL AND CROSSBONES
        0x2622, 0x2623,  // RADIOACTIVE SIGN..BIOHAZARD SIGN
        0x2626, 0x2626,  // ORTHODOX CROSS
        0x262A, 0x262A,  // STAR AND CRESCENT
        0x262E, 0x262F,  // PEACE SYMBOL..YIN YANG
        0x2638, 0x263A,  // WHEEL OF DHARMA..WHITE SMILING FACE
        0x2640, 0x2640,  // FEMALE SIGN
        0x2642, 0x2642,  // MALE SIGN
        0x2648, 0x2653,  // ARIES..PISCES
        0x265F, 0x2660,  // BLACK CHESS PAWN..BLACK SPADE SUIT
        0x2663, 0x2663,  // BLACK CLUB SUIT
        0x2665, 0x2666,  // BLACK HEART SUIT..BLACK DIAMOND SUIT
        0x2668, 0x2668,  // HOT SPRINGS
        0x267B, 0x267B,  // BLACK UNIVERSAL RECYCLING SYMBOL
        0x267E, 0x267F,  // PERMANENT PAPER SIGN..WHEELCHAIR SYMBOL
        0x2692, 0x2697,  // HAMMER AND PICK..ALEMBIC
        0x2699, 0x2699,  // GEAR
        0x269B, 0x269C,  // ATOM SYMBOL..FLEUR-DE-LIS
        0x26A0, 0x26A1,  // WARNING SIGN..HIGH VOLTAGE SIGN
        0x26A7, 0x26A7,  // MALE WITH STROKE AND MALE AND FEMALE SIGN
        0x26AA, 0x26AB,  // MEDIUM WHITE CIRCLE..MEDIUM BLACK CIRCLE
        0x26B0, 0x26B1,  // COFFIN..FUNERAL URN
        0x26BD, 0x26BE,  // SOCCER BALL..BASEBALL
        0x26C4, 0x26C5,  // SNOWMAN WITHOUT SNOW..SUN BEHIND CLOUD
        0x26C8, 0x26C8,  // THUNDER CLOUD AND RAIN
        0x26CE, 0x26CF,  // OPHIUCHUS..PICK
        0x26D1, 0x26D1,  // HELMET WITH WHITE CROSS
        0x26D3, 0x26D4,  // CHAINS..NO ENTRY
        0x26E9, 0x26EA,  // SHINTO SHRINE..CHURCH
        0x26F0, 0x26F5,  // MOUNTAIN..SAILBOAT
        0x26F7, 0x26FA,  // SKIER..TENT
        0x26FD, 0x26FD,  // FUEL PUMP
        0x2702, 0x2702,  // BLACK SCISSORS
        0x2705, 0x2705,  // WHITE HEAVY CHECK MARK
        0x2708, 0x270D,  // AIRPLANE..WRITING HAND
        0x270F, 0x270F,  // PENCIL
        0x2712, 0x2712,  // BLACK NIB
        0x2714, 0x2714,  // HEAVY CHECK MARK
        0x2716, 0x2716,  // HEAVY MULTIPLICATION X
        0x271D, 0x271D,  // LATIN CROSS
        0x2721, 0x2721,  // STAR OF DAVID
        0x2728, 0x2728,  // SPARKLES
        0x2733, 0x2734,  // EIGHT SPOKED ASTERISK..EIGHT POINTED BLACK STAR
        0x2744, 0x2744,  // SNOWFLAKE
        0x2747, 0x2747,  // SPARKLE
        0x274C, 0x274C,  // CROSS MARK
        0x274E, 0x274E,  // NEGATIVE SQUARED CROSS MARK
        0x2753, 0x2755,  // BLACK QUESTION MARK ORNAMENT..WHITE EXCLAMATION MARK ORNAMENT
        0x2757, 0x2757,  // HEAVY EXCLAMATION MARK SYMBOL
        0x2763, 0x2764,  // HEAVY HEART EXCLAMATION MARK ORNAMENT..HEAVY BLACK HEART
        0x2795, 0x2797,  // HEAVY PLUS SIGN..HEAVY DIVISION SIGN
        0x27A1, 0x27A1,  // BLACK RIGHTWARDS ARROW
        0x27B0, 0x27B0,  // CURLY LOOP
        0x27BF, 0x27BF,  // DOUBLE CURLY LOOP
        0x2934, 0x2935,  // ARROW POINTING RIGHTWARDS THEN CURVING UPWARDS..ARROW POINTING RIGHTWARDS THEN CURVING DOWNWARDS
        0x2B05, 0x2B07,  // LEFTWARDS BLACK ARROW..DOWNWARDS BLACK ARROW
        0x2B1B, 0x2B1C,  // BLACK LARGE SQUARE..WHITE LARGE SQUARE
        0x2B50, 0x2B50,  // WHITE MEDIUM STAR
        0x2B55, 0x2B55,  // HEAVY LARGE CIRCLE
        0x3030, 0x3030,  // WAVY DASH
        0x303D, 0x303D,  // PART ALTERNATION MARK
        0x3297, 0x3297,  // CIRCLED IDEOGRAPH CONGRATULATION
        0x3299, 0x3299,  // CIRCLED IDEOGRAPH SECRET
        0x1F004, 0x1F004,  // MAHJONG TILE RED DRAGON
        0x1F170, 0x1F171,  // NEGATIVE SQUARED LATIN CAPITAL LETTER A..NEGATIVE SQUARED LATIN CAPITAL LETTER B
        0x1F17E, 0x1F17F,  // NEGATIVE SQUARED LATIN CAPITAL LETTER O..NEGATIVE SQUARED LATIN CAPITAL LETTER P
        0x1F202, 0x1F202,  // SQUARED KATAKANA SA
        0x1F21A, 0x1F21A,  // SQUARED CJK UNIFIED IDEOGRAPH-7121
        0x1F22F, 0x1F22F,  // SQUARED CJK UNIFIED IDEOGRAPH-6307
        0x1F237, 0x1F237,  // SQUARED CJK UNIFIED IDEOGRAPH-6708
        0x1F30D, 0x1F30F,  // EARTH GLOBE EUROPE-AFRICA..EARTH GLOBE ASIA-AUSTRALIA
        0x1F315, 0x1F315,  // FULL MOON SYMBOL
        0x1F31C, 0x1F31C,  // LAST QUARTER MOON WITH FACE
        0x1F321, 0x1F321,  // THERMOMETER
        0x1F324, 0x1F32C,  // WHITE SUN WITH SMALL CLOUD..WIND BLOWING FACE
        0x1F336, 0x1F336,  // HOT PEPPER
        0x1F378, 0x1F378,  // COCKTAIL GLASS
        0x1F37D, 0x1F37D,  // FORK AND KNIFE WITH PLATE
        0x1F393, 0x1F393,  // GRADUATION CAP
        0x1F396, 0x1F397,  // MILITARY MEDAL..REMINDER RIBBON
        0x1F399, 0x1F39B,  // STUDIO MICROPHONE..CONTROL KNOBS
        0x1F39E, 0x1F39F,  // FILM FRAMES..ADMISSION TICKETS
        0x1F3A7, 0x1F3A7,  // HEADPHONE
        0x1F3AC, 0x1F3AE,  // CLAPPER BOARD..VIDEO GAME
        0x1F3C2, 0x1F3C2,  // SNOWBOARDER
        0x1F3C4, 0x1F3C4,  // SURFER
        0x1F3C6, 0x1F3C6,  // TROPHY
        0x1F3CA, 0x1F3CE,  // SWIMMER..RACING CAR
        0x1F3D4, 0x1F3E0,  // SNOW CAPPED MOUNTAIN..HOUSE BUILDING
        0x1F3ED, 0x1F3ED,  // FACTORY
        0x1F3F3, 0x1F3F3,  // WAVING WHITE FLAG
        0x1F3F5, 0x1F3F5,  // ROSETTE
        0x1F3F7, 0x1F3F7,  // LABEL
        0x1F408, 0x1F408,  // CAT
        0x1F415, 0x1F415,  // DOG
        0x1F41F, 0x1F41F,  // FISH
        0x1F426, 0x1F426,  // BIRD
        0x1F43F, 0x1F43F,  // CHIPMUNK
        0x1F441, 0x1F442,  // EYE..EAR
        0x1F446, 0x1F449,  // WHITE UP POINTING BACKHAND INDEX..WHITE RIGHT POINTING BACKHAND INDEX
        0x1F44D, 0x1F44E,  // THUMBS UP SIGN..THUMBS DOWN SIGN
        0x1F453, 0x1F453,  // EYEGLASSES
        0x1F46A, 0x1F46A,  // FAMILY
        0x1F47D, 0x1F47D,  // EXTRATERRESTRIAL ALIEN
        0x1F4A3, 0x1F4A3,  // BOMB
        0x1F4B0, 0x1F4B0,  // MONEY BAG
        0x1F4B3, 0x1F4B3,  // CREDIT CARD
        0x1F4BB, 0x1F4BB,  // PERSONAL COMPUTER
        0x1F4BF, 0x1F4BF,  // OPTICAL DISC
        0x1F4CB, 0x1F4CB,  // CLIPBOARD
        0x1F4DA, 0x1F4DA,  // BOOKS
        0x1F4DF, 0x1F4DF,  // PAGER
        0x1F4E4, 0x1F4E6,  // OUTBOX TRAY..PACKAGE
        0x1F4EA, 0x1F4ED,  // CLOSED MAILBOX WITH LOWERED FLAG..OPEN MAILBOX WITH LOWERED FLAG
        0x1F4F7, 0x1F4F7,  // CAMERA
        0x1F4F9, 0x1F4FB,  // VIDEO CAMERA..RADIO
        0x1F4FD, 0x1F4FD,  // FILM PROJECTOR
        0x1F508, 0x1F508,  // SPEAKER
        0x1F50D, 0x1F50D,  // LEFT-POINTING MAGNIFYING GLASS
        0x1F512, 0x1F513,  // LOCK..OPEN LOCK
        0x1F549, 0x1F54A,  // OM SYMBOL..DOVE OF PEACE
        0x1F550, 0x1F567,  // CLOCK FACE ONE OCLOCK..CLOCK FACE TWELVE-THIRTY
        0x1F56F, 0x1F570,  // CANDLE..MANTELPIECE CLOCK
        0x1F573, 0x1F579,  // HOLE..JOYSTICK
        0x1F587, 0x1F587,  // LINKED PAPERCLIPS
        0x1F58A, 0x1F58D,  // LOWER LEFT BALLPOINT PEN..LOWER LEFT CRAYON
        0x1F590, 0x1F590,  // RAISED HAND WITH FINGERS SPLAYED
        0x1F5A5, 0x1F5A5,  // DESKTOP COMPUTER
        0x1F5A8, 0x1F5A8,  // PRINTER
        0x1F5B1, 0x1F5B2,  // THREE BUTTON MOUSE..TRACKBALL
        0x1F5BC, 0x1F5BC,  // FRAME WITH PICTURE
        0x1F5C2, 0x1F5C4,  // CARD INDEX DIVIDERS..FILE CABINET
        0x1F5D1, 0x1F5D3,  // WASTEBASKET..SPIRAL CALENDAR PAD
        0x1F5DC, 0x1F5DE,  // COMPRESSION..ROLLED-UP NEWSPAPER
        0x1F5E1, 0x1F5E1,  // DAGGER KNIFE
        0x1F5E3, 0x1F5E3,  // SPEAKING HEAD IN SILHOUETTE
        0x1F5E8, 0x1F5E8,  // LEFT SPEECH BUBBLE
        0x1F5EF, 0x1F5EF,  // RIGHT ANGER BUBBLE
        0x1F5F3, 0x1F5F3,  // BALLOT BOX WITH BALLOT
        0x1F5FA, 0x1F5FA,  // WORLD MAP
        0x1F610, 0x1F610,  // NEUTRAL FACE
        0x1F687, 0x1F687,  // METRO
        0x1F68D, 0x1F68D,  // ONCOMING BUS
        0x1F691, 0x1F691,  // AMBULANCE
        0x1F694, 0x1F694,  // ONCOMING POLICE CAR
        0x1F698, 0x1F698,  // ONCOMING AUTOMOBILE
        0x1F6AD, 0x1F6AD,  // NO SMOKING SYMBOL
        0x1F6B2, 0x1F6B2,  // BICYCLE
        0x1F6B9, 0x1F6BA,  // MENS SYMBOL..WOMENS SYMBOL
        0x1F6BC, 0x1F6BC,  // BABY SYMBOL
        0x1F6CB, 0x1F6CB,  // COUCH AND LAMP
        0x1F6CD, 0x1F6CF,  // SHOPPING BAGS..BED
        0x1F6E0, 0x1F6E5,  // HAMMER AND WRENCH..MOTOR BOAT
        0x1F6E9, 0x1F6E9,  // SMALL AIRPLANE
        0x1F6F0, 0x1F6F0,  // SATELLITE
        0x1F6F3, 0x1F6F3,  // PASSENGER SHIP
    ]

    /// Whether `v` lies in one of the ranges of a flattened table.
    static func contains(_ table: [UInt32], _ v: UInt32) -> Bool {
        var lo = 0, hi = table.count / 2
        while lo < hi {
            let mid = (lo + hi) / 2
            if v < table[2 * mid] { hi = mid } else if v > table[2 * mid + 1] { lo = mid + 1 } else { return true }
        }
        return false
    }
}
