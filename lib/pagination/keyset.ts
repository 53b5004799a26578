import { sql, type AnyColumn, type SQL } from "drizzle-orm";

/**
 * One order a list can be read in: a sort key, then the row id to break ties. Keys sort
 * NULLS LAST in either direction of the list, as the (… DESC NULLS LAST, id DESC NULLS LAST)
 * indexes do.
 */
export type KeysetSort = {
  /** Written into the cursor, so a cursor made for another sort is ignored, not misapplied. */
  name: string;
  key: SQL | AnyColumn;
  /** timestamp: a timestamptz key, carried as microseconds since the epoch (none are lost). */
  kind: "timestamp" | "text";
  descending: boolean;
  nullable?: boolean;
  id: AnyColumn;
  idKind: "uuid" | "bigint";
};

/** The next or previous page of a list, by the opaque cursors a page hands out. */
export type PageRequest = { after?: string; before?: string; limit: number };

export type KeysetPage<T> = {
  items: T[];
  /** Pass as `after` for the next page; null on the last page. */
  nextCursor: string | null;
  /** Pass as `before` for the previous page; null on the first page. */
  prevCursor: string | null;
};

type Cursor = { s: string; k: string | null; id: string };

const ID_PATTERN = { uuid: /^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/i, bigint: /^\d{1,18}$/ };
const KEY_PATTERN = {
  timestamp: /^-?\d{1,16}$/,
  text: /^[^\u0000-\u001F\u007F]{0,500}$/,
};

export const encodeCursor = (cursor: Cursor) =>
  Buffer.from(JSON.stringify(cursor)).toString("base64url");

/** The cursor if it was made for this sort and is well formed; anything else reads as none. */
export function decodeCursor(sort: KeysetSort, text: string | undefined): Cursor | null {
  if (!text) return null;
  try {
    const bytes = Buffer.from(text, "base64url");
    // The decoder skips what is not base64url; only the exact encoding of a cursor passes.
    if (bytes.toString("base64url") !== text) return null;
    const value = JSON.parse(bytes.toString("utf8")) as Partial<Cursor>;
    const isKeyOk =
      value.k === null
        ? Boolean(sort.nullable)
        : typeof value.k === "string" && KEY_PATTERN[sort.kind].test(value.k);
    return value.s === sort.name &&
      isKeyOk &&
      typeof value.id === "string" &&
      ID_PATTERN[sort.idKind].test(value.id)
      ? { s: sort.name, k: value.k ?? null, id: value.id }
      : null;
  } catch {
    return null;
  }
}

/** What a page's select adds as `keysetKey`: the sort key as the cursor carries it. */
export const cursorKeyOf = (sort: KeysetSort): SQL<string | null> =>
  sort.kind === "timestamp"
    ? sql<string | null>`(extract(epoch from ${sort.key}) * 1000000)::bigint::text`
    : sql<string | null>`${sort.key}::text`;

function keyValue(sort: KeysetSort, key: string): SQL {
  return sort.kind === "timestamp"
    ? sql`(timestamptz 'epoch' + ${key}::bigint * interval '1 microsecond')`
    : sql`${key}`;
}

/** The rows past the cursor in the direction read; backwards reads the list's order reversed. */
function beyond(sort: KeysetSort, cursor: Cursor, backwards: boolean): SQL {
  const op = sql.raw(sort.descending === backwards ? ">" : "<");
  const id = sql`${cursor.id}::${sql.raw(sort.idKind)}`;
  if (cursor.k === null) {
    // Among the nulls, which come last: before them lie all the rows with a key.
    const amongNulls = sql`(${sort.key} is null and ${sort.id} ${op} ${id})`;
    return backwards ? sql`(${amongNulls} or ${sort.key} is not null)` : amongNulls;
  }
  // A plain row comparison on a NOT NULL key stays an index condition.
  const row = sql`(${sort.key}, ${sort.id}) ${op} (${keyValue(sort, cursor.k)}, ${id})`;
  return sort.nullable && !backwards ? sql`(${row} or ${sort.key} is null)` : row;
}

function orderBy(sort: KeysetSort, backwards: boolean): SQL[] {
  const ascending = sort.descending === backwards;
  // A key that is never null reads ascending as the backward scan of its (… DESC NULLS LAST)
  // index, which is NULLS FIRST: the same rows, but "nulls last" there forced a sort of them all.
  const nulls = sort.nullable ? (backwards ? "first" : "last") : ascending ? "first" : "last";
  const direction = sql.raw(`${ascending ? "asc" : "desc"} nulls ${nulls}`);
  return [sql`${sort.key} ${direction}`, sql`${sort.id} ${direction}`];
}

/** What a page's query takes from the kit: its WHERE part, ORDER BY, LIMIT and key column. */
export type KeysetRead = {
  where: SQL | undefined;
  orderBy: SQL[];
  limit: number;
  keysetKey: SQL<string | null>;
};

type Row = { id: string | number; keysetKey: string | null };

/**
 * One page of a list in keyset order: `read` runs the list's own query (its permissions and
 * filters in the WHERE) with the kit's part added. `keep` is a check SQL can only approximate:
 * rows it refuses are skipped and reading goes on until the page is full, so no page is
 * emptied after the fact and a next page is offered only when one has rows.
 */
export async function readKeysetPage<R extends Row>(
  sort: KeysetSort,
  request: PageRequest,
  read: (part: KeysetRead) => Promise<R[]>,
  keep?: (row: NoInfer<Omit<R, "keysetKey">>) => boolean,
): Promise<KeysetPage<Omit<R, "keysetKey">>> {
  const after = decodeCursor(sort, request.after);
  const before = after ? null : decodeCursor(sort, request.before);
  const backwards = before !== null;
  const batch = request.limit + 1;
  const kept: R[] = [];
  let position = after ?? before;
  for (;;) {
    const rows = await read({
      where: position ? beyond(sort, position, backwards) : undefined,
      orderBy: orderBy(sort, backwards),
      limit: batch,
      keysetKey: cursorKeyOf(sort),
    });
    kept.push(...(keep ? rows.filter(({ keysetKey: _key, ...row }) => keep(row)) : rows));
    const last = rows.at(-1);
    if (kept.length >= batch || rows.length < batch || !last) break;
    position = { s: sort.name, k: last.keysetKey, id: String(last.id) };
  }

  const hasMore = kept.length > request.limit;
  const page = kept.slice(0, request.limit);
  if (backwards) page.reverse();
  const cursorAt = (row: R | undefined) =>
    row ? encodeCursor({ s: sort.name, k: row.keysetKey, id: String(row.id) }) : null;
  const first = cursorAt(page[0]);
  const last = cursorAt(page.at(-1));
  return {
    items: page.map(({ keysetKey: _key, ...row }) => row),
    nextCursor: backwards || hasMore ? last : null,
    prevCursor: backwards ? (hasMore ? first : null) : after ? first : null,
  };
}
