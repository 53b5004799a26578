/**
 * Unsent text kept in the browser (localStorage), so a reply typed when the session ends, the
 * tab closes or the page reloads is there again when its page opens. One draft per user and
 * page; an empty text is no draft; a draft not touched for DRAFT_KEEP_DAYS is dropped.
 */
export const DRAFT_KEEP_DAYS = 14;

type DraftStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;
type StoredDraft = { text: string; savedAt: number };

const PREFIX = "clico.draft:";

/** The draft of `owner` (a user id) on the page at `path`, e.g. `/tickets/<id>`. */
export const draftKey = (owner: string, path: string) => `${PREFIX}${owner}:${path}`;

function parse(value: string | null): StoredDraft | null {
  if (!value) return null;
  try {
    const draft: unknown = JSON.parse(value);
    if (typeof draft !== "object" || draft === null) return null;
    const { text, savedAt } = draft as Record<string, unknown>;
    return typeof text === "string" && typeof savedAt === "number" ? { text, savedAt } : null;
  } catch {
    return null;
  }
}

/** The kept text, or null (none, too old — then dropped — or storage unavailable). */
export function readDraft(storage: DraftStorage, key: string, nowMs = Date.now()): string | null {
  try {
    const draft = parse(storage.getItem(key));
    if (draft && nowMs - draft.savedAt <= DRAFT_KEEP_DAYS * 86_400_000 && draft.text.trim()) {
      return draft.text;
    }
    if (storage.getItem(key) !== null) storage.removeItem(key);
  } catch {
    // storage disabled or blocked: nothing kept
  }
  return null;
}

/** Keeps `text` (an empty or blank one removes the draft); a full or blocked storage keeps none. */
export function writeDraft(storage: DraftStorage, key: string, text: string, nowMs = Date.now()) {
  try {
    if (!text.trim()) storage.removeItem(key);
    else storage.setItem(key, JSON.stringify({ text, savedAt: nowMs } satisfies StoredDraft));
  } catch {
    // quota exceeded or storage blocked: the text stays in the page only
  }
}
