// Test utilities for the debug-file reader: archives built in memory or streamed from
// generators, so hostile samples of gigabytes cost the test no disk and little memory.
import { Readable } from "node:stream";
import { buffer } from "node:stream/consumers";
import { createGzip, gzipSync } from "node:zlib";
import { pack } from "tar-stream";
import { drainedOrClosed } from "./read-debug-file";

export type Member = {
  name: string;
  /** The member's bytes, or its claimed size and a generator of that many (a huge member). */
  content: string | Buffer | { size: number; chunks: () => Iterable<Buffer> };
  type?: "file" | "symlink" | "directory";
  linkname?: string;
};

/** A tar of the members as a stream, written as the reader asks for it. */
export function tarStream(members: readonly Member[]): Readable {
  const tar = pack();
  void (async () => {
    for (const member of members) {
      const { content } = member;
      const header = { name: member.name, type: member.type, linkname: member.linkname };
      if (typeof content === "string" || Buffer.isBuffer(content)) {
        await new Promise<void>((resolve, reject) => {
          const done = (error?: Error | null) => (error ? reject(error) : resolve());
          if (member.type && member.type !== "file") tar.entry(header, done);
          else tar.entry(header, content, done);
        });
        continue;
      }
      const sink = tar.entry({ ...header, size: content.size });
      sink.on("error", () => {}); // the reader stopping early destroys the tar, and so the sink
      for (const chunk of content.chunks()) {
        if (tar.destroyed) return;
        if (!sink.write(chunk)) await drainedOrClosed(sink);
      }
      sink.end(null);
    }
    tar.finalize();
  })().catch((error: unknown) => tar.destroy(error as Error));
  return Readable.from(tar as AsyncIterable<Buffer>);
}

/** The same tar, whole, in memory (small archives only). */
export const tarOf = (members: readonly Member[]) => buffer(tarStream(members));

export const tgzOf = async (members: readonly Member[]) => gzipSync(await tarOf(members));

/** A stream gzipped on the fly (level 1), as fast as the reader reads it. */
export const gzipStream = (source: Readable) => source.pipe(createGzip({ level: 1 }));

/** `total` bytes of `fill` in 1 MiB chunks, one buffer reused. */
export function* repeated(total: number, fill = 0): Generator<Buffer> {
  const chunk = Buffer.alloc(1024 * 1024, fill);
  for (let left = total; left > 0; left -= chunk.length)
    yield left >= chunk.length ? chunk : chunk.subarray(0, left);
}

/** A stream of `bytes`, then silence: it never ends (a stalled upload). */
export function stalled(bytes: Buffer): Readable {
  let sent = false;
  return new Readable({
    read() {
      if (!sent) this.push(bytes);
      sent = true;
    },
  });
}
