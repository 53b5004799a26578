import { describe, expect, it } from "vitest";
import { QUEUE_VIEWS, QUEUE_VIEW_STATUSES, readQueueSearchParams } from "./queue-query";

describe("the queue's query from the URL", () => {
  it("keeps a status the view can hold", () => {
    const { query, problems } = readQueueSearchParams({ view: "open", status: "new" });
    expect(query.status).toEqual(["new"]);
    expect(problems.status).toBeUndefined();
  });

  it("drops a status the view cannot hold (All open + Resolved), and says so", () => {
    const { query, problems } = readQueueSearchParams({ view: "open", status: "resolved" });
    expect(query.status).toEqual([]);
    expect(problems.status).toBe("Not in “All open”.");
  });

  it("All tickets holds every status", () => {
    expect(QUEUE_VIEWS).toContain("all");
    const { query } = readQueueSearchParams({ view: "all", status: "closed" });
    expect(query.status).toEqual(["closed"]);
    expect(QUEUE_VIEW_STATUSES.all).toHaveLength(5);
  });
});
