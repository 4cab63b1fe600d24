// STAGE STUB (owner: detect helper). Runs in the all-pages content script: no imports of compromise, React or zod.
/** Cheap decision whether a page is a privacy policy; score in 0..1. */
export function scorePolicyPage(_doc: Document, _url: URL): { isPolicy: boolean; score: number } {
  return { isPolicy: false, score: 0 };
}
