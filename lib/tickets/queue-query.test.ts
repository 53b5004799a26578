import { describe, expect, it } from "vitest";
import { msg } from "@/lib/i18n/message";
import { messageText } from "@/lib/testing/message-text";
import {
  bulkUpdateFormSchema,
  QUEUE_VIEWS,
  QUEUE_VIEW_STATUSES,
  readQueueSearchParams,
} from "./queue-query";

/** A `msg` as the page writes it in `locale`. */
const inLanguage = (locale: "en" | "pl", text: string | undefined) =>
  messageText(text ?? "", locale);

describe("the queue's query from the URL", () => {
  it("keeps a status the view can hold", () => {
    const { query, problems } = readQueueSearchParams({ view: "open", status: "new" });
    expect(query.status).toEqual(["new"]);
    expect(problems.status).toBeUndefined();
  });

  it("drops a status the view cannot hold (All open + Resolved), and says so", () => {
    const { query, problems } = readQueueSearchParams({ view: "open", status: "resolved" });
    expect(query.status).toEqual([]);
    expect(problems.status).toBe(msg("desk.errors.statusNotInView", { view: "open" }));
    expect(inLanguage("en", problems.status)).toBe("Not in “All open”.");
    expect(inLanguage("pl", problems.status)).toBe(
      "Ten status nie występuje w widoku „Wszystkie otwarte”.",
    );
  });

  it("All tickets holds every status", () => {
    expect(QUEUE_VIEWS).toContain("all");
    const { query } = readQueueSearchParams({ view: "all", status: "closed" });
    expect(query.status).toEqual(["closed"]);
    expect(QUEUE_VIEW_STATUSES.all).toHaveLength(5);
  });
});

describe("the queue's messages", () => {
  it("a search too long says so in the reader's language", () => {
    const { problems } = readQueueSearchParams({ q: "x".repeat(201) });
    expect(inLanguage("en", problems.q)).toBe("Use at most 200 characters.");
  });

  it("the bulk bar's errors are message keys", () => {
    const empty = bulkUpdateFormSchema.safeParse({ ticketIds: [], assignee: "", status: "" });
    const messages = empty.error?.issues.map((issue) => issue.message);
    expect(messages).toContain(msg("desk.errors.selectAtLeastOne"));
    expect(inLanguage("en", msg("desk.errors.selectAtLeastOne"))).toBe(
      "Select at least one ticket.",
    );
  });
});
