import type { ReactElement } from "react";
import { render, type Options } from "@react-email/render";

// html-to-text shouts headings in capitals by default; keep them as written.
const textOptions: Options = {
  plainText: true,
  htmlToTextOptions: { selectors: [{ selector: "h1", options: { uppercase: false } }] },
};

/** One React email → the HTML body and its plain-text alternative (links kept as URLs). */
export async function renderEmail(element: ReactElement): Promise<{ html: string; text: string }> {
  const [html, text] = await Promise.all([render(element), render(element, textOptions)]);
  return { html, text };
}
