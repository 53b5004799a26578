import { createTicketRow, createUser } from "@/test/factories";
import { expect, test } from "./support/test";

test("the overview's charts are pictures only: Tab never stops inside one, the numbers are in their tables", async ({
  page,
  signIn,
}) => {
  const admin = await createUser({ role: "admin" });
  await createTicketRow({ requesterId: (await createUser()).id });
  await signIn(admin);
  await page.goto("/staff/overview");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  // the charts draw once the page's script has measured them
  await expect(page.locator("figure .recharts-surface").first()).toBeVisible({ timeout: 30_000 });
  for (let stop = 0; stop < 40; stop++) {
    await page.keyboard.press("Tab");
    const hidden = await page.evaluate(
      () => document.activeElement?.closest('[aria-hidden="true"]')?.outerHTML.slice(0, 80) ?? null,
    );
    expect(hidden, `Tab stop ${stop}`).toBeNull();
  }
  await expect(page.getByRole("table").first()).toBeAttached();
});
