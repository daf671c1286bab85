/** JSON bodies of ordinary requests; a 1 MB article is long (about 150,000 words). */
export const JSON_BODY_LIMIT = 1024 * 1024;
/** Imported files (a whole exported timeline with its article texts). */
export const UPLOAD_BODY_LIMIT = 20 * 1024 * 1024;
