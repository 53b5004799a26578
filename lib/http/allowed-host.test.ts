import { describe, expect, it } from "vitest";
import { isAllowedHost } from "./allowed-host";

describe("the hosts the server answers for", () => {
  it("in production, APP_URL's host only (its default port written or not)", () => {
    const app = "https://support.clico.pl";
    expect(isAllowedHost("support.clico.pl", app, false)).toBe(true);
    expect(isAllowedHost("SUPPORT.clico.pl:443", app, false)).toBe(true);
    expect(isAllowedHost("support.clico.pl:8443", app, false)).toBe(false);
    expect(isAllowedHost("attacker.example", app, false)).toBe(false);
    expect(isAllowedHost("localhost", app, false)).toBe(false);
    expect(isAllowedHost("attacker.example@support.clico.pl", app, false)).toBe(false);
    expect(isAllowedHost(undefined, app, false)).toBe(false);
    expect(isAllowedHost("localhost:3301", "http://localhost:3301", false)).toBe(true);
    expect(isAllowedHost("127.0.0.1:3301", "http://localhost:3301", false)).toBe(false);
  });

  it("in development, also the loopback names", () => {
    const app = "http://localhost:3000";
    for (const host of ["localhost:3000", "127.0.0.1:3000", "[::1]:3000", "localhost:3001"]) {
      expect(isAllowedHost(host, app, true)).toBe(true);
    }
    expect(isAllowedHost("rebound.attacker.example:3000", app, true)).toBe(false);
  });
});
