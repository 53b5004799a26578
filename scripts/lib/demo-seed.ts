import { sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import {
  assets,
  cannedReplies,
  contractActivations,
  contracts,
  ticketMessages,
  tickets,
  users,
} from "@/db/schema";
import { hashActivationKey } from "@/lib/contracts/check-contract-key";
import { hashSecret } from "@/lib/crypto/secrets";
import { notifyStaff } from "@/lib/notifications/notify-staff";
import { computeDueTimes } from "@/lib/sla/due-times";
import { validateVendorFields } from "@/lib/vendors";
import { isoDay } from "@/lib/format";

/** The fixed demo values the README lists. */
export const DEMO_PASSWORD = "Demo-Password-2026";
export const demoContracts = [
  { number: "DEMO-2026-001", key: "DEMO-KEY-0001" },
  { number: "DEMO-2026-002", key: "DEMO-KEY-0002" },
  { number: "DEMO-2024-900", key: "DEMO-KEY-0900" },
] as const;

/** A support ticket's vendor columns, validated by the registry as the ticket form's are. */
function vendorColumns(vendor: string, input: Record<string, unknown>) {
  const result = validateVendorFields(vendor, input);
  if (!result.ok) throw new Error(`Demo ${vendor} fields: ${JSON.stringify(result.fieldErrors)}`);
  return { vendor, vendorFields: result.values, vendorSchemaVersion: result.version };
}

const isoDate = (daysFromToday: number) =>
  isoDay(new Date(Date.now() + daysFromToday * 86_400_000));

/**
 * Seeds the demo data set on an empty database (no users yet); returns whether it did.
 * Never in production.
 */
export async function seedDemoData(db: Database): Promise<boolean> {
  if (process.env.NODE_ENV === "production")
    throw new Error("Demo data is never seeded in production.");
  const [{ count } = { count: 0 }] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(users);
  if (count > 0) return false;

  const passwordHash = await hashSecret(DEMO_PASSWORD);
  const now = new Date();
  await db.transaction(async (tx) => {
    const person = (
      login: string,
      firstName: string,
      lastName: string,
      extra: Partial<typeof users.$inferInsert>,
    ) => ({
      login,
      email: `${login}@demo.clico.pl`,
      passwordHash,
      firstName,
      lastName,
      status: "active" as const,
      emailConfirmedAt: now,
      ...extra,
    });
    const [admin, engineer, , customer, colleague] = await tx
      .insert(users)
      .values([
        person("admin", "Anna", "Nowak", { role: "admin", company: "CLICO" }),
        person("engineer", "Piotr", "Wiśniewski", { role: "support_engineer", company: "CLICO" }),
        person("orders", "Ewa", "Zielińska", { role: "orders_team", company: "CLICO" }),
        person("customer", "Jan", "Kowalski", {
          company: "Bank Przykładowy S.A.",
          phone: "+48 600 100 200",
          email: "customer@example.com",
        }),
        person("colleague", "Maria", "Lewandowska", {
          company: "Bank Przykładowy S.A.",
          phone: "+48 600 100 201",
          email: "colleague@example.com",
        }),
        person("partner", "Tomasz", "Wójcik", {
          company: "Integrator IT Sp. z o.o.",
          phone: "+48 600 100 300",
          email: "partner@example.com",
        }),
      ])
      .returning({ id: users.id });

    const [shared, unactivated, expired] = await tx
      .insert(contracts)
      .values([
        {
          number: "DEMO-2026-001",
          customerName: "Bank Przykładowy S.A.",
          serviceLevel: "24x7_4h",
          validFrom: isoDate(-200),
          validTo: isoDate(165),
          activationKeyHash: await hashActivationKey("DEMO-KEY-0001"),
          createdById: admin!.id,
        },
        {
          number: "DEMO-2026-002",
          customerName: "Szpital Miejski w Krakowie",
          serviceLevel: "8x5_nbd",
          validFrom: isoDate(-30),
          validTo: isoDate(20),
          activationKeyHash: await hashActivationKey("DEMO-KEY-0002"),
          createdById: admin!.id,
        },
        {
          number: "DEMO-2024-900",
          customerName: "Bank Przykładowy S.A.",
          serviceLevel: "8x5_4h",
          validFrom: isoDate(-800),
          validTo: isoDate(-70),
          activationKeyHash: await hashActivationKey("DEMO-KEY-0900"),
          createdById: admin!.id,
        },
      ])
      .returning({ id: contracts.id });

    const [fortigate, quantum, bigip] = await tx
      .insert(assets)
      .values([
        {
          contractId: shared!.id,
          vendor: "fortinet",
          product: "FortiGate 200F",
          serialNumber: "FG200FTK21900001",
          description: "Headquarters edge cluster, node A",
        },
        {
          contractId: shared!.id,
          vendor: "checkpoint",
          product: "Quantum 6600",
          serialNumber: "CP6600-2211-0042",
          description: "Data-centre gateway",
        },
        {
          contractId: shared!.id,
          vendor: "f5",
          product: "BIG-IP i5800",
          serialNumber: "f5-abcd-efgh",
          description: "Online banking load balancer",
        },
        {
          contractId: shared!.id,
          vendor: "paloalto",
          product: "PA-3410",
          serialNumber: "024101001234",
          description: "Branch firewall",
        },
        {
          contractId: unactivated!.id,
          vendor: "tenable",
          product: "Tenable Security Center",
          serialNumber: "TSC-2026-7781",
        },
        {
          contractId: unactivated!.id,
          vendor: "gigamon",
          product: "GigaVUE HC1",
          serialNumber: "GV-HC1-55012",
        },
        {
          contractId: expired!.id,
          vendor: "imperva",
          product: "WAF Gateway X2520",
          serialNumber: "IMP-X2520-0099",
        },
      ])
      .returning({ id: assets.id });

    await tx.insert(contractActivations).values([
      { userId: customer!.id, contractId: shared!.id },
      { userId: colleague!.id, contractId: shared!.id },
      { userId: customer!.id, contractId: expired!.id },
    ]);

    const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000);
    const due = (
      serviceLevel: "24x7_4h" | null,
      priority: "critical" | "high" | "normal" | "low",
      from: Date,
    ) => computeDueTimes({ serviceLevel, priority, from });
    const [vpnTicket, registrationTicket, waitingTicket] = await tx
      .insert(tickets)
      .values([
        {
          type: "support",
          subject: "IPsec tunnel to branch office drops every hour",
          description:
            "Since the upgrade to 7.4.3 the tunnel renegotiates every 60 minutes and traffic stops for ~30 s.\n\n```\ndiagnose vpn ike gateway list\n```",
          priority: "high",
          status: "open",
          requesterId: customer!.id,
          assetId: fortigate!.id,
          contractId: shared!.id,
          ...vendorColumns("fortinet", {
            productFamily: "FortiGate",
            firmwareVersion: "7.4.3",
            haMode: "FGCP active-passive",
            problemArea: "VPN IPsec",
          }),
          assigneeId: engineer!.id,
          createdAt: hoursAgo(3),
          updatedAt: hoursAgo(1),
          firstRespondedAt: hoursAgo(2),
          ...due("24x7_4h", "high", hoursAgo(3)),
        },
        {
          type: "administrative",
          subject: "Cannot register the contract for our second site",
          description: "The activation code from the contract document is rejected.",
          priority: "normal",
          requesterId: colleague!.id,
          createdAt: hoursAgo(26),
          updatedAt: hoursAgo(26),
          ...due(null, "normal", hoursAgo(26)),
        },
        {
          type: "support",
          subject: "Load balancer pool members marked down after certificate renewal",
          description: "Health monitor fails with TLS handshake errors since Monday.",
          priority: "critical",
          status: "waiting_for_customer",
          requesterId: customer!.id,
          assetId: bigip!.id,
          contractId: shared!.id,
          ...vendorColumns("f5", {
            platform: "appliance (iSeries/rSeries)",
            tmosVersion: "17.1.1",
            modules: ["LTM"],
            haMode: "active-standby",
          }),
          assigneeId: engineer!.id,
          createdAt: hoursAgo(5),
          updatedAt: hoursAgo(2),
          firstRespondedAt: hoursAgo(4),
          slaPausedAt: hoursAgo(2),
          ...due("24x7_4h", "critical", hoursAgo(5)),
        },
        {
          type: "support",
          subject: "Question about Threat Emulation licence renewal",
          description: "Does the renewal include the Threat Extraction blade?",
          priority: "low",
          status: "resolved",
          requesterId: colleague!.id,
          assetId: quantum!.id,
          contractId: shared!.id,
          ...vendorColumns("checkpoint", {
            component: "Security Gateway",
            version: "R81.20",
            platform: "Quantum appliance",
            blades: ["Threat Emulation"],
            clusterMode: "none",
          }),
          createdAt: hoursAgo(72),
          updatedAt: hoursAgo(20),
          firstRespondedAt: hoursAgo(70),
          resolvedAt: hoursAgo(20),
          ...due("24x7_4h", "low", hoursAgo(72)),
        },
      ])
      .returning({ id: tickets.id, vendor: tickets.vendor, assigneeId: tickets.assigneeId });

    await tx.insert(ticketMessages).values([
      {
        ticketId: vpnTicket!.id,
        authorId: engineer!.id,
        body: "Please attach the output of `diagnose debug application ike -1` captured during a drop.",
        internal: false,
        createdAt: hoursAgo(2),
      },
      {
        ticketId: vpnTicket!.id,
        authorId: engineer!.id,
        body: "Looks like the known DPD issue fixed in 7.4.4.",
        internal: true,
        createdAt: hoursAgo(1),
      },
      {
        ticketId: waitingTicket!.id,
        authorId: engineer!.id,
        body: "Could you send a qkview taken right after a failed health check?",
        internal: false,
        createdAt: hoursAgo(2),
      },
    ]);

    // What the engineer's bell and mailbox show: the customer's answer on the VPN ticket, and
    // the new administrative request in the unassigned queue (admin is told too).
    await tx.insert(ticketMessages).values({
      ticketId: vpnTicket!.id,
      authorId: customer!.id,
      body: "Attached the debug output. The last drop was at 09:14.",
      internal: false,
      createdAt: hoursAgo(0.5),
    });
    await notifyStaff(tx, "customer_reply", vpnTicket!, customer!.id);
    await notifyStaff(tx, "new_ticket", registrationTicket!, colleague!.id);

    await tx.insert(cannedReplies).values([
      {
        title: "Ask for a FortiGate debug bundle",
        body: "Please run `execute tac report` on the FortiGate CLI and attach the output to this ticket.",
        createdById: engineer!.id,
      },
      {
        title: "Ask for a qkview",
        body: "Please generate a qkview (`qkview` on the BIG-IP CLI, saved under /var/tmp) and attach it here.",
        createdById: engineer!.id,
      },
      {
        title: "Resolved — please confirm",
        body: "We believe this is solved. If anything is still wrong, just reply and the ticket reopens.",
        createdById: engineer!.id,
      },
    ]);
  });
  return true;
}
