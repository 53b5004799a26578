// The lines of a captured CLI session (a terminal log, a pasted output, a tech-support member),
// cleaned of what terminals add: CR line ends, pager prompts ("--More--") and the backspaces and
// spaces that erase them.

const PAGER = /--\s?More\s?--[\s\x08]*/g;

/** The text's lines without line-end CRs, pager prompts or trailing blanks. */
export function cliLines(text: string): string[] {
  return text
    .replace(PAGER, "")
    .split("\n")
    .map((line) => line.replaceAll("\r", "").trimEnd());
}

// The key's words are separated by single spaces, so a long line cannot make the match backtrack.
const KEY_VALUE = /^\s*([A-Za-z][\w./()&+-]*(?: [\w./()&+-]+)*)\s*:\s*(.*)$/;

/**
 * The "Key: value" block around `lines[at]`: the value of each key (keys lower-cased, the
 * first occurrence wins), up to the lines around it that are not "key: value" (a blank line,
 * a prompt, another command's output); `end` is the index of the line after the block.
 */
export function keyValueBlock(
  lines: readonly string[],
  at: number,
): { values: Map<string, string>; end: number } {
  let start = at;
  while (start > 0 && KEY_VALUE.test(lines[start - 1]!)) start -= 1;
  const values = new Map<string, string>();
  let end = start;
  for (; end < lines.length; end += 1) {
    const match = KEY_VALUE.exec(lines[end]!);
    if (!match) break;
    const key = match[1]!.toLowerCase();
    if (!values.has(key)) values.set(key, match[2]!.trim());
  }
  return { values, end };
}
