import { afterEach, describe, expect, it, vi } from "vitest";
import { mayOpenMailbox } from "./mailbox-access";

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("who may open the development mailbox", () => {
  it("a client on this machine", () => {
    vi.stubEnv("NODE_ENV", "development");
    for (const ip of ["127.0.0.1", "127.8.9.10", "::1"]) expect(mayOpenMailbox({ ip })).toBe(true);
  });

  it("nobody else on the network, nor a client whose address is unknown", () => {
    vi.stubEnv("NODE_ENV", "development");
    for (const ip of ["192.168.1.20", "10.0.0.5", "203.0.113.9", "fe80::1", "::", "junk", null]) {
      expect(mayOpenMailbox({ ip })).toBe(false);
    }
  });

  it("nobody in production", () => {
    vi.stubEnv("NODE_ENV", "production");
    expect(mayOpenMailbox({ ip: "127.0.0.1" })).toBe(false);
  });
});
