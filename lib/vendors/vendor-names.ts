// Display names of the vendor ids stored on assets. The per-vendor registry (one module per
// manufacturer, with its ticket fields) will own these names once it exists.
export const vendorNames: Record<string, string> = {
  fortinet: "Fortinet",
  checkpoint: "Check Point",
  f5: "F5",
  paloalto: "Palo Alto Networks",
  gigamon: "Gigamon",
  imperva: "Imperva",
  tenable: "Tenable",
  other: "Other",
};

/** The vendor's name, or the stored id itself for a vendor not known here. */
export const vendorName = (id: string) => vendorNames[id] ?? id;
