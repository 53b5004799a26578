import { Fragment } from "react";

// http(s) only: a javascript: or data: URL in a message must never become a link.
const URL_PATTERN = /https?:\/\/[^\s<>"'`]+/g;
// Sentence punctuation right after a URL belongs to the sentence, not the URL.
const TRAILING = /[.,;:!?)\]}]+$/;

export function splitLinks(text: string): Array<{ kind: "text" | "link"; value: string }> {
  const parts: Array<{ kind: "text" | "link"; value: string }> = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const start = match.index;
    const raw = match[0];
    const url = raw.replace(TRAILING, "");
    if (start > last) parts.push({ kind: "text", value: text.slice(last, start) });
    parts.push({ kind: "link", value: url });
    last = start + url.length;
  }
  if (last < text.length) parts.push({ kind: "text", value: text.slice(last) });
  return parts;
}

/** Plain text with its http(s) URLs turned into links; whitespace and line breaks kept. */
export function LinkifiedText({ text }: { text: string }) {
  return (
    <>
      {splitLinks(text).map((part, index) =>
        part.kind === "link" ? (
          <a
            key={index}
            href={part.value}
            rel="noreferrer"
            className="break-all text-navy-700 underline decoration-navy-300 hover:text-brand-700"
          >
            {part.value}
          </a>
        ) : (
          <Fragment key={index}>{part.value}</Fragment>
        ),
      )}
    </>
  );
}
