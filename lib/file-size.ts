import { DEFAULT_LOCALE } from "./locale";

// Apart from lib/format, whose date formatting the upload widgets would otherwise carry into
// every ticket page's scripts.

const SIZE_UNITS = ["KB", "MB", "GB", "TB"] as const;

/**
 * A byte count as people read it: "512 B", "412.5 MB", "1 GB". Binary multiples (1 GB =
 * 1024³ bytes), as operating systems show file sizes, so a limit of 1073741824 reads "1 GB".
 */
export function formatFileSize(bytes: number, locale = DEFAULT_LOCALE): string {
  if (bytes < 1024) return `${bytes} B`;
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < SIZE_UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  // One decimal at most, none when it is .0 ("1 GB", not "1.0 GB").
  const rounded = Math.round(value * 10) / 10;
  return `${rounded.toLocaleString(locale, { useGrouping: false })} ${SIZE_UNITS[unit]}`;
}
