type Value = string | number | boolean | string[];

/** Sets a control's value as typing would, so the form's checks and the draft see it. */
function setAsTyped(
  control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement,
  value: string,
) {
  // React tracks the last value it saw: the prototype's setter makes the change an input.
  const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(control), "value")?.set;
  setter?.call(control, value);
  control.dispatchEvent(new Event("input", { bubbles: true }));
  control.dispatchEvent(new Event("change", { bubbles: true }));
}

function setTicked(box: HTMLInputElement, ticked: boolean) {
  if (box.checked !== ticked) box.click();
}

/**
 * Fills the form's controls named `<prefix>.<key>` with `values` (a debug file's reading): text
 * and selects get the value, a checkbox is ticked or not, a group of checkboxes gets exactly
 * the ids listed. Every other control keeps what the customer typed. Answers the keys filled.
 */
export function fillFormFields(
  form: HTMLFormElement,
  prefix: string,
  values: Record<string, Value>,
) {
  const filled: string[] = [];
  for (const [key, value] of Object.entries(values)) {
    const controls = [...form.querySelectorAll<HTMLInputElement>(`[name="${prefix}.${key}"]`)];
    if (!controls.length) continue;
    const [first] = controls as [HTMLInputElement];
    if (first.type === "checkbox" && controls.length === 1 && !Array.isArray(value))
      setTicked(first, value === true);
    else if (first.type === "checkbox") {
      const ids = Array.isArray(value) ? value : [String(value)];
      for (const box of controls) setTicked(box, ids.includes(box.value));
    } else setAsTyped(first, String(value));
    filled.push(key);
  }
  return filled;
}

/** The values of the form's controls named `<prefix>.<key>`, by key (a group's as a list). */
export function vendorValuesIn(form: HTMLFormElement, prefix: string) {
  const values: Record<string, string | string[]> = {};
  for (const [name, value] of new FormData(form)) {
    if (!name.startsWith(`${prefix}.`) || typeof value !== "string") continue;
    const key = name.slice(prefix.length + 1);
    const seen = values[key];
    values[key] = seen === undefined ? value : [...[seen].flat(), value];
  }
  return values;
}
