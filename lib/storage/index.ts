import { createLocalStorage } from "./local-storage";
import { createS3Storage } from "./s3-storage";
import { parseStorageSettings } from "./settings";
import type { Storage } from "./storage";

export {
  newStorageKey,
  StorageLimitError,
  StorageNotFoundError,
  type ByteRange,
  type PutResult,
  type Storage,
  type StoredObject,
} from "./storage";

export { localUploadsDir } from "./settings";

// One driver per configuration, so an S3 client (and its pool of connections) is made once.
const drivers = new Map<string, Storage>();

/**
 * The storage the environment asks for (lib/storage/settings.ts): `STORAGE_DRIVER=local`, the
 * default, keeps files under `UPLOADS_DIR`; `STORAGE_DRIVER=s3` in an S3-compatible bucket,
 * which every instance of a fleet shares.
 */
export function getStorage(env: Record<string, string | undefined> = process.env): Storage {
  const { settings, problems } = parseStorageSettings(env);
  if (problems) throw new Error(problems.join(" "));
  const id = JSON.stringify(settings);
  let storage = drivers.get(id);
  if (!storage) {
    storage =
      settings.driver === "s3"
        ? createS3Storage(settings)
        : createLocalStorage(settings.uploadsDir);
    drivers.set(id, storage);
  }
  return storage;
}
