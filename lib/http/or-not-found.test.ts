import { describe, expect, it } from "vitest";
import { DomainError } from "@/lib/errors";
import { orNotFound } from "./or-not-found";

// notFound() throws the error Next turns into the 404 page; its digest names the status.
const NOT_FOUND = { digest: "NEXT_HTTP_ERROR_FALLBACK;404" };

describe("orNotFound", () => {
  it("passes the value through", async () => {
    expect(await orNotFound(Promise.resolve(42))).toBe(42);
  });

  it("shows the 404 page for not_found and forbidden alike", async () => {
    await expect(orNotFound(Promise.reject(new DomainError("not_found")))).rejects.toMatchObject(
      NOT_FOUND,
    );
    await expect(orNotFound(Promise.reject(new DomainError("forbidden")))).rejects.toMatchObject(
      NOT_FOUND,
    );
  });

  it("lets any other failure through to the error page", async () => {
    const conflict = new DomainError("conflict");
    await expect(orNotFound(Promise.reject(conflict))).rejects.toBe(conflict);
    const boom = new Error("boom");
    await expect(orNotFound(Promise.reject(boom))).rejects.toBe(boom);
  });
});
