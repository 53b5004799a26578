/**
 * `npm run bench:markdown`: the Markdown of a ticket page with 100 messages, rendered to HTML
 * as the ticket pages do — every text parsed (a cold process, or the old component), then the
 * same texts again (parsed once, kept) — against the ceiling of rendering the same texts as
 * plain paragraphs, measured in the same run.
 */
import { performance } from "node:perf_hooks";
import { renderToStaticMarkup } from "react-dom/server";
import { Markdown } from "../../components/markdown";

const MESSAGES = 100;
const ROUNDS = Number(process.argv[2] ?? 30);

const message = (round: number, i: number) =>
  [
    `Hello, after the upgrade to **FortiOS 7.4.${i % 9}** the IPsec tunnel to site ${i} drops every few hours (round ${round}).`,
    "Steps so far:",
    "- checked the phase 1 proposal\n- restarted the IKE daemon\n- collected `diagnose vpn ike gateway list`",
    "```\nvd: root/0\nname: site-" +
      i +
      "\nversion: 2\ncreated: 1234s ago\nIKE SA: created 1/1  established 1/1  time 10/10/10 ms\n```",
    `See [the release notes](https://docs.fortinet.com/document/fortigate/7.4.${i % 9}/release-notes) — regards, Jan`,
  ].join("\n\n");

const page = (texts: string[], render: (text: string) => React.ReactElement) =>
  renderToStaticMarkup(
    <main>
      {texts.map((text, i) => (
        <article key={i}>{render(text)}</article>
      ))}
    </main>,
  );

function time(work: () => void): number {
  const started = performance.now();
  work();
  return performance.now() - started;
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const plain: number[] = [];
const cold: number[] = [];
const warm: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  const texts = Array.from({ length: MESSAGES }, (_, i) => message(round, i));
  plain.push(time(() => page(texts, (text) => <p>{text}</p>)));
  cold.push(time(() => page(texts, (text) => <Markdown>{text}</Markdown>)));
  warm.push(time(() => page(texts, (text) => <Markdown>{text}</Markdown>)));
}

const ceiling = median(plain);
console.log(`A ticket page's ${MESSAGES} messages, median of ${ROUNDS} rounds:`);
for (const [name, values] of [
  ["plain paragraphs (ceiling)", plain],
  ["Markdown, every text parsed", cold],
  ["Markdown, texts parsed once", warm],
] as const) {
  const ms = median(values);
  console.log(
    `  ${name.padEnd(30)} ${ms.toFixed(1).padStart(7)} ms  ${(ms / ceiling).toFixed(1).padStart(5)}× the ceiling`,
  );
}
