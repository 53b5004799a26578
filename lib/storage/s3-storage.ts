import { Readable, PassThrough } from "node:stream";
import { pipeline } from "node:stream/promises";
import {
  DeleteObjectCommand,
  GetObjectCommand,
  NoSuchKey,
  S3Client,
  type GetObjectCommandOutput,
} from "@aws-sdk/client-s3";
import { Upload } from "@aws-sdk/lib-storage";
import { meter } from "./meter";
import type { S3StorageSettings } from "./settings";
import {
  assertValidStorageKey,
  StorageNotFoundError,
  type ByteRange,
  type Storage,
} from "./storage";

/** S3's smallest part but the last; lib-storage holds up to 4 parts in memory at once. */
const MIN_PART_BYTES = 5 * 1024 * 1024;

/**
 * Objects in an S3-compatible bucket, one per key. An upload goes up as a multipart upload
 * (lib-storage's Upload: parts of 5 MiB, four in flight, so memory stays flat whatever the
 * file's size); S3 shows the object only once the upload is completed, and a failed upload is
 * aborted, so a reader never sees half a file and a failed one leaves nothing under its key.
 */
export function createS3Storage(settings: S3StorageSettings): Storage {
  const client = new S3Client({
    endpoint: settings.endpoint,
    region: settings.region,
    forcePathStyle: settings.forcePathStyle,
    credentials: {
      accessKeyId: settings.accessKeyId,
      secretAccessKey: settings.secretAccessKey,
    },
    // The CRC32 checksums the SDK sends by default since 3.729 are not supported by every
    // S3-compatible service; every upload's SHA-256 is computed here anyway.
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
  });
  const object = (key: string) => {
    assertValidStorageKey(key);
    return { Bucket: settings.bucket, Key: key };
  };

  return {
    async put(key, stream, { maxBytes }) {
      const metered = meter(maxBytes);
      const body = new PassThrough();
      const upload = new Upload({
        client,
        params: { ...object(key), Body: body },
        // The size is unknown until the end: parts big enough that the cap fits S3's 10,000.
        partSize: Math.max(MIN_PART_BYTES, Math.ceil(maxBytes / 10_000)),
      });
      let storeFailedFirst = false;
      const uploading = upload.done().catch((error: unknown) => {
        // The store failed on its own, not because the source did: stop reading the source.
        storeFailedFirst = !body.destroyed;
        body.destroy();
        throw error;
      });
      const [piped, uploaded] = await Promise.allSettled([
        pipeline(stream, metered.stream, body),
        uploading,
      ]);
      if (piped.status === "fulfilled" && uploaded.status === "fulfilled") return metered.result();
      if (uploaded.status === "fulfilled") await client.send(new DeleteObjectCommand(object(key)));
      // The source's error (or StorageLimitError) says what went wrong; the upload's failure
      // that follows it (its abort) says nothing more.
      throw piped.status === "rejected" && !storeFailedFirst
        ? piped.reason
        : (uploaded as PromiseRejectedResult).reason;
    },

    async get(key, range) {
      let answer: GetObjectCommandOutput;
      try {
        answer = await client.send(
          new GetObjectCommand({
            ...object(key),
            Range: range ? `bytes=${range.start}-${range.end}` : undefined,
          }),
        );
      } catch (error) {
        throw error instanceof NoSuchKey ? new StorageNotFoundError(key) : error;
      }
      const body = answer.Body;
      if (!(body instanceof Readable)) throw new Error("S3 answered without a body stream.");
      const sizeBytes = range ? sizeInRange(answer.ContentRange, range) : answer.ContentLength;
      if (sizeBytes === undefined || !Number.isSafeInteger(sizeBytes)) {
        body.destroy();
        throw new Error(
          `S3 answered ${key} with Content-Range "${answer.ContentRange}" for ${JSON.stringify(range)}.`,
        );
      }
      return { stream: body, sizeBytes };
    },

    async delete(key) {
      await client.send(new DeleteObjectCommand(object(key)));
    },
  };
}

/**
 * The whole object's size from a `Content-Range: bytes start-end/size` answer, when it is the
 * range that was asked for; a service that sent other bytes must not have them served.
 */
function sizeInRange(contentRange: string | undefined, range: ByteRange): number | undefined {
  const match = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(contentRange ?? "");
  if (!match || Number(match[1]) !== range.start || Number(match[2]) !== range.end)
    return undefined;
  return Number(match[3]);
}
