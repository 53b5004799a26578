import fc from "fast-check";

// Text nobody types on purpose, and text an attacker does: each shape of it a form field or a
// request must survive without a crash, a stored row it should not leave, or live HTML.

/** Markup that would run or load something if a page rendered it as HTML. */
export const HTML_PAYLOADS = [
  "<script>alert(1)</script>",
  '<img src=x onerror="alert(1)">',
  "<svg/onload=alert(1)>",
  '"><iframe src="javascript:alert(1)"></iframe>',
  '<a href="javascript:alert(1)">click</a>',
  "[click](javascript:alert(1))",
  "![x](javascript:alert(1))",
  "<style>body{display:none}</style>",
  "<!--",
  "</textarea><script>alert(1)</script>",
  "&lt;script&gt;alert(1)&lt;/script&gt;",
  "<details open ontoggle=alert(1)>",
  '<form action="https://evil.example"><input name="x"></form>',
  "{{constructor.constructor('alert(1)')()}}",
] as const;

/** Text that would change a query if it were ever pasted into SQL. */
export const SQL_PAYLOADS = [
  "' OR '1'='1",
  "'; DROP TABLE users; --",
  "1; SELECT pg_sleep(10)",
  "\\'; DELETE FROM tickets; --",
  "%' OR 1=1 --",
  "$1",
  '"; TRUNCATE audit_events; --',
  "' UNION SELECT password_hash FROM users --",
] as const;

/** Characters outside the Basic Multilingual Plane, right-to-left, combining and invisible. */
export const UNICODE_PAYLOADS = [
  "😀🇵🇱👩‍👩‍👧‍👦", // astral, flags, zero-width joiners
  "𝕳𝖊𝖑𝖑𝖔 𐍈", // mathematical and Gothic letters
  "مرحبا بالعالم", // Arabic
  "שלום עולם", // Hebrew
  "\u202Egnp.exe", // right-to-left override
  "\u2066isolate\u2069\u200F",
  "Z̴͉̈́a̷̠͝l̵̰̊g̶͚̈ő̸̧", // stacked combining marks
  "e\u0301\u0302\u0303\u0304\u0305",
  "\u200B\u200C\u200D\uFEFF", // zero-width
  "\uD800", // a lone surrogate
  "\uDFFF\uD800",
  "\uFFFD\uFFFF\uFFFE",
  "ﷺ ﷽",
  "İıſK", // case folding that changes length
] as const;

/** C0 and C1 control characters, NUL first, and the line breaks of every platform. */
export const CONTROL_PAYLOADS = [
  "\u0000",
  "a\u0000b",
  "\u0007\u0008\u001B[31m",
  "\u007F\u0085\u009F",
  "\r\n\r\n",
  "\t",
  "\u2028\u2029",
  "\u000B\u000C",
] as const;

const payload = fc.constantFrom(
  ...HTML_PAYLOADS,
  ...SQL_PAYLOADS,
  ...UNICODE_PAYLOADS,
  ...CONTROL_PAYLOADS,
);

/** At least 100 kB: a payload repeated, so building it costs nothing. */
export const hugeString = fc
  .tuple(payload, fc.integer({ min: 100_000, max: 300_000 }))
  .map(([piece, length]) => piece.repeat(Math.ceil(length / piece.length)));

/** Every kind of hostile text: payloads alone, mixed with ordinary text, and huge. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: payload },
  {
    weight: 4,
    arbitrary: fc
      .array(fc.oneof(payload, fc.string({ unit: "grapheme", maxLength: 8 })), {
        minLength: 1,
        maxLength: 6,
      })
      .map((pieces) => pieces.join("")),
  },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 1, arbitrary: hugeString },
  { weight: 1, arbitrary: fc.constantFrom("", " ", "   \t ") },
);

/** What a client can send where a value is expected: hostile text, or any JSON-like value. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: hostileString },
  { weight: 1, arbitrary: fc.anything({ maxDepth: 2, maxKeys: 3 }) },
);
