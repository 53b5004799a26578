// Reading a vendor's debug file (issue #16): what the reader hands an extractor, and what an
// extractor gives back. Extractors are pure functions, one per vendor, in lib/vendors/extractors.

/** A plain file, or one archive member, as text (bounded by the reader's limits). */
export type DebugText = {
  /** The file's name, or the member's path inside the archive ("tmp/cli/show_system_info.txt"). */
  name: string;
  text: string;
};

/** What an extractor could tell from a debug file. */
export type Extraction = {
  /**
   * Additional Information values by the vendor's field keys (lib/vendors/<vendor>.ts), each as
   * the form stores it: a choice's id ("activePassive"), a version as text, a number, a boolean
   * for a checkbox, ids for a multiselect. Only what the file says; nothing guessed.
   */
  values: Record<string, string | number | boolean | string[]>;
  /** Who the file is from, to compare with the ticket's asset. */
  found: { serial?: string; hostname?: string; model?: string };
};

/** One vendor's extractor. */
export type Extractor = {
  /** The registry's vendor id ("fortinet"). */
  vendor: string;
  /**
   * The archive members it reads (paths inside a tar/tgz/qkview), matched against each
   * member's path; a plain text file is always offered. The reader reads only these.
   */
  members: readonly RegExp[];
  /** The values and facts in the texts; null when none of them is this vendor's output. */
  extract(texts: readonly DebugText[]): Extraction | null;
};
