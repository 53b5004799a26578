// The lines of a captured CLI session (a terminal log, a pasted output, a tech-support member),
// cleaned of what terminals add: CR line ends, pager prompts ("--More--") and the backspaces and
// spaces that erase them.

const PAGER = /--\s?More\s?--[\s\x08]*/g;

/** The text's lines without line-end CRs, pager prompts or trailing blanks. */
export function cliLines(text: string): string[] {
  return text
    .replace(PAGER, "")
    .split(/\r*\n|\r(?!\n)/)
    .map((line) => line.replace(/\r/g, "").replace(/\s+$/, ""));
}

const KEY_VALUE = /^\s*([A-Za-z][\w ./()&+-]*?)\s*:\s*(.*)$/;

/**
 * The "Key: value" block around `lines[at]`: the value of each key (keys lower-cased, the
 * first occurrence wins), up to the lines around it that are not "key: value" (a blank line,
 * a prompt, another command's output).
 */
export function keyValueBlock(lines: readonly string[], at: number): Map<string, string> {
  let start = at;
  while (start > 0 && KEY_VALUE.test(lines[start - 1]!)) start -= 1;
  const values = new Map<string, string>();
  for (let index = start; index < lines.length; index += 1) {
    const match = KEY_VALUE.exec(lines[index]!);
    if (!match) break;
    const key = match[1]!.toLowerCase();
    if (!values.has(key)) values.set(key, match[2]!.trim());
  }
  return values;
}
