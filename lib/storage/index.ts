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

/**
 * The storage the environment asks for: `STORAGE_DRIVER=local` (the default) keeps files under
 * `UPLOADS_DIR` (default `.data/uploads`, relative to the working directory). Several
 * instances need a shared driver (an S3-compatible one would be added here).
 */
export function getStorage(env: Record<string, string | undefined> = process.env): Storage {
  const driver = env.STORAGE_DRIVER || "local";
  switch (driver) {
    case "local":
      return createLocalStorage(env.UPLOADS_DIR || ".data/uploads");
    default:
      throw new Error(`STORAGE_DRIVER=${driver} is not supported: use "local".`);
  }
}
