import { z } from "zod";

export type LocalStorageSettings = { driver: "local"; uploadsDir: string };

export type S3StorageSettings = {
  driver: "s3";
  /** Unset: AWS S3 itself; set for any other S3-compatible service (MinIO, Ceph, R2…). */
  endpoint?: string;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** `endpoint/bucket/key` instead of `bucket.endpoint/key`, which most self-hosted services need. */
  forcePathStyle: boolean;
};

export type StorageSettings = LocalStorageSettings | S3StorageSettings;

const required = (name: string, what: string) =>
  z
    .string({ error: `${name} is missing: ${what}.` })
    .trim()
    .min(1, `${name} is missing: ${what}.`);

const s3Schema = z.object({
  S3_ENDPOINT: z
    .url({ protocol: /^https?$/, error: "S3_ENDPOINT must be an http(s) URL." })
    .optional()
    .or(z.literal("").transform(() => undefined)),
  S3_REGION: z
    .string()
    .trim()
    .optional()
    .transform((region) => region || "us-east-1"),
  S3_BUCKET: required("S3_BUCKET", "the bucket attachments are stored in"),
  S3_ACCESS_KEY_ID: required("S3_ACCESS_KEY_ID", "the access key of the storage account"),
  S3_SECRET_ACCESS_KEY: required("S3_SECRET_ACCESS_KEY", "the secret of that access key"),
  S3_FORCE_PATH_STYLE: z
    .enum(["", "true", "false"], { error: 'S3_FORCE_PATH_STYLE must be "true" or "false".' })
    .optional()
    .transform((value) => value === "true"),
});

type Env = Record<string, string | undefined>;

/** The local driver's folder: `UPLOADS_DIR`, default `.data/uploads` (also what db:backup saves). */
export const localUploadsDir = (env: Env = process.env) => env.UPLOADS_DIR || ".data/uploads";

/**
 * The storage settings of the environment, or every problem with them: `STORAGE_DRIVER` is
 * `local` (the default; `UPLOADS_DIR`, default `.data/uploads`) or `s3` (the `S3_*` settings).
 */
export function parseStorageSettings(
  env: Env,
): { settings: StorageSettings; problems?: never } | { settings?: never; problems: string[] } {
  const driver = env.STORAGE_DRIVER?.trim() || "local";
  if (driver === "local") {
    return { settings: { driver, uploadsDir: localUploadsDir(env) } };
  }
  if (driver !== "s3") {
    return { problems: [`STORAGE_DRIVER=${driver} is not supported: use "local" or "s3".`] };
  }
  const parsed = s3Schema.safeParse(env);
  if (!parsed.success) return { problems: parsed.error.issues.map((issue) => issue.message) };
  const s3 = parsed.data;
  return {
    settings: {
      driver,
      endpoint: s3.S3_ENDPOINT,
      region: s3.S3_REGION,
      bucket: s3.S3_BUCKET,
      accessKeyId: s3.S3_ACCESS_KEY_ID,
      secretAccessKey: s3.S3_SECRET_ACCESS_KEY,
      forcePathStyle: s3.S3_FORCE_PATH_STYLE,
    },
  };
}
