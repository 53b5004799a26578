import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");
const { scripts } = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as {
  scripts: Record<string, string>;
};

describe("package.json scripts", () => {
  it.each(Object.entries(scripts))("%s runs a file that exists", (_name, command) => {
    const files = command.split(/\s+/).filter((word) => /\.(tsx?|m?js)$/.test(word));
    for (const file of files) expect(existsSync(path.join(root, file)), file).toBe(true);
  });
});
