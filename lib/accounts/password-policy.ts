import { ZxcvbnFactory, type ZxcvbnResult } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as en from "@zxcvbn-ts/language-en";
import * as pl from "@zxcvbn-ts/language-pl";
import { msg } from "@/lib/i18n/message";
import { passwordLengthProblem } from "./password-limits";

// The server's rule (password-schemas.ts, password-reset.ts) and, loaded lazily, the strength
// hint where a password is chosen: ASVS L2 — 12 to 128 characters of any kind, not a common or
// breached password (zxcvbn-ts's common-password list plus English and Polish dictionaries), and
// not built on the login/email. The dictionaries are ~1.2 MB gzipped: never import this module
// statically from a client component.
export { PASSWORD_MAX, PASSWORD_MIN } from "./password-limits";
const MIN_SCORE = 3;
/**
 * zxcvbn's time grows steeply with length and with l33t-like characters: its defaults spent
 * 4–9 s of CPU on one 128-character password such as `<svg/onload=alert(1)>` repeated, for
 * anyone who posts the sign-up or reset form. The first 64 characters with at most 5 l33t
 * substitutions take ~0.1 s and judge the same passwords (a 64-character prefix that is hard
 * to guess makes the whole password hard to guess).
 */
const CHECKED_LENGTH = 64;
const L33T_MAX_SUBSTITUTIONS = 5;

// zxcvbn's feedback as its keys ("straightRow"), which the catalogs write in the reader's
// language (validation.password.tooEasyBecause): the policy runs where that is not known.
const asKeys = <T extends Record<string, string>>(texts: T) =>
  Object.fromEntries(Object.keys(texts).map((key) => [key, key])) as { [K in keyof T]: string };
const WARNING_KEYS = {
  ...en.translations,
  warnings: asKeys(en.translations.warnings),
  suggestions: asKeys(en.translations.suggestions),
};

let estimator: ZxcvbnFactory | undefined;
function getEstimator() {
  estimator ??= new ZxcvbnFactory({
    maxLength: CHECKED_LENGTH,
    l33tMaxSubstitutions: L33T_MAX_SUBSTITUTIONS,
    translations: WARNING_KEYS,
    graphs: common.adjacencyGraphs,
    dictionary: {
      ...common.dictionary,
      ...en.dictionary,
      plCommonWords: pl.dictionary.commonWords,
      plFirstnames: [...pl.dictionary.femaleFirstnames, ...pl.dictionary.maleFirstnames],
      plLastnames: [...pl.dictionary.femaleLastnames, ...pl.dictionary.maleLastnames],
      plWikipedia: pl.dictionary.wikipedia,
    },
  });
  return estimator;
}

export type PasswordContext = { login?: string; email?: string; names?: string[] };

export type PasswordStrength = {
  /** 0 (very weak) … 4 (very strong) */
  score: number;
  label: (typeof LABELS)[number];
  /** The first problem that makes the password unacceptable (a `msg`), or null. */
  problem: string | null;
};

/** validation.password.strength.<label> in the catalogs. */
const LABELS = ["veryWeak", "weak", "fair", "strong", "veryStrong"] as const;

function personalParts({ login, email, names = [] }: PasswordContext): string[] {
  const local = email?.split("@")[0];
  return [login, email, local, ...names]
    .map((part) => part?.trim().toLowerCase())
    .filter((part): part is string => !!part && part.length >= 3);
}

export function checkPassword(password: string, context: PasswordContext = {}): PasswordStrength {
  const parts = personalParts(context);
  const result: ZxcvbnResult = getEstimator().check(password.slice(0, CHECKED_LENGTH), parts);
  const score = result.score;
  const lower = password.toLowerCase();
  let problem = passwordLengthProblem(password);
  if (problem) {
    /* the length comes first */
  } else if (parts.some((part) => lower.includes(part)))
    problem = msg("validation.password.personal");
  else if (
    result.sequence.some(
      (match) =>
        match.pattern === "dictionary" &&
        match.dictionaryName === "passwords-common" &&
        match.token.length === password.length,
    )
  )
    problem = msg("validation.password.common");
  else if (score < MIN_SCORE)
    problem = msg("validation.password.tooEasy", { reason: result.feedback.warning ?? "none" });
  return {
    score,
    label: LABELS[score] ?? "veryWeak",
    problem,
  };
}
