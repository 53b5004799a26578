const UNITS = ["KB", "MB", "GB", "TB"] as const;

/**
 * A byte count as people read it: "512 B", "412.5 MB", "1 GB". Binary multiples (1 GB =
 * 1024³ bytes), as operating systems show file sizes, so a limit of 1073741824 reads "1 GB".
 * Safe on the client and the server.
 */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  // One decimal at most, none when it is .0 ("1 GB", not "1.0 GB").
  const rounded = Math.round(value * 10) / 10;
  return `${Number.isInteger(rounded) ? rounded : rounded.toFixed(1)} ${UNITS[unit]}`;
}
