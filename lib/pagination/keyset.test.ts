import { asc, sql } from "drizzle-orm";
import { integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import {
  decodeCursor,
  encodeCursor,
  readKeysetPage,
  type KeysetPage,
  type KeysetSort,
  type PageRequest,
} from "./keyset";

// A table of its own, so the rows and their order are exactly what each test says.
const items = pgTable("keyset_test_items", {
  id: uuid().primaryKey(),
  seq: integer().notNull(),
  name: text().notNull(),
  at: timestamp({ withTimezone: true }).notNull(),
  due: timestamp({ withTimezone: true }),
});

const sortBy = (name: string, key: KeysetSort["key"], descending: boolean): KeysetSort => ({
  name,
  key,
  kind: name === "name" ? "text" : "timestamp",
  descending,
  nullable: name === "due",
  id: items.id,
  idKind: "uuid",
});
const NEWEST = sortBy("newest", items.at, true);
const DUE = sortBy("due", items.due, false);
const BY_NAME = sortBy("name", sql`lower(${items.name})`, false);

const read = (sort: KeysetSort, request: PageRequest, keep?: (row: { seq: number }) => boolean) =>
  readKeysetPage<{ id: string; seq: number; keysetKey: string | null }>(
    sort,
    request,
    (keyset) =>
      db
        .select({ id: items.id, seq: items.seq, keysetKey: keyset.keysetKey })
        .from(items)
        .where(keyset.where)
        .orderBy(...keyset.orderBy)
        .limit(keyset.limit),
    keep,
  );
const seqs = (page: KeysetPage<{ seq: number }>) => page.items.map((item) => item.seq);

/** Every row in list order, walking forwards from the first page by nextCursor. */
async function walk(sort: KeysetSort, limit: number) {
  const pages: number[][] = [];
  let after: string | undefined;
  do {
    const page = await read(sort, { after, limit });
    pages.push(seqs(page));
    after = page.nextCursor ?? undefined;
  } while (after);
  return pages;
}

// seq 0…11. `at`: four rows share each instant (down to the microsecond), so ties are broken
// by id; `due`: every third row has none; `name`: letter case differs from the sort key's.
let expected: { newest: number[]; due: number[]; name: number[] };

beforeAll(async () => {
  await db.execute(sql`create table keyset_test_items (
    id uuid primary key, seq int not null, name text not null,
    at timestamptz not null, due timestamptz)`);
  const rows = Array.from({ length: 12 }, (_, seq) => ({
    id: crypto.randomUUID(),
    seq,
    name: `${seq % 2 ? "B" : "a"}-${String(seq).padStart(2, "0")}`,
    at: new Date(Date.UTC(2026, 0, 1 + Math.floor(seq / 4))),
    due: seq % 3 === 0 ? null : new Date(Date.UTC(2026, 5, 1, seq % 2)),
  }));
  await db.insert(items).values(rows);
  await db.execute(sql`update keyset_test_items set at = at + interval '123456 microseconds'`);
  const order = async (orderBy: ReturnType<typeof sql>) =>
    (await db.select({ seq: items.seq }).from(items).orderBy(orderBy, asc(items.seq))).map(
      (row) => row.seq,
    );
  expected = {
    newest: await order(sql`${items.at} desc, ${items.id} desc`),
    due: await order(sql`${items.due} asc nulls last, ${items.id} asc`),
    name: await order(sql`lower(${items.name}) asc, ${items.id} asc`),
  };
});

describe("keyset pages", () => {
  it("walk every row once, in order, ties on the key broken by id", async () => {
    for (const sort of [NEWEST, DUE, BY_NAME]) {
      const pages = await walk(sort, 5);
      expect(pages.map((page) => page.length)).toEqual([5, 5, 2]);
      expect(pages.flat(), sort.name).toEqual(expected[sort.name as keyof typeof expected]);
    }
  });

  it("sort rows without a key last, in both directions", async () => {
    const all = await read(DUE, { limit: 100 });
    expect(all.items.slice(-4).every((item) => item.seq % 3 === 0)).toBe(true);
    // From the last page back to the first through the nulls and across into the dated rows.
    const first = await read(DUE, { limit: 3 });
    const second = await read(DUE, { after: first.nextCursor!, limit: 3 });
    const third = await read(DUE, { after: second.nextCursor!, limit: 3 });
    const last = await read(DUE, { after: third.nextCursor!, limit: 3 });
    expect(seqs(last)).toEqual(expected.due.slice(9));
    const back = await read(DUE, { before: last.prevCursor!, limit: 3 });
    expect(seqs(back)).toEqual(expected.due.slice(6, 9));
    const backAgain = await read(DUE, { before: back.prevCursor!, limit: 3 });
    expect(seqs(backAgain)).toEqual(expected.due.slice(3, 6));
  });

  it("page backwards to the first page, which has no previous one", async () => {
    const first = await read(NEWEST, { limit: 5 });
    expect(first.prevCursor).toBeNull();
    const second = await read(NEWEST, { after: first.nextCursor!, limit: 5 });
    const third = await read(NEWEST, { after: second.nextCursor!, limit: 5 });
    expect(third.nextCursor).toBeNull();
    const back = await read(NEWEST, { before: third.prevCursor!, limit: 5 });
    expect(seqs(back)).toEqual(seqs(second));
    expect(back.nextCursor).toBe(second.nextCursor);
    const start = await read(NEWEST, { before: back.prevCursor!, limit: 5 });
    expect(seqs(start)).toEqual(seqs(first));
    expect(start.prevCursor).toBeNull();
    expect(start.nextCursor).toBe(first.nextCursor);
  });

  it("round-trip the cursor: sort, key (microseconds kept) and row id", async () => {
    const first = await read(NEWEST, { limit: 1 });
    const cursor = decodeCursor(NEWEST, first.nextCursor!);
    const [row] = await db
      .select({ id: items.id, micros: sql<string>`(extract(epoch from ${items.at}) * 1e6)::text` })
      .from(items)
      .where(sql`${items.seq} = ${expected.newest[0]}`);
    expect(cursor).toEqual({ s: "newest", k: row!.micros.replace(/\.0+$/, ""), id: row!.id });
    expect(encodeCursor(cursor!)).toBe(first.nextCursor);
    expect(decodeCursor(BY_NAME, encodeCursor({ s: "name", k: "a-02", id: row!.id }))).toEqual({
      s: "name",
      k: "a-02",
      id: row!.id,
    });
  });

  it("read a tampered or foreign cursor as none: the first page", async () => {
    const first = await read(NEWEST, { limit: 5 });
    const { id } = decodeCursor(NEWEST, first.nextCursor!)!;
    const forged = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
    const bad: Array<[KeysetSort, string]> = [
      [NEWEST, "garbage"],
      [NEWEST, `${first.nextCursor}x`],
      [NEWEST, forged({ s: "due", k: "1767225600000000", id })], // another sort's
      [NEWEST, forged({ s: "newest", k: "2026-01-01'; drop table users; --", id })],
      [NEWEST, forged({ s: "newest", k: "99999999999999999999", id })], // beyond timestamptz
      [NEWEST, forged({ s: "newest", k: null, id })], // a null key where none is null
      [NEWEST, forged({ s: "newest", k: "1767225600000000", id: "1 or 1=1" })],
      [NEWEST, forged(["newest", "1767225600000000", id])],
      [BY_NAME, forged({ s: "name", k: "a\u0000", id })],
    ];
    for (const [sort, cursor] of bad) {
      expect(decodeCursor(sort, cursor), cursor).toBeNull();
      const page = await read(sort, { after: cursor, limit: 5 });
      expect(page.items).toEqual((await read(sort, { limit: 5 })).items);
      expect(page.prevCursor).toBeNull();
      expect((await read(sort, { before: cursor, limit: 5 })).prevCursor).toBeNull();
    }
  });

  it("fill the page when a check beyond SQL skips rows, offering a next page only with rows", async () => {
    const even = (row: { seq: number }) => row.seq % 2 === 0;
    const wanted = expected.newest.filter((seq) => seq % 2 === 0);
    const first = await read(NEWEST, { limit: 4 }, even);
    expect(seqs(first)).toEqual(wanted.slice(0, 4));
    const second = await read(NEWEST, { after: first.nextCursor!, limit: 4 }, even);
    expect(seqs(second)).toEqual(wanted.slice(4));
    expect(second.nextCursor).toBeNull();
    const none = await read(NEWEST, { limit: 4 }, () => false);
    expect(none).toEqual({ items: [], nextCursor: null, prevCursor: null });
  });
});
