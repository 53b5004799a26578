import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, vi } from "vitest";

/**
 * A throwaway local UPLOADS_DIR for the test file (APP_URL the origin uploads come from), with
 * the attachment limits back at their defaults before each test. Returns a function that lists
 * the names of the files the storage holds.
 */
export function setUpUploadsDir() {
  let uploads = "";
  beforeAll(async () => {
    uploads = await mkdtemp(path.join(tmpdir(), "clico-attachments-"));
    vi.stubEnv("UPLOADS_DIR", uploads);
    vi.stubEnv("STORAGE_DRIVER", "local");
    vi.stubEnv("APP_URL", "https://support.example.com");
  });
  beforeEach(() => {
    vi.stubEnv("ATTACHMENT_MAX_BYTES", "");
    vi.stubEnv("UPLOAD_MAX_BYTES_PER_DAY", "");
    vi.stubEnv("ATTACHMENT_MAX_FILES_PER_TICKET", "");
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    await rm(uploads, { recursive: true, force: true });
  });
  return async (): Promise<string[]> => {
    const entries = await readdir(uploads, { recursive: true, withFileTypes: true });
    return entries.filter((entry) => entry.isFile()).map((entry) => entry.name);
  };
}
