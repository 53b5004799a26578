import { Parser } from "htmlparser2";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { Markdown } from "@/components/markdown";
import { InEnglish } from "../intl";

// What a page may contain around user text rendered by our components (Markdown with GFM,
// React text): any other element or attribute came from the text itself, i.e. live HTML.
const ELEMENTS = new Set(
  "div span p br strong em del a pre code ul ol li blockquote hr h1 h2 h3 h4 h5 h6 table thead tbody tr th td input sup section".split(
    " ",
  ),
);
const ATTRIBUTES = new Set([
  "class",
  "href",
  "rel",
  "target",
  "type",
  "disabled",
  "checked",
  "id",
  "start",
  "style",
  "data-footnotes",
  "data-footnote-ref",
  "data-footnote-backref",
  "aria-describedby",
  "aria-label",
  // a code block's scroll region (components/code-block.tsx)
  "data-code-block",
  "role",
  "tabindex",
]);
const SCRIPT_URL = /^\s*(javascript|vbscript|data):/i;

/**
 * The elements and attributes in `html` that user text must never produce. For a component
 * with markup of its own, `baseline` is its HTML with harmless text: what that has is its own.
 */
export function liveHtmlIn(html: string, baseline?: string): string[] {
  const own = new Set(baseline === undefined ? [] : liveHtmlIn(baseline));
  return elementsIn(html).filter((found) => !own.has(found));
}

function elementsIn(html: string): string[] {
  const found: string[] = [];
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (!ELEMENTS.has(name)) found.push(`<${name}>`);
        for (const [attribute, value] of Object.entries(attributes)) {
          if (!ATTRIBUTES.has(attribute)) found.push(`<${name} ${attribute}>`);
          if ((attribute === "href" || attribute === "src") && SCRIPT_URL.test(value))
            found.push(`<${name} ${attribute}="${value}">`);
          if (attribute === "style" && !/^text-align:\s*\w+;?$/.test(value))
            found.push(`<${name} style="${value}">`);
          if (name === "input" && attributes.type !== "checkbox") found.push(`<input>`);
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return found;
}

/** What stored text (a description, a reply, a canned reply) makes live where pages show it. */
export const liveHtmlInMarkdown = (text: string) =>
  liveHtmlIn(
    renderToStaticMarkup(createElement(InEnglish, null, createElement(Markdown, null, text))),
  );
