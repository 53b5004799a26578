import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { AssetsTable } from "@/components/contracts/assets-table";
import { ContractStatusBadge } from "@/components/contracts/contract-status-badge";
import { isoDay } from "@/lib/format";
import pl from "@/messages/pl.json";
import { InEnglish } from "@/test/intl";
import { AttachmentList } from "./attachment-list";
import { EarlierMessagesItem, NewestMessagesLink } from "./conversation-window";
import { FollowerList } from "./follower-list";
import { PriorityBadge, StatusBadge } from "./ticket-badges";

// The shared ticket and contract components write their words from the catalogs: English as
// it always was, Polish for a Polish reader.

function InPolish({ children }: { children: ReactNode }) {
  return (
    <NextIntlClientProvider locale="pl" messages={pl} timeZone="Europe/Warsaw">
      {children}
    </NextIntlClientProvider>
  );
}

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ")
    .trim();
const english = (node: ReactNode) => text(renderToStaticMarkup(<InEnglish>{node}</InEnglish>));
const polish = (node: ReactNode) => text(renderToStaticMarkup(<InPolish>{node}</InPolish>));

const inDays = (days: number) => isoDay(new Date(Date.now() + days * 86_400_000));

describe("the ticket badges", () => {
  it("name statuses and priorities", () => {
    expect(english(<StatusBadge status="waiting_for_customer" />)).toBe("Waiting for you");
    expect(english(<StatusBadge status="waiting_for_customer" staff />)).toBe(
      "Waiting for customer",
    );
    expect(english(<PriorityBadge priority="critical" />)).toBe("Critical");
    expect(polish(<StatusBadge status="waiting_for_customer" />)).toBe("Czeka na Ciebie");
    expect(polish(<PriorityBadge priority="high" />)).toBe("Wysoki");
  });
});

describe("the contract status badge", () => {
  it("says how many days are left while the contract is expiring", () => {
    expect(english(<ContractStatusBadge validTo={inDays(12)} withNote />)).toBe(
      "Expiring soon Expires in 12 days",
    );
    expect(english(<ContractStatusBadge validTo={inDays(1)} withNote />)).toBe(
      "Expiring soon Expires in 1 day",
    );
    expect(english(<ContractStatusBadge validTo={inDays(0)} withNote />)).toBe(
      "Expiring soon Expires today",
    );
    expect(english(<ContractStatusBadge validTo={inDays(12)} />)).toBe("Expiring soon");
    expect(english(<ContractStatusBadge validTo={inDays(200)} withNote />)).toBe("Active");
    expect(english(<ContractStatusBadge validTo={inDays(-3)} withNote />)).toBe("Expired");
  });

  it("in Polish, with Polish plurals", () => {
    expect(polish(<ContractStatusBadge validTo={inDays(1)} withNote />)).toBe(
      "Wkrótce wygasa Wygasa za 1 dzień",
    );
    expect(polish(<ContractStatusBadge validTo={inDays(3)} withNote />)).toBe(
      "Wkrótce wygasa Wygasa za 3 dni",
    );
    expect(polish(<ContractStatusBadge validTo={inDays(22)} withNote />)).toBe(
      "Wkrótce wygasa Wygasa za 22 dni",
    );
    expect(polish(<ContractStatusBadge validTo={inDays(-3)} />)).toBe("Wygasła");
  });
});

describe("the lists of a ticket", () => {
  const file = { id: "f1", fileName: "debug.log", sizeBytes: 1536, createdAt: new Date(0) };

  it("attachments: name, size and time, in an accessible list", () => {
    const html = renderToStaticMarkup(
      <InEnglish>
        <AttachmentList attachments={[file]} />
      </InEnglish>,
    );
    expect(html).toContain('aria-label="Attachments"');
    expect(text(html)).toBe("debug.log 1.5 KB 1 Jan 1970, 01:00");
    const polishHtml = renderToStaticMarkup(
      <InPolish>
        <AttachmentList attachments={[file]} />
      </InPolish>,
    );
    expect(polishHtml).toContain('aria-label="Załączniki"');
    expect(text(polishHtml)).toContain("1,5 KB");
  });

  it("followers: the requester marked", () => {
    const followers = [
      { id: "u1", firstName: "Anna", lastName: "Nowak", email: "a@example.com", isRequester: true },
    ];
    expect(english(<FollowerList followers={followers} />)).toBe(
      "Anna Nowak · requester a@example.com",
    );
    expect(polish(<FollowerList followers={followers} />)).toBe(
      "Anna Nowak · zgłaszający a@example.com",
    );
  });

  it("conversation window links", () => {
    expect(english(<EarlierMessagesItem path="/tickets/1" cursor="c" />)).toBe(
      "Show earlier messages",
    );
    expect(english(<NewestMessagesLink path="/tickets/1" isLatest={false} />)).toBe(
      "Show the newest messages",
    );
    expect(polish(<NewestMessagesLink path="/tickets/1" isLatest={false} />)).toBe(
      "Pokaż najnowsze wiadomości",
    );
  });

  it("a contract's assets", () => {
    const assets = [
      {
        id: "a1",
        vendor: "fortinet",
        product: "FortiGate 200F",
        serialNumber: "FG200F0000000001",
        description: null,
      },
    ];
    const html = renderToStaticMarkup(
      <InEnglish>
        <AssetsTable assets={assets} />
      </InEnglish>,
    );
    expect(html).toContain('aria-label="Covered assets table"');
    expect(text(html)).toContain("Vendor");
    expect(text(html)).toContain("Serial number");
    expect(text(html)).toContain("No description");
    expect(text(html)).toContain("Fortinet");
    expect(polish(<AssetsTable assets={assets} />)).toContain("Numer seryjny");
  });
});
