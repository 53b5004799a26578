/**
 * The bench data generator shared by `bench:queue` and `bench:http`: users, contracts, assets,
 * tickets and messages, all generated in SQL and deterministic from the row number, so a
 * database filled once can be reused by every benchmark.
 */
import { getPool } from "../../db/client";
import { benchUuid } from "./ids";

export const ENGINEERS = 30;

export type BenchSize = {
  tickets: number;
  messagesPerTicket: number;
  users: number;
  contracts: number;
};

export function benchSize(tickets: number, messagesPerTicket = 2): BenchSize {
  const users = Math.max(200, Math.min(5000, Math.round(tickets / 200)));
  return { tickets, messagesPerTicket, users, contracts: Math.max(100, Math.round(users * 0.7)) };
}

/** Users, contracts, assets and tickets get ids derived from their row number. */
export const userId = (n: number | string) => benchUuid(`'bench-user-' || ${n}`);

function statements({ tickets, messagesPerTicket, users: USERS, contracts: CONTRACTS }: BenchSize) {
  const CUSTOMERS = USERS - ENGINEERS;
  // Everything is generated in SQL (generate_series), deterministic from the row number.
  // Ticket g is created g/N of the way through five years; the newest 3% are still being
  // worked (new/open/waiting/resolved), a few old ones linger open, the rest are closed.
  return [
    `insert into users (id, login, email, first_name, last_name, company, role, status)
     select ${userId("n")}, 'bench' || n, 'bench' || n || '@example.com',
       (array['Anna','Piotr','Marta','Tomasz','Ewa','Jan','Katarzyna','Michał','Agnieszka','Paweł'])[1 + n % 10],
       (array['Nowak','Kowalski','Wiśniewska','Wójcik','Kamińska','Lewandowski','Zielińska','Szymański','Dąbrowska','Kozłowski'])[1 + (n / 10) % 10],
       (array['Orlen','PKO','Allegro','Asseco','Comarch','LOT','Poczta','Tauron','Enea','Inpost'])[1 + n % 10]
         || ' ' || (n % 97) || (array[' Sp. z o.o.',' S.A.',' GmbH',' Ltd'])[1 + n % 4],
       case when n < ${ENGINEERS} then 'support_engineer'::user_role else 'customer'::user_role end,
       'active'
     from generate_series(0, ${USERS - 1}) n`,
    `insert into contracts (id, number, customer_name, service_level, valid_from, valid_to, activation_key_hash)
     select ${benchUuid(`'bench-contract-' || n`)}, 'CLC/' || lpad(n::text, 6, '0') || '/2025',
       'Customer ' || n, (array['8x5_nbd','8x5_4h','24x7_4h'])[1 + n % 3]::service_level,
       '2024-01-01', '2030-12-31', 'bench-not-a-real-hash'
     from generate_series(0, ${CONTRACTS - 1}) n`,
    // Three assets per contract.
    `insert into assets (id, contract_id, vendor, product, serial_number)
     select ${benchUuid(`'bench-asset-' || n`)}, ${benchUuid(`'bench-contract-' || (n / 3)`)}, v.vendor, v.product,
       upper(left(v.vendor, 3)) || lpad(n::text, 8, '0')
     from generate_series(0, ${CONTRACTS * 3 - 1}) n
     cross join lateral (select (array['fortinet','checkpoint','f5','paloalto','fortinet','imperva','tenable','gigamon'])[1 + (n * 7) % 8] as vendor) w
     cross join lateral (select w.vendor, case w.vendor
       when 'fortinet' then (array['FortiGate 60F','FortiGate 100F','FortiAnalyzer 300G','FortiManager VM'])[1 + n % 4]
       when 'checkpoint' then (array['Quantum 6200','Quantum 16200','Smart-1 600'])[1 + n % 3]
       when 'f5' then (array['BIG-IP i2600','BIG-IP i5800','BIG-IP VE'])[1 + n % 3]
       when 'paloalto' then (array['PA-440','PA-3220','Panorama M-200'])[1 + n % 3]
       else initcap(w.vendor) || ' appliance' end as product) v`,
    // Customer user ENGINEERS + k works on contract k % C, every third one also on the next.
    `insert into contract_activations (user_id, contract_id)
     select ${userId("n")}, ${benchUuid(`'bench-contract-' || ((n - ${ENGINEERS}) % ${CONTRACTS})`)}
     from generate_series(${ENGINEERS}, ${USERS - 1}) n
     union
     select ${userId("n")}, ${benchUuid(`'bench-contract-' || ((n - ${ENGINEERS} + 1) % ${CONTRACTS})`)}
     from generate_series(${ENGINEERS}, ${USERS - 1}) n where n % 3 = 0`,
    `insert into tickets (id, number, type, subject, description, priority, status, requester_id,
       asset_id, contract_id, vendor, assignee_id, first_response_due_at, resolution_due_at,
       first_responded_at, resolved_at, closed_at, sla_paused_at, created_at, updated_at)
     select ${benchUuid(`'bench-ticket-' || g`)}, g, t.type, t.subject, t.description, t.priority, t.status,
       t.requester_id, t.asset_id, t.contract_id, t.vendor, t.assignee_id,
       t.created_at + t.first_hours * interval '1 hour', t.created_at + t.resolution_hours * interval '1 hour',
       case when t.status <> 'new' then t.created_at + interval '40 minutes' end,
       case when t.status in ('resolved', 'closed') then t.updated_at end,
       case when t.status = 'closed' then t.updated_at end,
       case when t.status = 'waiting_for_customer' then t.updated_at end,
       t.created_at, t.updated_at
     from generate_series(1::bigint, ${tickets}) g
     cross join lateral (select
       g % 10 <> 0 as is_support,
       (g * 7919) % ${CONTRACTS * 3} as asset_n,
       case when g % 10 <> 0 then ((g * 7919) % ${CONTRACTS * 3}) / 3 else g % ${CONTRACTS} end as contract_n,
       now() - ((${tickets} - g)::float8 / ${tickets} * 1825 + 0.01) * interval '1 day' as created_at,
       case when g > ${Math.floor(tickets * 0.97)} then
         (array['new','new','open','open','open','waiting_for_customer','waiting_for_customer','resolved','resolved','closed'])[1 + g % 10]
       when g % 997 = 0 then 'open' else 'closed' end::ticket_status as status,
       (array['normal','normal','normal','high','low','normal','critical','high','normal','low'])[1 + (g / 7) % 10]::ticket_priority as priority) b
     cross join lateral (select
       case when b.is_support then 'support' else 'administrative' end::ticket_type as type,
       (array['IPsec tunnel drops every few hours','HA failover does not switch back','SSL VPN users cannot log in',
              'High CPU after firmware upgrade','Licence renewal question','Cannot register contract',
              'BGP neighbour flapping','Policy install fails','Certificate expired on management interface',
              'Disk full on log collector','SD-WAN rule ignores SLA','IPS signature update stuck',
              'Throughput lower than datasheet','Admin account locked out','Request for RMA',
              'Memory conserve mode','Traffic shaping not applied','Syslog not reaching SIEM',
              'Cluster members out of sync','Web filter blocks allowed site'])[1 + g % 20]
         || ' at site ' || (g % 4000) as subject,
       'Since ' || (array['Monday','yesterday','the upgrade','the power outage','last week'])[1 + g % 5]
         || ' the ' || (array['primary','secondary','branch','datacentre','lab'])[1 + (g / 5) % 5]
         || ' device reports ' || (array['timeouts','packet loss','watchdog resets','kernel panics','authentication errors',
              'high latency','session table exhaustion','certificate warnings'])[1 + (g / 25) % 8]
         || '. Host fw' || (g % 9000) || '.example.pl, ticket reference REF' || (g * 13 % 1000003)
         || '. We tried rebooting and collecting a debug log; the problem returns within '
         || (1 + g % 48) || ' hours. Please advise.' as description,
       case when b.is_support then ${benchUuid(`'bench-asset-' || b.asset_n`)} end as asset_id,
       case when b.is_support then ${benchUuid(`'bench-contract-' || b.contract_n`)} end as contract_id,
       case when b.is_support then (array['fortinet','checkpoint','f5','paloalto','fortinet','imperva','tenable','gigamon'])[1 + (b.asset_n * 7) % 8] end as vendor,
       -- The requester works on the ticket's contract (see contract_activations above).
       ${userId(`(${ENGINEERS} + case when g % 2 = 1 and b.contract_n + ${CONTRACTS} < ${CUSTOMERS} then b.contract_n + ${CONTRACTS} else b.contract_n end)`)} as requester_id,
       case when b.status in ('new') and g % 3 <> 0 then null
            when b.status in ('open', 'waiting_for_customer') and g % 10 = 0 then null
            else ${benchUuid(`'bench-user-' || (g % ${ENGINEERS})`)} end as assignee_id,
       b.created_at,
       least(now(), b.created_at + ((g % 72) + 1) * interval '1 hour') as updated_at,
       b.status,
       b.priority,
       case b.priority when 'critical' then 1 when 'high' then 4 when 'normal' then 8 else 24 end as first_hours,
       case b.priority when 'critical' then 24 when 'high' then 72 when 'normal' then 240 else 480 end as resolution_hours) t`,
    `insert into ticket_messages (ticket_id, author_id, body, internal, created_at)
     select ${benchUuid(`'bench-ticket-' || g`)},
       case when m % 2 = 0 then ${benchUuid(`'bench-user-' || (g % ${ENGINEERS})`)}
            else ${benchUuid(`'bench-user-' || (${ENGINEERS} + g % ${USERS - ENGINEERS})`)} end,
       (array['Thank you, we are looking into it.','Please send the output of diagnose debug.',
              'Attached the crash log from the night shift.','The vendor confirmed a known issue in this build.',
              'Workaround applied, please confirm.','Internal: escalate to vendor TAC, case ',
              'Customer reports the tunnel is stable again.','Could you schedule a maintenance window?'])[1 + (g + m) % 8]
         || ' Ref ' || (g * 31 + m) % 500009
         || case when (g + m) % 5000 = 0 then ' Heartbeat daemon segfaulted.' else '' end,
       (g + m) % 5 = 0,
       now() - ((${tickets} - g)::float8 / ${tickets} * 1825) * interval '1 day' + m * interval '2 hours'
     from generate_series(1::bigint, ${tickets}) g, generate_series(1, ${Math.ceil(messagesPerTicket)}) m
     where m <= ${messagesPerTicket} or g % 2 = 0`,
  ];
}

/** Whether the database already holds this many bench tickets (then it is reused as it is). */
export async function hasBenchData(tickets: number): Promise<boolean> {
  const { rows } = await getPool().query<{ count: number }>(
    `select count(*)::int as count from tickets where id = ${benchUuid(`'bench-ticket-' || $1`)}`,
    [tickets],
  );
  return rows[0]!.count > 0;
}

/** Fills an empty, migrated database; prints each table's row count and time. */
export async function generateBenchData(size: BenchSize): Promise<void> {
  console.log(
    `Bench data: ${size.tickets} tickets, ~${Math.round(size.tickets * size.messagesPerTicket)} messages, ` +
      `${size.users} users, ${size.contracts} contracts…`,
  );
  const started = performance.now();
  await generate(statements(size));
  console.log(`Generated in ${((performance.now() - started) / 1000).toFixed(1)} s.\n`);
}

async function generate(statements: string[]) {
  const client = await getPool().connect();
  try {
    await client.query("set maintenance_work_mem = '512MB'");
    // Bulk load without the secondary indexes, then rebuild them from their own definitions.
    const { rows: indexes } = await client.query<{ name: string; def: string }>(
      `select indexname as name, indexdef as def from pg_indexes
       where schemaname = 'public' and tablename in ('tickets', 'ticket_messages')
         and indexname not like '%_pkey'`,
    );
    for (const index of indexes) await client.query(`drop index "${index.name}"`);
    for (const statement of statements) {
      const started = performance.now();
      const result = await client.query(statement);
      const table = /insert into (\w+)/.exec(statement)?.[1];
      console.log(
        `  ${table}: ${result.rowCount} rows in ${((performance.now() - started) / 1000).toFixed(1)} s`,
      );
    }
    const started = performance.now();
    for (const index of indexes) await client.query(index.def);
    await client.query(`select setval('ticket_number_seq', (select max(number) from tickets))`);
    console.log(
      `  ${indexes.length} indexes rebuilt in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
    await client.query("vacuum analyze");
  } finally {
    client.release();
  }
}
