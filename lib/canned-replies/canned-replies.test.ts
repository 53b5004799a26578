import { and, desc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { auditEvents } from "@/db/schema";
import { createUser, uniqueSuffix } from "@/test/factories";
import { createCannedReply } from "./create-canned-reply";
import { deleteCannedReply } from "./delete-canned-reply";
import { listCannedReplies } from "./list-canned-replies";
import { updateCannedReply } from "./update-canned-reply";
import { outcome } from "@/test/outcome";

const ctx = { ip: "192.0.2.10", userAgent: "vitest" };
const codeOf = (work: () => Promise<unknown>) => outcome(work, { field: true });

const auditOf = (id: string) =>
  db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.targetType, "canned_reply"), eq(auditEvents.targetId, id)))
    .orderBy(desc(auditEvents.id));

describe("canned replies", () => {
  it("creates, lists by title, updates and deletes, with an audit event for each", async () => {
    const engineer = await createUser({ role: "support_engineer", firstName: "Piotr" });
    const s = uniqueSuffix();
    const b = await createCannedReply(
      engineer,
      { title: `  b-${s} Firmware upgrade  `, body: "Please upgrade." },
      ctx,
    );
    const a = await createCannedReply(engineer, { title: `A-${s} Logs`, body: "Send logs." }, ctx);

    const listed = (await listCannedReplies(engineer)).filter((item) => item.title.includes(s));
    expect(listed.map((item) => item.title)).toEqual([`A-${s} Logs`, `b-${s} Firmware upgrade`]);
    expect(listed[0]!.updatedByName).toBe(`Piotr ${engineer.lastName}`);

    const admin = await createUser({ role: "admin" });
    await updateCannedReply(admin, a.id, { title: `A-${s} Logs please`, body: "Send them." }, ctx);
    const updated = (await listCannedReplies(admin)).find((item) => item.id === a.id)!;
    expect(updated).toMatchObject({ title: `A-${s} Logs please`, body: "Send them." });
    expect(updated.updatedByName).toBe(`${admin.firstName} ${admin.lastName}`);

    await deleteCannedReply(engineer, b.id, ctx);
    expect((await listCannedReplies(engineer)).some((item) => item.id === b.id)).toBe(false);

    expect((await auditOf(a.id)).map((event) => event.action)).toEqual([
      "canned_reply.update",
      "canned_reply.create",
    ]);
    const [updateEvent] = await auditOf(a.id);
    expect(updateEvent).toMatchObject({
      actorId: admin.id,
      ip: "192.0.2.10",
      details: { titleFrom: `A-${s} Logs`, titleTo: `A-${s} Logs please` },
    });
    expect((await auditOf(b.id)).map((event) => event.action)).toEqual([
      "canned_reply.delete",
      "canned_reply.create",
    ]);
  });

  it("refuses a title already used in any letter case, on create and on update", async () => {
    const engineer = await createUser({ role: "support_engineer" });
    const s = uniqueSuffix();
    await createCannedReply(engineer, { title: `Reboot ${s}`, body: "Reboot it." });
    const other = await createCannedReply(engineer, { title: `Other ${s}`, body: "x" });
    expect(
      await codeOf(() =>
        createCannedReply(engineer, { title: `REBOOT ${s.toUpperCase()}`, body: "y" }),
      ),
    ).toBe("conflict:title");
    expect(
      await codeOf(() =>
        updateCannedReply(engineer, other.id, { title: `reboot ${s}`, body: "y" }),
      ),
    ).toBe("conflict:title");
    // Its own title in another case is fine.
    expect(
      await codeOf(() => updateCannedReply(engineer, other.id, { title: `OTHER ${s}`, body: "y" })),
    ).toBe("allowed");
  });

  it("answers not_found for a missing or malformed id", async () => {
    const engineer = await createUser({ role: "support_engineer" });
    const missing = "00000000-0000-4000-8000-000000000000";
    expect(
      await codeOf(() => updateCannedReply(engineer, missing, { title: "x", body: "y" })),
    ).toBe("not_found");
    expect(await codeOf(() => deleteCannedReply(engineer, missing))).toBe("not_found");
    expect(await codeOf(() => deleteCannedReply(engineer, "not-a-uuid"))).toBe("not_found");
  });

  it("rejects an empty title or body even when called without the form", async () => {
    const engineer = await createUser({ role: "support_engineer" });
    expect(await codeOf(() => createCannedReply(engineer, { title: "   ", body: "x" }))).not.toBe(
      "allowed",
    );
  });
});
