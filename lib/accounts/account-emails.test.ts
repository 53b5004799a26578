import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { latestEmailTo, uniqueSuffix } from "@/test/factories";
import { sendLoginCodeEmail } from "./account-emails";

describe("the login code email", () => {
  it("carries the code in its body only, not in the subject a lock screen or inbox list shows", async () => {
    const email = `code-${uniqueSuffix()}@example.com`;
    await sendLoginCodeEmail(db, { email, firstName: "Anna", locale: "en" }, "493817");
    const sent = (await latestEmailTo(email))!;
    expect(sent.subject).toBe("Your verification code — CLICO Support System");
    expect(sent.text).toContain("493817");
    expect(sent.text.indexOf("493817")).toBe(sent.text.lastIndexOf("493817"));
  });

  it("is written in the recipient's language, and the outbox row says which", async () => {
    const email = `kod-${uniqueSuffix()}@example.com`;
    await sendLoginCodeEmail(db, { email, firstName: "Anna", locale: "pl" }, "102938");
    const sent = (await latestEmailTo(email))!;
    expect(sent.subject).toBe("Twój kod weryfikacyjny — CLICO Support System");
    expect(sent.text).toContain("Dzień dobry, Anna. Wpisz ten kod na stronie logowania");
    expect(sent.locale).toBe("pl");
  });
});
