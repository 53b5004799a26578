import { describe, expect, it } from "vitest";

const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

// Next answers 405 to a method a route module does not export (ASVS 13.2.1, 14.5.1): each
// route exports only the methods it serves.
const served: Record<string, string[]> = {
  "./attachments/[id]/route": ["GET"],
  "./health/route": ["GET"],
  "./notifications/unread/route": ["GET"],
  "./session/route": ["GET", "POST"],
  "./staff/queue/export/route": ["GET"],
  "./staff/queue/new/route": ["GET"],
  "./staff/tickets/[id]/presence/route": ["POST"],
  "./tickets/[id]/attachments/route": ["POST"],
};

describe("route handlers", () => {
  it.each(Object.entries(served))("%s exports only %j", async (path, methods) => {
    const routeModule: Record<string, unknown> = await import(/* @vite-ignore */ path);
    expect(Object.keys(routeModule).filter((name) => HTTP_METHODS.includes(name))).toEqual(methods);
  });
});
