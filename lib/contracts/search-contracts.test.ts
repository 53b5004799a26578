import { describe, expect, it } from "vitest";
import {
  createContract as seedContract,
  createUser,
  uniqueSuffix,
  contractInput,
} from "@/test/factories";
import { createContract } from "./create-contract";
import { searchContracts } from "./search-contracts";

describe("searchContracts", () => {
  it("finds by part of the number, customer name or an asset's serial number, in any letter case", async () => {
    const orders = await createUser({ role: "orders_team" });
    const s = uniqueSuffix().toUpperCase();
    const input = contractInput({ number: `SRCH-${s}-01`, customerName: `Zeta ${s} Energy` });
    const issued = await createContract(orders, input);
    const ids = async (q: string) =>
      (await searchContracts(orders, { q })).items.map((item) => item.id);

    expect(await ids(`srch-${s.toLowerCase()}`)).toEqual([issued.id]);
    expect(await ids(`zeta ${s.toLowerCase()}`)).toEqual([issued.id]);
    expect(await ids(input.assets[1]!.serialNumber.toLowerCase().slice(1))).toEqual([issued.id]);
    expect(await ids(`${s}%`)).toEqual([]);
    const [item] = (await searchContracts(orders, { q: `SRCH-${s}` })).items;
    expect(item).toMatchObject({ number: input.number, assetCount: 2, serviceLevel: "24x7_4h" });
  });

  it("pages newest first with keyset cursors, forwards and back, without gaps or repeats", async () => {
    const admin = await createUser({ role: "admin" });
    const s = uniqueSuffix().toUpperCase();
    const numbers: string[] = [];
    for (let i = 0; i < 7; i++) {
      const number = `PAGE-${s}-${i}`;
      numbers.push(number);
      await createContract(admin, contractInput({ number }));
    }
    const newestFirst = [...numbers].reverse();
    const q = `PAGE-${s}`;
    const page1 = await searchContracts(admin, { q, limit: 3 });
    const page2 = await searchContracts(admin, { q, limit: 3, after: page1.nextCursor! });
    const page3 = await searchContracts(admin, { q, limit: 3, after: page2.nextCursor! });
    const numbersOf = (page: typeof page1) => page.items.map((item) => item.number);

    expect(numbersOf(page1)).toEqual(newestFirst.slice(0, 3));
    expect(page1.prevCursor).toBeNull();
    expect(numbersOf(page2)).toEqual(newestFirst.slice(3, 6));
    expect(numbersOf(page3)).toEqual(newestFirst.slice(6));
    expect(page3.nextCursor).toBeNull();

    const back = await searchContracts(admin, { q, limit: 3, before: page3.prevCursor! });
    expect(numbersOf(back)).toEqual(newestFirst.slice(3, 6));
    const first = await searchContracts(admin, { q, limit: 3, before: back.prevCursor! });
    expect(numbersOf(first)).toEqual(newestFirst.slice(0, 3));
    expect(first.prevCursor).toBeNull();
    expect(first.nextCursor).toBe(page1.nextCursor);
  });

  it("shows a customer only the contracts activated on their account", async () => {
    const customer = await createUser();
    const mine = await seedContract({ activatedFor: [customer.id] });
    await seedContract();
    const page = await searchContracts(customer, {});
    expect(page.items.map((item) => item.id)).toEqual([mine.id]);
  });
});
