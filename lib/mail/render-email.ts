import type { ReactElement } from "react";
import { render } from "@react-email/render";

/** One React email → the HTML body and its plain-text alternative (links kept as URLs). */
export async function renderEmail(element: ReactElement): Promise<{ html: string; text: string }> {
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  return { html, text };
}
