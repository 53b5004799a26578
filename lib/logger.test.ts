import { readsInEnglish } from "@/lib/testing/message-text";
import { Writable } from "node:stream";
import { afterEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import { runAction } from "@/lib/actions/action-result";
import { uniqueSuffix } from "@/test/factories";
import { createLogger, logger } from "./logger";

const HASH = "$argon2id$v=19$m=19456,t=2,p=1$c2VjcmV0c2FsdA$SECRET-HASH-VALUE";

/** A logger at info level that writes its lines into a string. */
function capturingLogger() {
  vi.stubEnv("LOG_LEVEL", "info");
  const sink = { lines: "" };
  const log = createLogger(
    new Writable({
      write(chunk, _encoding, callback) {
        sink.lines += String(chunk);
        callback();
      },
    }),
  );
  return { log, sink };
}

const newUser = (login: string) => ({
  login,
  email: `${login.replace(/\W/g, "")}@example.com`,
  firstName: "Ticket",
  lastName: "Text",
  passwordHash: HASH,
});

const failureOf = (work: () => Promise<unknown>) =>
  work().then(
    () => {
      throw new Error("expected the query to fail");
    },
    (error: unknown) => error,
  );

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe("the logger", () => {
  it("logs a failed query's name, SQLSTATE and reference, never its parameters", async () => {
    const login = `nul-${uniqueSuffix()}\u0000`;
    const error = await failureOf(() => db.insert(users).values(newUser(login)));
    const { log, sink } = capturingLogger();
    log.error({ err: error, ref: "ref-1" }, "action failed");

    const line = JSON.parse(sink.lines) as Record<string, unknown>;
    expect(line).toMatchObject({ ref: "ref-1", err: { name: "DrizzleQueryError" } });
    expect(sink.lines).toContain('"errorCode":"22021"');
    expect(sink.lines).not.toContain("SECRET-HASH-VALUE");
    expect(sink.lines).not.toContain(login.slice(0, -1));
    expect(sink.lines).not.toMatch(/insert into|params:/i);
  });

  it("names the constraint of a unique violation without the duplicated value", async () => {
    const login = `taken-${uniqueSuffix()}`;
    await db.insert(users).values(newUser(login));
    const error = await failureOf(() =>
      db.insert(users).values({ ...newUser(login), email: `other-${login}@example.com` }),
    );
    const { log, sink } = capturingLogger();
    log.error({ err: error }, "action failed");
    expect(sink.lines).toContain('"constraint":"users_login_lower_key"');
    expect(sink.lines).toContain('"errorCode":"23505"');
    expect(sink.lines).not.toContain(login);
    expect(sink.lines).not.toContain("SECRET-HASH-VALUE");
  });

  it("redacts secrets and query parameters wherever they sit in a logged object", () => {
    const { log, sink } = capturingLogger();
    log.warn(
      {
        params: ["p1"],
        details: { params: ["p2"], passwordHash: HASH },
        request: { headers: { cookie: "authjs.session-token=abc", authorization: "Bearer t" } },
        nested: { deeper: { token: "t1", key: "k1", hash: "h1" } },
      },
      "context",
    );
    for (const secret of [
      "p1",
      "p2",
      "SECRET-HASH-VALUE",
      "session-token",
      "Bearer",
      "t1",
      "k1",
      "h1",
    ]) {
      expect(sink.lines).not.toContain(secret);
    }
  });

  it("keeps runAction's line for an unexpected error free of the query and its values", async () => {
    const captured: unknown[] = [];
    vi.spyOn(logger, "error").mockImplementation(((object: unknown) => {
      captured.push(object);
    }) as typeof logger.error);
    const login = `action-${uniqueSuffix()}\u0000`;
    const result = await runAction(() => db.insert(users).values(newUser(login)));
    expect(result).toMatchObject({
      ok: false,
      formError: readsInEnglish(/^Something went wrong \(ref \w+\)/),
    });

    const { log, sink } = capturingLogger();
    log.error(captured[0] as object, "action failed");
    expect(sink.lines).toContain('"errorCode":"22021"');
    expect(sink.lines).not.toContain("SECRET-HASH-VALUE");
    expect(sink.lines).not.toContain(login.slice(0, -1));
  });
});
