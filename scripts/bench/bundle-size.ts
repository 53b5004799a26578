/**
 * `npm run bench:bundle [-- --build] [-- --json]`: First Load JS per route, raw and gzipped, from
 * the last `next build` (`.next/diagnostics/route-bundle-stats.json`, which lists each route's
 * first-load chunks). `--build` runs `next build` first. Gzip at zlib's default level, chunk by
 * chunk, as a server sends them. Target (issue #12): ≤ 150 kB gzip on login and customer pages.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

const STATS = ".next/diagnostics/route-bundle-stats.json";
const args = new Set(process.argv.slice(2));

if (args.has("--build")) execFileSync("npx", ["next", "build"], { stdio: "inherit" });
if (!existsSync(STATS)) {
  console.error(`${STATS} not found: run \`npx next build\` first (or pass --build).`);
  process.exit(1);
}

type RouteStats = { route: string; firstLoadChunkPaths: string[] };
const routes = JSON.parse(readFileSync(STATS, "utf8")) as RouteStats[];

const sizes = new Map<string, { raw: number; gzip: number }>();
function sizeOf(path: string) {
  let size = sizes.get(path);
  if (!size) {
    const bytes = readFileSync(path);
    size = { raw: bytes.length, gzip: gzipSync(bytes).length };
    sizes.set(path, size);
  }
  return size;
}

const kB = (bytes: number) => Math.round(bytes / 100) / 10;
const rows = routes
  .map(({ route, firstLoadChunkPaths }) => {
    const chunks = firstLoadChunkPaths.map(sizeOf);
    return {
      route,
      chunks: chunks.length,
      rawKB: kB(chunks.reduce((sum, chunk) => sum + chunk.raw, 0)),
      gzipKB: kB(chunks.reduce((sum, chunk) => sum + chunk.gzip, 0)),
    };
  })
  .sort((a, b) => a.route.localeCompare(b.route));

if (args.has("--json")) console.log(JSON.stringify(rows, null, 2));
else {
  const width = Math.max(...rows.map((row) => row.route.length));
  console.log(`${"route".padEnd(width)}  chunks  raw kB  gzip kB`);
  for (const row of rows)
    console.log(
      `${row.route.padEnd(width)}  ${String(row.chunks).padStart(6)}  ${row.rawKB
        .toFixed(1)
        .padStart(6)}  ${row.gzipKB.toFixed(1).padStart(7)}`,
    );
}
