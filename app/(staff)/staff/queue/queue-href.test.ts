import { describe, expect, it } from "vitest";
import { queueHref } from "./queue-href";

describe("queueHref", () => {
  it("leaves defaults out of the URL", () => {
    expect(queueHref({ view: "open", sort: "updated", q: "vpn", priority: ["high"] })).toBe(
      "/staff/queue?q=vpn&priority=high",
    );
  });
});
