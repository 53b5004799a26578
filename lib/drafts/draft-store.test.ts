import { describe, expect, it } from "vitest";
import { DRAFT_KEEP_DAYS, draftKey, readDraft, writeDraft } from "./draft-store";

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

const now = new Date("2026-03-02T10:00:00Z").getTime();
const day = 86_400_000;

describe("reply drafts in the browser", () => {
  it("keeps a text per user and page until it is emptied (sent)", () => {
    const storage = memoryStorage();
    const anna = draftKey("anna", "/tickets/1");
    writeDraft(storage, anna, "The tunnel is back up.\n\nThanks!", now);
    expect(readDraft(storage, anna, now + 1000)).toBe("The tunnel is back up.\n\nThanks!");
    expect(readDraft(storage, draftKey("anna", "/tickets/2"), now)).toBeNull();
    expect(readDraft(storage, draftKey("jan", "/tickets/1"), now)).toBeNull();
    writeDraft(storage, anna, "  \n", now);
    expect(readDraft(storage, anna, now)).toBeNull();
    expect(storage.items.size).toBe(0);
  });

  it(`drops a draft not touched for ${DRAFT_KEEP_DAYS} days, and one it cannot read`, () => {
    const storage = memoryStorage();
    const key = draftKey("anna", "/tickets/1");
    writeDraft(storage, key, "old", now);
    expect(readDraft(storage, key, now + DRAFT_KEEP_DAYS * day)).toBe("old");
    expect(readDraft(storage, key, now + DRAFT_KEEP_DAYS * day + 1)).toBeNull();
    expect(storage.items.has(key)).toBe(false);
    for (const garbled of ["not json", "null", '{"text":1,"savedAt":1}', '"text"']) {
      storage.setItem(key, garbled);
      expect(readDraft(storage, key, now)).toBeNull();
      expect(storage.items.has(key)).toBe(false);
    }
  });

  it("keeps nothing, without failing, when the storage refuses (full, blocked)", () => {
    const refusing = {
      getItem: () => {
        throw new Error("SecurityError");
      },
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
      removeItem: () => {
        throw new Error("SecurityError");
      },
    };
    expect(() => writeDraft(refusing, "k", "text", now)).not.toThrow();
    expect(readDraft(refusing, "k", now)).toBeNull();
  });
});
