import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { signUpSchema } from "@/lib/accounts/password-schemas";
import { loginSchema, verificationCodeSchema } from "@/lib/accounts/schemas";
import { auditSearchSchema } from "@/lib/admin/list-audit-events";
import { userSearchSchema } from "@/lib/admin/list-users";
import { inviteStaffSchema } from "@/lib/admin/schemas";
import { cannedReplySchema } from "@/lib/canned-replies/schemas";
import { registerContractSchema } from "@/lib/contracts/schemas";
import { contractSearchSchema } from "@/lib/contracts/search-contracts";
import { contractInputSchema } from "@/lib/contracts/staff-schemas";
import { parseSearchParams } from "@/lib/pagination/search-params";
import { readTicketSearchParams } from "@/lib/tickets/list-tickets";
import { queueQuerySchema, readQueueSearchParams } from "@/lib/tickets/queue-query";
import { createTicketSchema, replySchema, ticketListQuerySchema } from "@/lib/tickets/schemas";
import { findVendor } from "@/lib/vendors";
import {
  CONTROL_CHARACTER_MESSAGE,
  MALFORMED_TEXT_MESSAGE,
  ONE_LINE_MESSAGE,
  plainText,
} from "./plain-text";
import { inEnglish, messageText } from "@/lib/testing/message-text";

const NUL = "\u0000";

const messagesAt = (schema: z.ZodType, input: unknown, field: string) => {
  const result = schema.safeParse(input);
  return result.success
    ? []
    : result.error.issues.filter((issue) => issue.path.join(".") === field).map((i) => i.message);
};

const withValue = (input: Record<string, unknown>, path: string, value: string) => {
  const copy = structuredClone(input);
  const keys = path.split(".");
  let target: Record<string, unknown> = copy;
  for (const key of keys.slice(0, -1)) target = target[key] as Record<string, unknown>;
  target[keys.at(-1)!] = value;
  return copy;
};

const password = "Quiet-Harbour-Lantern-42";
const contract = {
  number: "CLICO/2026/0001",
  customerName: "Energa Operator S.A.",
  serviceLevel: "8x5_nbd",
  validFrom: "2026-01-01",
  validTo: "2026-12-31",
  assets: [{ vendor: "fortinet", product: "FortiGate 200F", serialNumber: "FG1", description: "" }],
};

/** Each form schema, a valid input, and its text fields. */
const forms: Array<[string, z.ZodType, Record<string, unknown>, string[]]> = [
  [
    "sign up",
    signUpSchema,
    {
      firstName: "Jan",
      lastName: "Kowalski",
      email: "jan@example.com",
      phone: "+48 600 100 200",
      company: "Bank",
      jobTitle: "Admin",
      login: "jan-k",
      password,
      confirmPassword: password,
      contractNumber: "DEMO-2026-001",
      activationCode: "DEMO-KEY-0001",
    },
    [
      "firstName",
      "lastName",
      "email",
      "phone",
      "company",
      "jobTitle",
      "login",
      "contractNumber",
      "activationCode",
    ],
  ],
  ["log in", loginSchema, { login: "jan-k", password }, ["login"]],
  ["verification code", verificationCodeSchema, { code: "123456" }, ["code"]],
  [
    "invite staff",
    inviteStaffSchema,
    { email: "eng@clico.pl", login: "eng", firstName: "A", lastName: "B", role: "admin" },
    ["email", "login", "firstName", "lastName"],
  ],
  ["canned reply", cannedReplySchema, { title: "Hello", body: "Dear customer" }, ["title", "body"]],
  [
    "register contract",
    registerContractSchema,
    { contractNumber: "DEMO-2026-001", contractKey: "DEMO-KEY-0001" },
    ["contractNumber", "contractKey"],
  ],
  [
    "create ticket",
    createTicketSchema,
    {
      idempotencyKey: "7d0c1f7e-5d6b-4c1a-9f0e-2b8a4c3d2e1f",
      subject: "VPN down",
      description: "Since 9:00",
      priority: "high",
    },
    ["subject", "description"],
  ],
  ["reply", replySchema, { body: "Thanks" }, ["body"]],
  [
    "contract",
    contractInputSchema,
    contract,
    [
      "number",
      "customerName",
      "validFrom",
      "validTo",
      "assets.0.product",
      "assets.0.serialNumber",
      "assets.0.description",
    ],
  ],
  ["ticket list query", ticketListQuerySchema, { q: "vpn" }, ["q", "cursor"]],
  ["queue query", queueQuerySchema, { q: "vpn" }, ["q", "vendor", "company", "contract", "cursor"]],
];

describe("plainText", () => {
  it("says its problems in the reader's language; the English as the pages always showed it", () => {
    // the staff queue and the ticket list show "Not searched for. " + the problem (e2e)
    expect(inEnglish(CONTROL_CHARACTER_MESSAGE)).toBe(
      "Remove the invisible control characters (such as NUL) from this text.",
    );
    expect(inEnglish(MALFORMED_TEXT_MESSAGE)).toBe(
      "Remove the broken characters (half of an emoji or symbol) from this text.",
    );
    expect(inEnglish(ONE_LINE_MESSAGE)).toBe("Use one line, without line breaks or tabs.");
    expect(messageText(ONE_LINE_MESSAGE, "pl")).toBe(
      "Użyj jednego wiersza, bez podziałów wierszy i tabulatorów.",
    );
  });

  it("trims, and refuses control characters with a message of its own", () => {
    expect(plainText().parse("  FortiGate 200F ")).toBe("FortiGate 200F");
    for (const control of [NUL, "\u0007", "\u001b", "\u007f", "\u0085"]) {
      expect(plainText().safeParse(`a${control}b`).error?.issues[0]?.message).toBe(
        CONTROL_CHARACTER_MESSAGE,
      );
    }
  });

  it("refuses half of a surrogate pair, which PostgreSQL's jsonb refuses (found by fuzzing)", () => {
    expect(plainText().safeParse("login\uD800").error?.issues[0]?.message).toBe(
      MALFORMED_TEXT_MESSAGE,
    );
    expect(plainText().parse("😀 ok")).toBe("😀 ok");
  });

  it("keeps line breaks and tabs in multi-line text only", () => {
    const text = "line one\r\n\tline two\nline three";
    expect(plainText({ multiLine: true }).parse(text)).toBe(text);
    expect(plainText({ multiLine: true }).safeParse(`a${NUL}b`).success).toBe(false);
    expect(plainText().safeParse(text).error?.issues[0]?.message).toBe(ONE_LINE_MESSAGE);
  });

  it("chains like z.string()", () => {
    const schema = plainText().min(2, "short").max(4, "long");
    expect(schema.safeParse("a").error?.issues[0]?.message).toBe("short");
    expect(schema.parse(" abcd ")).toBe("abcd");
  });
});

describe("every text field of every form", () => {
  it.each(forms)("%s: the sample is valid", (_name, schema, valid) => {
    expect(schema.safeParse(valid).error?.issues ?? []).toEqual([]);
  });

  it.each(forms)(
    "%s: a NUL in any text field is that field's error",
    (_name, schema, valid, fields) => {
      for (const field of fields) {
        expect({
          field,
          messages: messagesAt(schema, withValue(valid, field, `x${NUL}y`), field),
        }).toEqual({ field, messages: expect.arrayContaining([CONTROL_CHARACTER_MESSAGE]) });
      }
    },
  );

  it("vendor Additional Information refuses a NUL in a text field", () => {
    const schema = findVendor("other")!.current.schema;
    expect(schema.safeParse({ productVersion: "5.2.1" }).success).toBe(true);
    expect(messagesAt(schema, { productVersion: `5.2${NUL}` }, "productVersion")).toContain(
      CONTROL_CHARACTER_MESSAGE,
    );
  });

  it("the queue and ticket list drop a NUL param and say why, keeping the rest", () => {
    const queue = readQueueSearchParams({ q: `vpn${NUL}`, view: "unassigned" });
    expect([queue.query.q, queue.query.view]).toEqual([undefined, "unassigned"]);
    expect(queue.problems).toEqual({ q: CONTROL_CHARACTER_MESSAGE });
    const tickets = readTicketSearchParams({ q: NUL, status: "open" });
    expect([tickets.query.q, tickets.query.status]).toEqual([undefined, ["open"]]);
    expect(tickets.problems).toEqual({ q: CONTROL_CHARACTER_MESSAGE });
  });

  it("staff list searches drop a NUL instead of failing the page", () => {
    const read = parseSearchParams;
    expect(read(userSearchSchema, { q: `a${NUL}` }).query.q).toBeUndefined();
    expect(read(contractSearchSchema, { q: `a${NUL}` }).query.q).toBeUndefined();
    expect(
      read(auditSearchSchema, { actor: `a${NUL}`, targetId: NUL }).query.actor,
    ).toBeUndefined();
  });
});
