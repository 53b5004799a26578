import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import { createUser } from "@/test/factories";
import { checkConfirmationLink, confirmEmail } from "./confirm-email";
import { issueOneTimeLink } from "./one-time-links";

const context = { ip: "198.51.100.8", userAgent: "vitest" };

describe("the confirmation link", () => {
  it("only says whether it can confirm when opened; pressing Confirm email confirms", async () => {
    const user = await createUser({ status: "pending_confirmation", emailConfirmedAt: null });
    const link = await db.transaction((tx) => issueOneTimeLink(tx, user.id, "email_confirmation"));
    const token = link.split("/").pop()!;
    const account = async () => (await db.select().from(users).where(eq(users.id, user.id)))[0]!;

    // a mail scanner and then the person open it: both see a link that still works
    expect(await checkConfirmationLink(token, context)).toBe("valid");
    expect(await checkConfirmationLink(token, context)).toBe("valid");
    expect(await account()).toMatchObject({
      status: "pending_confirmation",
      emailConfirmedAt: null,
    });

    expect(await confirmEmail(token, context)).toBe("valid");
    expect(await account()).toMatchObject({ status: "active" });
    expect(await checkConfirmationLink(token, context)).toBe("used");
  });
});
