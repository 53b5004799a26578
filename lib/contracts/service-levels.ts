import type { ServiceLevel } from "@/db/schema";

/** How each service level is written for people: support hours, then response time. */
export const serviceLevelLabels: Record<ServiceLevel, string> = {
  "8x5_nbd": "8x5 NBD",
  "8x5_4h": "8x5 4h",
  "24x7_4h": "24x7 4h",
};

export const serviceLevelLabel = (level: ServiceLevel) => serviceLevelLabels[level];
