import { describe, expect, it } from "vitest";
import { z } from "zod";
import { CONTROL_CHARACTER_MESSAGE, plainText } from "@/lib/validation/plain-text";
import { cursorParam, parseSearchParams } from "./search-params";

const schema = z.object({
  q: plainText().max(10).optional(),
  status: z.array(z.enum(["open", "closed"])).default([]),
  contractId: z.uuid().optional(),
  sort: z.enum(["new", "old"]).default("new"),
  after: cursorParam,
});

describe("list query strings", () => {
  it("reads every value of an array field and the first of any other, trimmed", () => {
    const id = crypto.randomUUID();
    const { query, problems } = parseSearchParams(
      schema,
      { q: [" vpn ", "other"], status: ["open", "closed"], contract: id, sort: "" },
      { contractId: "contract" },
    );
    expect(query).toEqual({ q: "vpn", status: ["open", "closed"], contractId: id, sort: "new" });
    expect(problems).toEqual({});
    expect(parseSearchParams(schema, { status: "open" }).query.status).toEqual(["open"]);
  });

  it("drops a malformed parameter, keeps the rest and says why", () => {
    const { query, problems } = parseSearchParams(schema, {
      q: "a\u0000",
      status: ["open", "bogus"],
      sort: "old",
    });
    expect(query).toEqual({ status: [], sort: "old" });
    expect(problems.q).toBe(CONTROL_CHARACTER_MESSAGE);
    expect(Object.keys(problems).sort()).toEqual(["q", "status"]);
  });
});
