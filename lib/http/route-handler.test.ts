import { afterEach, describe, expect, it, vi } from "vitest";
import { DomainError } from "@/lib/errors";
import { msg } from "@/lib/i18n/message";
import { logger } from "@/lib/logger";
import { inEnglish } from "@/lib/testing/message-text";
import { signIn, signInAs } from "@/test/route-handlers";
import { errorAnswer, signedInRoute } from "./route-handler";

vi.mock("@/lib/auth/actor", () => import("@/test/route-handlers"));

const request = (origin?: string) =>
  new Request("http://localhost:3000/api/things/42", {
    method: "POST",
    headers: { host: "localhost:3000", ...(origin ? { origin } : {}) },
  });
const params = { params: Promise.resolve({ id: "42" }) };

const failing = (error: unknown) =>
  signedInRoute<{ id: string }>(async () => Promise.reject(error));

afterEach(() => {
  vi.restoreAllMocks();
  signInAs(null);
});

describe("signedInRoute", () => {
  it("hands the handler the signed-in actor and the route's params", async () => {
    const actor = await signIn();
    const handler = vi.fn(async () => new Response("ok"));
    const response = await signedInRoute<{ id: string }>(handler)(request(), params);
    expect(await response.text()).toBe("ok");
    expect(handler).toHaveBeenCalledWith(expect.any(Request), { actor, params: { id: "42" } });
  });

  it("answers 401 without a session, and never runs the handler", async () => {
    const handler = vi.fn(async () => new Response("ok"));
    const response = await signedInRoute<{ id: string }>(handler)(request(), params);
    expect(response.status).toBe(401);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(await response.json()).toEqual({
      error: msg("errors.default.unauthenticated"),
    });
    expect(handler).not.toHaveBeenCalled();
  });

  it("with sameOrigin, refuses another site (or none) with 403 before looking at the session", async () => {
    const handler = vi.fn(async () => new Response("ok"));
    const route = signedInRoute<{ id: string }>(handler, { sameOrigin: true });
    for (const origin of [undefined, "null", "https://evil.example", "not a url"]) {
      expect((await route(request(origin), params)).status).toBe(403);
    }
    await signIn();
    expect((await route(request("http://localhost:3000"), params)).status).toBe(200);
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it("answers a DomainError with its status, message and field", async () => {
    await signIn();
    const conflict = new DomainError("conflict", { field: "title", message: "Taken." });
    const response = await failing(conflict)(request(), params);
    expect(response.status).toBe(409);
    expect(await response.json()).toEqual({ error: "Taken.", field: "title" });

    const notFound = await failing(new DomainError("not_found"))(request(), params);
    expect(notFound.status).toBe(404);
    const { error } = (await notFound.json()) as { error: string };
    expect(inEnglish(error)).toBe("This item was not found or you no longer have access to it.");
  });

  it("logs anything else once and answers 500 with the reference of that line", async () => {
    await signIn();
    const lines: Array<Record<string, unknown>> = [];
    vi.spyOn(logger, "error").mockImplementation(((line: Record<string, unknown>) => {
      lines.push(line);
    }) as typeof logger.error);
    const boom = new Error("connection reset");
    const response = await failing(boom)(request(), params);
    expect(response.status).toBe(500);
    const { error } = (await response.json()) as { error: string };
    const ref = /^Something went wrong \(ref ([0-9a-f]{8})\)\.$/.exec(inEnglish(error))?.[1];
    expect(ref).toBeDefined();
    expect(lines).toEqual([{ ref, err: boom, method: "POST", path: "/api/things/42" }]);
  });
});

describe("errorAnswer", () => {
  it("adds what the caller gives to the body, for a DomainError and for the 500 alike", async () => {
    vi.spyOn(logger, "error").mockImplementation((() => {}) as typeof logger.error);
    const saved = { attachments: [{ id: "a" }] };
    const tooLarge = new DomainError("invalid", { field: "file", reason: "too_large" });
    const refused = errorAnswer(tooLarge, request(), saved);
    expect(refused.status).toBe(413);
    expect(await refused.json()).toMatchObject({ field: "file", ...saved });
    const failed = errorAnswer(new Error("disk full"), request(), saved);
    expect(failed.status).toBe(500);
    expect(await failed.json()).toMatchObject(saved);
  });
});
