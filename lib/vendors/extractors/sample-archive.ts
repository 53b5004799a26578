// Test utilities: a sample archive (a qkview, a bug report) is a folder of member files under
// samples/; the tests pack it into a tar.gz in memory and read back the members an extractor
// asks for, as the reader would.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { buffer } from "node:stream/consumers";
import { createGunzip, gzipSync } from "node:zlib";
import { extract, pack } from "tar-stream";
import type { DebugText } from "@/lib/debug-files/types";

const SAMPLES = path.join(import.meta.dirname, "samples");

/** Every file under samples/<folder>, by its path relative to that folder. */
function filesIn(folder: string): { name: string; content: Buffer }[] {
  const root = path.join(SAMPLES, folder);
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const full = path.join(entry.parentPath, entry.name);
      return {
        name: path.relative(root, full).split(path.sep).join("/"),
        content: readFileSync(full),
      };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** samples/<folder> as a tar.gz, each member under `prefix` (a qkview's members have none). */
export async function sampleArchive(folder: string, prefix = ""): Promise<Buffer> {
  const tar = pack();
  for (const file of filesIn(folder)) tar.entry({ name: prefix + file.name }, file.content);
  tar.finalize();
  return gzipSync(await buffer(tar));
}

/** The members of a tar.gz whose path matches one of `members`, as text. */
export async function membersOf(archive: Buffer, members: readonly RegExp[]): Promise<DebugText[]> {
  const texts: DebugText[] = [];
  const entries = extract();
  Readable.from([archive]).pipe(createGunzip()).pipe(entries);
  for await (const entry of entries) {
    const wanted = members.some((pattern) => pattern.test(entry.header.name));
    if (wanted)
      texts.push({ name: entry.header.name, text: (await buffer(entry)).toString("utf8") });
    else entry.resume();
  }
  return texts;
}

/** A plain sample file's text: samples/<file>. */
export const sampleText = (file: string): DebugText => ({
  name: path.basename(file),
  text: readFileSync(path.join(SAMPLES, file), "utf8"),
});

/**
 * Texts made to make a careless pattern backtrack (long lines without the separator it waits
 * for, many blank lines, many openings never closed), each about 1 MB; `openings` are the
 * vendor's own line starts, repeated.
 */
export function hostileTexts(openings: readonly string[]): DebugText[] {
  const size = 1_000_000;
  return [
    "a ".repeat(size / 2),
    "a:".repeat(size / 2),
    " ".repeat(size) + "x",
    "\n".repeat(size),
    " \n".repeat(size / 2),
    ...openings.map((opening) => opening.repeat(Math.ceil(size / opening.length))),
  ].map((text, index) => ({ name: `hostile-${index}.txt`, text }));
}
