import { describe, expect, it } from "vitest";
import { clientIpFrom } from "./request-context";

describe("client IP behind trusted proxies", () => {
  it("takes the address the nearest trusted proxy saw, not what the client wrote", () => {
    expect(clientIpFrom("6.6.6.6, 203.0.113.9", 1)).toBe("203.0.113.9");
    expect(clientIpFrom("6.6.6.6, 203.0.113.9, 10.0.0.2", 2)).toBe("203.0.113.9");
    expect(clientIpFrom("203.0.113.9", 5)).toBe("203.0.113.9");
    expect(clientIpFrom(null, 1)).toBeNull();
    expect(clientIpFrom(" , ", 1)).toBeNull();
  });
});
