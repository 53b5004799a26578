import { useTranslations } from "next-intl";
import type { ReactElement } from "react";
import renderTree, { type Components, type ExtraProps } from "react-markdown";
import remarkBreaks from "remark-breaks";
import remarkGfm from "remark-gfm";
import { CodeBlock } from "./code-block";

type ElementContent = NonNullable<ExtraProps["node"]>["children"][number];

const textOf = (node: ElementContent | undefined): string =>
  !node
    ? ""
    : node.type === "text"
      ? node.value
      : node.type === "element"
        ? node.children.map(textOf).join("")
        : "";

/** "bash" of a fence opened with ```bash (remark writes it as the class "language-bash"). */
function languageOf(node: ElementContent | undefined): string | undefined {
  const classes = node?.type === "element" ? node.properties.className : undefined;
  const language = Array.isArray(classes)
    ? classes.find((name) => String(name).startsWith("language-"))
    : undefined;
  return language ? String(language).slice("language-".length) : undefined;
}

/** An image in the text, never loaded: its description, in the reader's language. */
function ImagePlaceholder({ alt }: { alt?: string }) {
  return <span>{useTranslations("ui")("markdownImage", { alt: alt ?? "" })}</span>;
}

const components: Components = {
  a: ({ href, children: text }) => (
    <a
      href={href}
      rel="noopener noreferrer nofollow"
      target="_blank"
      className="text-navy-700 underline"
    >
      {text}
    </a>
  ),
  // A block is rendered whole from its tree, so its <code> never gets the inline styling below.
  pre: ({ node }) => {
    const code = node?.children.find(
      (child) => child.type === "element" && child.tagName === "code",
    );
    return <CodeBlock text={textOf(code).replace(/\n$/, "")} language={languageOf(code)} />;
  },
  code: ({ children: code }) => (
    <code className="rounded bg-slate-100 px-1 py-0.5 font-mono text-[0.85em] text-slate-900">
      {code}
    </code>
  ),
  p: ({ children: text }) => <p className="my-2 first:mt-0 last:mb-0">{text}</p>,
  ul: ({ children: items }) => <ul className="my-2 list-disc pl-5">{items}</ul>,
  ol: ({ children: items }) => <ol className="my-2 list-decimal pl-5">{items}</ol>,
  img: ({ alt }) => <ImagePlaceholder alt={alt} />,
};

const remarkPlugins = [remarkGfm, remarkBreaks];

/** How many texts stay parsed, and the longest one kept (a pasted log is parsed each time). */
export const MARKDOWN_CACHE = { entries: 5_000, maxLength: 100_000 } as const;

// Messages never change once written, and the same text always gives the same tree, so a
// text is parsed once per process instead of on every view of its ticket (the ticket pages
// spent ~42 % of their time here). Least recently used texts go first.
const parsed = new Map<string, ReactElement>();

/**
 * The element tree of a Markdown text: parsed by react-markdown's synchronous `Markdown`
 * (a plain function of its props, no hooks), with raw HTML skipped.
 */
export function markdownTree(text: string): ReactElement {
  const cached = parsed.get(text);
  if (cached) {
    parsed.delete(text);
    parsed.set(text, cached);
    return cached;
  }
  const tree = renderTree({ children: text, skipHtml: true, remarkPlugins, components });
  if (text.length <= MARKDOWN_CACHE.maxLength) {
    parsed.set(text, tree);
    if (parsed.size > MARKDOWN_CACHE.entries) parsed.delete(parsed.keys().next().value!);
  }
  return tree;
}

/**
 * Ticket descriptions and messages: Markdown (code blocks keep pasted CLI output and config
 * legible), single line breaks kept, raw HTML never rendered, links open safely.
 */
export function Markdown({ children }: { children: string }) {
  return (
    <div className="prose-ticket text-sm leading-relaxed break-words text-slate-800">
      {markdownTree(children)}
    </div>
  );
}
