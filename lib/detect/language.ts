// STAGE STUB (owner: text/detect helper): replace with a real stop-word language detector.
export function detectLanguage(_text: string): string {
  return 'en';
}
