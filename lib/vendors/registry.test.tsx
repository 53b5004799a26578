import { catalogTranslator } from "@/lib/i18n/translator";
import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  choiceLabel,
  fieldHelp,
  fieldLabel,
  fieldRequiredWhen,
  getVendor,
  getVendorVersion,
  renderVendorValues,
  validateVendorFields,
  vendorIds,
  vendorName,
  vendors,
  type VendorField,
  type VendorValidation,
  type VendorVersion,
} from "./index";
import { VendorFieldsForm } from "@/components/vendors/vendor-fields-form";
import { VendorValues } from "@/components/vendors/vendor-values";
import { readMessage, writeMessage, type Translate } from "@/lib/i18n/message";
import pl from "@/messages/pl.json";
import { InEnglish } from "@/test/intl";

// Every check runs for every registered vendor, so a new vendor is covered by adding it to
// the registry: good input is built from its own metadata (examples and options).

// The registry's words are messages: these tests read them as the English (or Polish) page does.
const english = catalogTranslator("en");
const polish = catalogTranslator("pl");
const label = (field: VendorField) => fieldLabel(english, field);
const requiredWhen = (field: VendorField) => fieldRequiredWhen(english, field) ?? "";

/** A validation's messages as the English page shows them. */
function inEnglish(result: VendorValidation): VendorValidation {
  if (result.ok) return result;
  const fieldErrors = Object.fromEntries(
    Object.entries(result.fieldErrors).map(([key, messages]) => [
      key,
      messages.map((message) => writeMessage(english, message)),
    ]),
  );
  return { ok: false, fieldErrors };
}
const validate = (id: string, input: unknown) => inEnglish(validateVendorFields(id, input));

function InPolish({ children }: { children: ReactNode }) {
  return (
    <NextIntlClientProvider locale="pl" messages={pl} timeZone="Europe/Warsaw">
      {children}
    </NextIntlClientProvider>
  );
}

function Harness({ vendorId, errors = {} }: { vendorId: string; errors?: Record<string, string> }) {
  return (
    <VendorFieldsForm
      vendorId={vendorId}
      field={(name) => ({ name, error: errors[name.replace(/^vendorFields\./, "")] })}
    />
  );
}

const render = (vendorId: string, errors?: Record<string, string>, Language = InEnglish) =>
  renderToStaticMarkup(
    <Language>
      <Harness vendorId={vendorId} errors={errors} />
    </Language>,
  );

const escape = (text: string) =>
  text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;");

const stored = (version: VendorVersion) =>
  version.fields.filter((field) => field.widget !== "file");

/** A valid answer for a field, from its own example or options. */
function goodValue(field: VendorField): unknown {
  switch (field.widget) {
    case "select":
      return field.options[0];
    case "multiselect":
      return [field.options[0]];
    case "checkbox":
      return true;
    case "file":
      return undefined;
    default:
      return field.placeholder ?? "Some text";
  }
}

function goodInput(version: VendorVersion): Record<string, unknown> {
  return Object.fromEntries(stored(version).map((field) => [field.key, goodValue(field)]));
}

describe.each(vendors.map((vendor) => [vendor.id, vendor] as const))("vendor %s", (id, vendor) => {
  const allVersions = [vendor.current, ...vendor.previous];

  it("declares complete metadata in every version", () => {
    expect(vendor.name).toBeTruthy();
    expect(new Set(allVersions.map((version) => version.version)).size).toBe(allVersions.length);
    for (const previous of vendor.previous)
      expect(previous.version).toBeLessThan(vendor.current.version);
    for (const version of allVersions) {
      const keys = version.fields.map((field) => field.key);
      expect(new Set(keys).size).toBe(keys.length);
      for (const field of version.fields) {
        expect(field.messages).toBe(`vendors.${vendor.id}.fields.${field.key}`);
        for (const t of [english, polish]) {
          expect(fieldLabel(t, field), field.key).toMatch(/^\S/);
          expect(fieldHelp(t, field).length, `${field.key} help`).toBeGreaterThan(20);
        }
        if (field.widget === "select" || field.widget === "multiselect") {
          expect(field.options.length).toBeGreaterThan(1);
          expect(new Set(field.options).size).toBe(field.options.length);
          for (const id of field.translated) {
            expect(field.options).toContain(id);
            expect(english.has(`${field.messages}.options.${id}`), id).toBe(true);
          }
          // an English label stored before ids means one of the field's words
          for (const [was, id] of Object.entries(field.legacy)) {
            expect(field.translated, was).toContain(id);
            expect(choiceLabel(english, field, was)).toBe(was);
          }
        }
        if (field.widget === "version" || field.widget === "number") {
          expect(field.placeholder, `${field.key} needs an example`).toBeTruthy();
        }
        if (field.widget === "file") expect(field.filePattern).toBeTruthy();
        if (field.required === "conditional") expect(requiredWhen(field)).toMatch(/^for /);
      }
    }
  });

  it("renders every current field with its label, help and widget", () => {
    const html = render(id);
    for (const field of vendor.current.fields) {
      expect(html, label(field)).toContain(`>${escape(label(field))}</`);
      if (field.widget === "select") {
        expect(html).toContain(`name="vendorFields.${field.key}"`);
        for (const option of field.options)
          expect(html).toContain(
            `<option value="${escape(option)}">${escape(choiceLabel(english, field, option))}</option>`,
          );
      }
      if (field.widget === "multiselect") {
        expect(html).toMatch(new RegExp(`<legend[^>]*>.*?${escape(label(field))}`));
        expect(html.match(new RegExp(`name="vendorFields\\.${field.key}"`, "g"))).toHaveLength(
          field.options.length,
        );
      }
      if (field.widget === "file") {
        expect(html).toContain(`type="file"`);
        expect(html).toContain(escape(field.filePattern));
      }
      if (field.required === "conditional")
        expect(html).toContain(`Required ${escape(requiredWhen(field))}`);
      expect(html).toContain(`id="vendorFields-${field.key}-hint"`);
    }
    if (vendor.current.fields.some((field) => field.widget === "select")) {
      expect(html).toContain("Choose…");
    }
    expect(html).not.toContain('role="alert"');
  });

  it("shows errors next to their fields", () => {
    const [first] = stored(vendor.current);
    const html = render(id, { [first!.key]: "Something is wrong here." });
    expect(html).toContain('role="alert"');
    expect(html).toContain("Something is wrong here.");
    expect(html).toContain('aria-invalid="true"');
  });

  it("writes the schema's messages next to every field in the reader's language", () => {
    const alertWith = (text: string) =>
      new RegExp(
        `role="alert".*?>${escape(text).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}</(p|span)>`,
      );
    for (const field of stored(vendor.current)) {
      const error = `@i18n:${field.messages}.label`; // any message of the field will do
      expect(render(id, { [field.key]: error })).toMatch(alertWith(label(field)));
      expect(render(id, { [field.key]: error }, InPolish)).toMatch(
        alertWith(fieldLabel(polish, field)),
      );
    }
  });

  it("renders in Polish without an English word of its own", () => {
    const html = render(id, undefined, InPolish);
    for (const field of vendor.current.fields) {
      expect(html).toContain(`>${escape(fieldLabel(polish, field))}</`);
      if (field.widget === "select" || field.widget === "multiselect")
        for (const option of field.options)
          expect(html).toContain(`>${escape(choiceLabel(polish, field, option))}</`);
    }
    for (const words of ["Choose…", "Required ", "Example:", "Suggested name:", "Optional"])
      expect(html).not.toContain(words);
  });

  it("accepts good input, stores only its fields and drops unknown keys", () => {
    for (const version of allVersions) {
      const result = version.schema.safeParse({ ...goodInput(version), injected: "x" });
      expect(result.error?.issues ?? [], `v${version.version}`).toEqual([]);
      expect(Object.keys(result.data ?? {})).not.toContain("injected");
    }
    const result = validateVendorFields(id, goodInput(vendor.current));
    expect(result).toMatchObject({ ok: true, vendorId: id, version: vendor.current.version });
  });

  it("rejects an empty object with a message on every required field, and nothing else", () => {
    const result = validate(id, {});
    const required = vendor.current.fields.filter((field) => field.required === true);
    expect(result.ok).toBe(required.length === 0);
    if (result.ok) return;
    expect(Object.keys(result.fieldErrors).sort()).toEqual(
      required.map((field) => field.key).sort(),
    );
    for (const messages of Object.values(result.fieldErrors))
      expect(messages[0]).toMatch(/^(Enter|Choose) /);
  });

  it("rejects unknown options, malformed versions and non-digit numbers on their field", () => {
    const bad: Record<VendorField["widget"], unknown[]> = {
      select: ["No such option"],
      multiselect: [["No such option"], "No such option"],
      version: ["7", "7.x.3", "version 7.4.3", "1.2.3.4.5.6"],
      number: ["8a", "-1", "1.5", "89 "],
      serial: [],
      text: ["x".repeat(1000)],
      checkbox: ["maybe"],
      file: [],
    };
    for (const field of stored(vendor.current)) {
      for (const value of bad[field.widget]) {
        if (field.widget === "number" && value === "89 ") continue; // trimmed, so valid
        const result = validate(id, {
          ...goodInput(vendor.current),
          [field.key]: value,
        });
        expect(result.ok, `${field.key} = ${JSON.stringify(value)}`).toBe(false);
        if (!result.ok) {
          expect(
            Object.keys(result.fieldErrors),
            `${field.key} = ${JSON.stringify(value)}`,
          ).toEqual([field.key]);
        }
      }
    }
  });

  it("enforces each conditional requirement on its own field", () => {
    // Some answer to another select must make the field required, and some other must not.
    const current = vendor.current;
    for (const field of current.fields.filter((field) => field.required === "conditional")) {
      const outcomes = new Set<boolean>();
      for (const trigger of current.fields) {
        if (trigger.widget !== "select" || trigger.key === field.key) continue;
        for (const option of trigger.options) {
          const input = { ...goodInput(current), [trigger.key]: option, [field.key]: "" };
          const result = validate(id, input);
          const messages = result.ok ? [] : (result.fieldErrors[field.key] ?? []);
          outcomes.add(
            messages.some((message) => message.includes(`(required ${requiredWhen(field)})`)),
          );
        }
      }
      expect([...outcomes].sort(), field.key).toEqual([false, true]);
    }
  });

  it("renders stored values of every version with that version's labels", () => {
    for (const version of allVersions) {
      const rows = renderVendorValues(id, version.version, goodInput(version), english);
      expect(rows.map((row) => row.label)).toEqual(stored(version).map(label));
      expect(rows.every((row) => row.value !== "—")).toBe(true);
    }
  });

  it("gives every message a key of the catalog, in English and Polish", () => {
    const inputs: unknown[] = [{}, null, { ...goodInput(vendor.current) }];
    for (const field of stored(vendor.current))
      for (const value of ["", "x".repeat(1000), "No such option", ["No such option"], 5, false])
        inputs.push({ ...goodInput(vendor.current), [field.key]: value });
    for (const input of inputs) {
      const result = validateVendorFields(id, input);
      for (const message of result.ok ? [] : Object.values(result.fieldErrors).flat()) {
        const key = readMessage(message)?.key;
        expect(key, message).toBeDefined();
        expect(english.has(key!) && polish.has(key!), key).toBe(true);
      }
    }
  });
});

describe("registry", () => {
  it("registers exactly the vendor ids assets use", () => {
    expect(vendorIds).toEqual([
      "fortinet",
      "checkpoint",
      "f5",
      "paloalto",
      "gigamon",
      "imperva",
      "tenable",
      "other",
    ]);
    expect(vendorName("paloalto")).toBe("Palo Alto Networks");
    expect(vendorName("checkpoint")).toBe("Check Point");
    expect(vendorName("acme")).toBe("acme");
  });

  it("gives an unknown vendor the Other fields", () => {
    expect(getVendor("acme").id).toBe("other");
    expect(validate("acme", {})).toEqual({
      ok: false,
      fieldErrors: { productVersion: ["Enter the product version."] },
    });
    expect(validateVendorFields("acme", { productVersion: "2.1" })).toEqual({
      ok: true,
      vendorId: "other",
      version: 1,
      values: { productVersion: "2.1" },
    });
    expect(render("acme")).toContain("Product version");
  });

  it.each([["FortiGate"], [null], [undefined], [[]], [5]])(
    "reports the non-object input %j as a form error",
    (input) => {
      expect(validate("fortinet", input)).toEqual({
        ok: false,
        fieldErrors: { form: ["Send the additional information as an object."] },
      });
    },
  );

  it("puts errors on <prefix>.<key> when nested in the ticket form's schema", () => {
    const ticket = z.object({
      title: z.string().min(1, "Enter a title."),
      vendorFields: getVendor("fortinet").current.schema,
    });
    const result = ticket.safeParse({ title: "", vendorFields: { productFamily: "FortiGate" } });
    expect(result.error?.issues.map((issue) => issue.path.join(".")).sort()).toEqual([
      "title",
      "vendorFields.firmwareVersion",
      "vendorFields.haMode",
      "vendorFields.problemArea",
    ]);
  });
});

describe("Fortinet", () => {
  const seeded = {
    productFamily: "FortiGate",
    firmwareVersion: "7.4.3",
    haMode: "activePassive",
    problemArea: "VPN IPsec",
  };

  it("keeps version 1 for the seeded ticket and renders it with v1 labels", () => {
    const v1 = getVendorVersion("fortinet", 1);
    expect(v1.version).toBe(1);
    expect(v1.schema.parse(seeded)).toEqual(seeded);
    expect(renderVendorValues("fortinet", 1, seeded, english)).toEqual([
      { key: "productFamily", label: "Product family", value: "FortiGate" },
      { key: "firmwareVersion", label: "Firmware version", value: "7.4.3" },
      { key: "haMode", label: "HA mode", value: "FGCP active-passive" },
      { key: "problemArea", label: "Problem area", value: "VPN IPsec" },
    ]);
  });

  it("asks for VDOMs from version 2 on", () => {
    expect(getVendor("fortinet").current.version).toBe(2);
    expect(render("fortinet")).toContain("VDOMs enabled");
    expect(
      renderVendorValues("fortinet", 2, seeded, english).map((row) => [row.label, row.value]),
    ).toEqual([
      ["Product family", "FortiGate"],
      ["Firmware version", "7.4.3"],
      ["HA mode", "FGCP active-passive"],
      ["VDOMs enabled", "—"],
      ["Number of VDOMs", "—"],
      ["Problem area", "VPN IPsec"],
    ]);
  });

  it("validates firmware versions, with or without the build", () => {
    const withVersion = (firmwareVersion: string) =>
      validate("fortinet", { ...seeded, firmwareVersion });
    expect(withVersion("7.4.3")).toMatchObject({ ok: true, values: { firmwareVersion: "7.4.3" } });
    expect(withVersion("7.4.3 build2573")).toMatchObject({
      ok: true,
      values: { firmwareVersion: "7.4.3 build2573" },
    });
    // As `get system status` prints it.
    expect(withVersion("v7.4.3,build2573")).toMatchObject({
      ok: true,
      values: { firmwareVersion: "7.4.3 build2573" },
    });
    expect(withVersion("7.4")).toMatchObject({
      ok: false,
      fieldErrors: {
        firmwareVersion: ["Use the form 7.4.3, optionally with the build: 7.4.3 build2573."],
      },
    });
    expect(withVersion("7.4.3 b2573").ok).toBe(false);
  });

  it("requires the HA mode for FortiGate only", () => {
    const { haMode: _haMode, ...withoutHa } = seeded;
    expect(validate("fortinet", withoutHa)).toEqual({
      ok: false,
      fieldErrors: { haMode: ["Choose the HA mode (required for FortiGate)."] },
    });
    expect(
      validateVendorFields("fortinet", { ...withoutHa, productFamily: "FortiManager" }).ok,
    ).toBe(true);
  });

  it("reports the conditional requirement together with the other errors", () => {
    const result = validateVendorFields("fortinet", { productFamily: "FortiGate" });
    expect(result.ok ? [] : Object.keys(result.fieldErrors).sort()).toEqual([
      "firmwareVersion",
      "haMode",
      "problemArea",
    ]);
  });

  it("takes the number of VDOMs as digits, only with VDOMs enabled", () => {
    expect(
      validateVendorFields("fortinet", { ...seeded, vdomsEnabled: "on", vdomCount: "3" }),
    ).toMatchObject({
      ok: true,
      values: { vdomsEnabled: true, vdomCount: 3 },
    });
    expect(validate("fortinet", { ...seeded, vdomCount: "3" })).toMatchObject({
      ok: false,
      fieldErrors: { vdomCount: [expect.stringContaining("VDOMs enabled")] },
    });
    expect(
      validate("fortinet", { ...seeded, vdomsEnabled: true, vdomCount: "three" }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { vdomCount: ["Use digits only, like 3."] },
    });
  });
});

describe("version shapes and conditions", () => {
  const f5 = { platform: "VELOS", modules: ["LTM"], haMode: "standalone" };
  it.each([
    ["17.1.1", true],
    ["15.1.10.2", true],
    ["17.1", false],
    ["17.1.1-h1", false],
  ])("TMOS %s → %s", (tmosVersion, ok) => {
    expect(validateVendorFields("f5", { ...f5, tmosVersion }).ok).toBe(ok);
  });

  const pan = { deviceType: "VM-Series", haMode: "standalone", feature: "GlobalProtect" };
  it.each([
    ["11.1.2", true],
    ["10.2.9-h1", true],
    ["10.2.9h1", false],
    ["10.2", false],
  ])("PAN-OS %s → %s", (panosVersion, ok) => {
    expect(validateVendorFields("paloalto", { ...pan, panosVersion }).ok).toBe(ok);
  });

  it("needs at least one Check Point blade and one F5 module", () => {
    const checkpoint = {
      component: "Security Gateway",
      version: "R81.20",
      platform: "Quantum appliance",
      clusterMode: "none",
    };
    expect(validate("checkpoint", { ...checkpoint, blades: [] })).toMatchObject({
      ok: false,
      fieldErrors: { blades: ["Choose at least one blade."] },
    });
    expect(
      validateVendorFields("checkpoint", { ...checkpoint, blades: "IPS", jumboHotfixTake: "89" }),
    ).toMatchObject({
      ok: true,
      values: { blades: ["IPS"], jumboHotfixTake: 89 },
    });
    expect(validate("f5", { ...f5, tmosVersion: "17.1.1", modules: false })).toMatchObject({
      ok: false,
      fieldErrors: { modules: ["Choose at least one module."] },
    });
  });

  it("requires Imperva's site id for Cloud WAF and its version on premises", () => {
    const issue = { issueKind: "onboarding" };
    expect(validate("imperva", { ...issue, deployment: "Cloud WAF" })).toMatchObject({
      ok: false,
      fieldErrors: { accountSiteId: [expect.stringContaining("required for Cloud WAF")] },
    });
    expect(validate("imperva", { ...issue, deployment: "wafGateway" })).toMatchObject({
      ok: false,
      fieldErrors: {
        version: [expect.stringContaining("required for an on-premises WAF Gateway")],
      },
    });
    expect(validateVendorFields("imperva", { ...issue, deployment: "API Security" }).ok).toBe(true);
  });

  it("requires Tenable's version except for the cloud service", () => {
    expect(
      validateVendorFields("tenable", { product: "Tenable Vulnerability Management" }).ok,
    ).toBe(true);
    expect(validate("tenable", { product: "Nessus Professional" })).toMatchObject({
      ok: false,
      fieldErrors: { version: [expect.stringContaining("required for on-premises products")] },
    });
  });
});

describe("stored values", () => {
  it("joins choices, says Yes/No, marks missing answers and keeps unknown keys last", () => {
    const rows = renderVendorValues(
      "checkpoint",
      1,
      { blades: ["Firewall", "IPS"], component: "Maestro", legacyNote: "kept", flag: false },
      english,
    );
    expect(rows.map((row) => [row.label, row.value])).toEqual([
      ["Component", "Maestro"],
      ["Version", "—"],
      ["Jumbo Hotfix take", "—"],
      ["Platform", "—"],
      ["Blades involved", "Firewall, IPS"],
      ["Cluster mode", "—"],
      ["legacyNote", "kept"],
      ["flag", "No"],
    ]);
    expect(
      renderVendorValues("fortinet", 2, { vdomsEnabled: true }, english).find(
        (row) => row.key === "vdomsEnabled",
      )?.value,
    ).toBe("Yes");
  });

  it("shows choices by their labels in the reader's language, names as they are", () => {
    const values = { haMode: "activePassive", problemArea: "VPN IPsec", vdomsEnabled: true };
    const row = (t: Translate, key: string) =>
      renderVendorValues("fortinet", 2, values, t).find((candidate) => candidate.key === key);
    expect(row(english, "haMode")).toEqual({
      key: "haMode",
      label: "HA mode",
      value: "FGCP active-passive",
    });
    expect(row(polish, "haMode")).toEqual({
      key: "haMode",
      label: "Tryb HA",
      value: "FGCP aktywny-pasywny",
    });
    expect(row(polish, "problemArea")?.value).toBe("VPN IPsec");
    expect(row(polish, "vdomsEnabled")?.value).toBe("Tak");
  });

  it("reads values stored before choices had ids: the English label shows as its choice", () => {
    // What tickets stored until issue #15: the choice's English label.
    const old = {
      productFamily: "FortiGate",
      firmwareVersion: "7.4.3",
      haMode: "FGCP active-passive",
      problemArea: "firewall policy / NAT",
    };
    const shown = (t: Translate) =>
      renderVendorValues("fortinet", 1, old, t).map((row) => [row.label, row.value]);
    expect(shown(english)).toEqual([
      ["Product family", "FortiGate"],
      ["Firmware version", "7.4.3"],
      ["HA mode", "FGCP active-passive"],
      ["Problem area", "firewall policy / NAT"],
    ]);
    expect(shown(polish)).toEqual([
      ["Rodzina produktów", "FortiGate"],
      ["Wersja firmware", "7.4.3"],
      ["Tryb HA", "FGCP aktywny-pasywny"],
      ["Obszar problemu", "reguły firewalla / NAT"],
    ]);
    expect(
      renderVendorValues(
        "f5",
        1,
        { modules: ["LTM"], platform: "appliance (iSeries/rSeries)" },
        polish,
      )
        .filter((row) => row.value !== "—")
        .map((row) => row.value),
    ).toEqual(["urządzenie (iSeries/rSeries)", "LTM"]);
    // A label the registry never had is shown as it is.
    expect(renderVendorValues("fortinet", 1, { haMode: "HA of some kind" }, polish)[2]?.value).toBe(
      "HA of some kind",
    );
  });

  it("accepts an old English label as input and stores its id", () => {
    // Drafts, the demo seed and API callers written before ids still send labels.
    expect(
      validateVendorFields("fortinet", {
        productFamily: "FortiGate",
        firmwareVersion: "7.4.3",
        haMode: "FGCP active-passive",
        problemArea: "authentication / FSSO",
      }),
    ).toMatchObject({
      ok: true,
      values: { haMode: "activePassive", problemArea: "authenticationFsso" },
    });
    expect(
      validateVendorFields("imperva", {
        deployment: "WAF Gateway (on-premises)",
        issueKind: "false positive / blocking",
      }),
    ).toMatchObject({ ok: false, fieldErrors: { version: [expect.any(String)] } });
    expect(
      validateVendorFields("gigamon", {
        product: "GigaVUE-FM",
        version: "6.5.00",
        function: "de-duplication",
      }),
    ).toMatchObject({ ok: true, values: { function: "deduplication" } });
  });

  it("writes the validation messages in Polish", () => {
    const result = validateVendorFields("fortinet", { productFamily: "FortiGate" });
    expect(result.ok ? {} : result.fieldErrors.haMode?.map((m) => writeMessage(polish, m))).toEqual(
      ["Wybierz tryb HA (wymagane dla FortiGate)."],
    );
  });

  it("renders with the current labels for a version the registry does not know", () => {
    expect(renderVendorValues("other", 99, null, english).map((row) => row.label)).toEqual([
      "Product version",
      "Environment",
    ]);
  });

  it("renders a description list", () => {
    const html = renderToStaticMarkup(
      <InEnglish>
        <VendorValues
          vendorId="f5"
          version={1}
          values={{ modules: ["LTM", "APM"], haMode: "activeStandby" }}
        />
      </InEnglish>,
    );
    expect(html).toMatch(/^<dl/);
    expect(html).toContain("<dt");
    expect(html).toContain("LTM, APM");
    expect(html).toContain("TMOS version");
    expect(html).toContain(">active-standby</dd>");
    const polishHtml = renderToStaticMarkup(
      <InPolish>
        <VendorValues vendorId="f5" version={1} values={{ haMode: "active-standby" }} />
      </InPolish>,
    );
    expect(polishHtml).toContain("Wersja TMOS");
    expect(polishHtml).toContain(">aktywny-rezerwowy</dd>");
  });
});
