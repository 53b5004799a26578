/** The locale the portal writes in until a user chooses another: British English. */
export const DEFAULT_LOCALE = "en-GB";
