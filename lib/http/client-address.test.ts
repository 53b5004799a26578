import { describe, expect, it } from "vitest";
import { clientAddressOf, CLIENT_ADDRESS_HEADER, resolveClientAddress } from "./client-address";

describe("the client's address", () => {
  it("is the socket's peer when no proxy is trusted, whatever X-Forwarded-For says", () => {
    expect(resolveClientAddress("192.0.2.10", undefined, 0)).toBe("192.0.2.10");
    expect(resolveClientAddress("192.0.2.10", "203.0.113.9", 0)).toBe("192.0.2.10");
    expect(resolveClientAddress("::1", ["203.0.113.9", "198.51.100.1"], 0)).toBe("::1");
  });

  it("writes an IPv4 client of a dual-stack socket as IPv4", () => {
    expect(resolveClientAddress("::ffff:127.0.0.1", undefined, 0)).toBe("127.0.0.1");
    expect(resolveClientAddress("10.0.0.2", "::ffff:203.0.113.9", 1)).toBe("203.0.113.9");
  });

  it("behind one proxy is the entry that proxy appended, not those the client wrote", () => {
    expect(resolveClientAddress("10.0.0.2", "203.0.113.9", 1)).toBe("203.0.113.9");
    expect(resolveClientAddress("10.0.0.2", "6.6.6.6, 7.7.7.7, 203.0.113.9", 1)).toBe(
      "203.0.113.9",
    );
    // Node joins repeated headers; a client-sent first header is still only a client entry.
    expect(resolveClientAddress("10.0.0.2", ["6.6.6.6", "203.0.113.9"], 1)).toBe("203.0.113.9");
  });

  it("behind two proxies is the entry the outer proxy appended", () => {
    expect(resolveClientAddress("10.0.0.3", "203.0.113.9, 10.0.0.2", 2)).toBe("203.0.113.9");
    expect(resolveClientAddress("10.0.0.3", "6.6.6.6, 203.0.113.9, 10.0.0.2", 2)).toBe(
      "203.0.113.9",
    );
  });

  it("is the socket's peer when the chain is shorter than the proxies (they were bypassed)", () => {
    expect(resolveClientAddress("192.0.2.10", undefined, 1)).toBe("192.0.2.10");
    expect(resolveClientAddress("192.0.2.10", " , ", 1)).toBe("192.0.2.10");
    expect(resolveClientAddress("192.0.2.10", "6.6.6.6", 2)).toBe("192.0.2.10");
  });

  it("is unknown without a socket address", () => {
    expect(resolveClientAddress(undefined, "6.6.6.6", 0)).toBeNull();
  });

  it("is read by the app from our header only", () => {
    expect(clientAddressOf(new Headers({ [CLIENT_ADDRESS_HEADER]: "192.0.2.10" }))).toBe(
      "192.0.2.10",
    );
    expect(clientAddressOf(new Headers({ "x-forwarded-for": "6.6.6.6" }))).toBeNull();
  });
});
