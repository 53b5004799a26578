// The vendor registry (lib/vendors/index.ts) owns vendor names; this module only keeps the
// imports written before the registry existed working.
export { vendorName, vendorNames } from "./index";
