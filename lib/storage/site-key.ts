/** The key a site's summaries are kept under: the hostname without "www.", or null for non-web URLs. */
export function siteOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  const host = parsed.hostname.toLowerCase();
  return host.startsWith('www.') ? host.slice(4) : host || null;
}
