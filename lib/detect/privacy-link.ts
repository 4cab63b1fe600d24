// STAGE STUB (owner: detect helper). Runs in the all-pages content script: no heavy imports.
/** The site's privacy-policy link as an absolute URL, or null. */
export function findPrivacyLink(_doc: Document, _url: URL): string | null {
  return null;
}
