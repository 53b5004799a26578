/**
 * A form as a browser without JavaScript posts it: the hidden inputs React renders for a server
 * action (`$ACTION_REF_…`, `$ACTION_…:0` with the encrypted bound arguments, `$ACTION_KEY`)
 * plus the fields typed in. Unlike a captured request this works for any ticket, because the
 * bound ticket id comes from that ticket's own page.
 */

const ENTITIES: Record<string, string> = {
  quot: '"',
  amp: "&",
  lt: "<",
  gt: ">",
  "#x27": "'",
  "#39": "'",
};
// React escapes exactly these in attribute values.
const unescape = (value: string) =>
  value.replace(/&(quot|amp|lt|gt|#x27|#39);/g, (_, name: string) => ENTITIES[name]!);

const attributes = (tag: string) =>
  new Map(
    [...tag.matchAll(/([^\s=/<>"]+)="([^"]*)"/g)].map(([, name, value]) => [
      name!,
      unescape(value!),
    ]),
  );

/** The hidden fields of the page's first form that has a field named `field`. */
export function hiddenFields(html: string, field: string): Array<[string, string]> {
  for (const [form] of html.matchAll(/<form\b[\s\S]*?<\/form>/g)) {
    if (!new RegExp(`name="${field}"`).test(form)) continue;
    const fields: Array<[string, string]> = [];
    for (const [tag] of form.matchAll(/<input\b[^>]*>/g)) {
      const attrs = attributes(tag);
      if (attrs.get("type") === "hidden" && attrs.has("name"))
        fields.push([attrs.get("name")!, attrs.get("value") ?? ""]);
    }
    return fields;
  }
  throw new Error(`No form with a "${field}" field on the page.`);
}

/** The multipart body of that form with `values` filled in. */
export function formBody(html: string, values: Record<string, string>): FormData {
  const body = new FormData();
  const [first] = Object.keys(values);
  for (const [name, value] of hiddenFields(html, first!)) body.append(name, value);
  for (const [name, value] of Object.entries(values)) body.append(name, value);
  return body;
}
