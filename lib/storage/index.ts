import { createLocalStorage } from "./local-storage";
import type { Storage } from "./storage";

export {
  newStorageKey,
  StorageLimitError,
  StorageNotFoundError,
  type PutResult,
  type Storage,
  type StoredObject,
} from "./storage";

/** The local driver's folder: `UPLOADS_DIR`, default `.data/uploads` (also what db:backup saves). */
export const localUploadsDir = (env: Record<string, string | undefined> = process.env) =>
  env.UPLOADS_DIR || ".data/uploads";

/**
 * The storage the environment asks for: `STORAGE_DRIVER=local` (the default) keeps files under
 * `UPLOADS_DIR` (default `.data/uploads`, relative to the working directory). Several
 * instances need a shared driver (an S3-compatible one would be added here).
 */
export function getStorage(env: Record<string, string | undefined> = process.env): Storage {
  const driver = env.STORAGE_DRIVER || "local";
  switch (driver) {
    case "local":
      return createLocalStorage(localUploadsDir(env));
    default:
      throw new Error(`STORAGE_DRIVER=${driver} is not supported: use "local".`);
  }
}
