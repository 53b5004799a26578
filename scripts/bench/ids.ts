/**
 * SQL for a deterministic uuid from a text seed: md5's hex with the version nibble set to 4 and
 * the variant nibble to 8, so ids the bench generates pass the app's `z.uuid()` (zod 4 checks
 * both; a bare `md5(…)::uuid` fails for most seeds).
 */
export const benchUuid = (seed: string) =>
  `overlay(overlay(md5(${seed}) placing '4' from 13) placing '8' from 17)::uuid`;
