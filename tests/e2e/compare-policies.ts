import { createServer, type Server } from 'node:http';

// Invented privacy policies for the comparison e2e tests: three companies with different practices, and a
// second version of one of them. Written for these tests; no text comes from real policies or the corpus.
// They are served on 127.0.0.1 under made-up ".test" host names (one saved site per host; the browser maps them
// with launchExtension({ localHostSuffix: '.test' })).

export interface PolicyServer {
  port: number;
  /** The URL of a served page on a given host name, e.g. url('acme.test', '/privacy'). */
  url(host: string, pathname: string): string;
  setPage(host: string, pathname: string, html: string): void;
  close(): Promise<void>;
}

export async function startPolicyServer(): Promise<PolicyServer> {
  const pages = new Map<string, string>();
  const server: Server = createServer((req, res) => {
    // No icon, and no 404 for it either: the suite fails on console errors.
    if (req.url === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const html = pages.get(`${host}${req.url ?? '/'}`);
    if (html === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' })
      .end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    port,
    url: (host, pathname) => `http://${host}:${port}${pathname}`,
    setPage: (host, pathname, html) => void pages.set(`${host}${pathname}`, html),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export interface PolicyOptions {
  company: string;
  domain: string;
  updated: string;
  sells: boolean;
  retentionDays: number;
  extraCollection?: string;
  extraSharing?: string;
  rightsParagraph: string;
}

export function policyHtml(o: PolicyOptions): string {
  const p = (text: string) => `<p>${text}</p>`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Privacy Policy | ${o.company}</title></head>
<body>
<header><nav><a href="/">Home</a> <a href="/privacy">Privacy</a></nav></header>
<main>
<h1>Privacy Policy</h1>
${p(`Last updated: ${o.updated}`)}
${p(`This Privacy Policy explains how ${o.company} ("we", "us") collects, uses and shares personal information when you use ${o.domain} and our related services. Please read it carefully.`)}
<h2>Information We Collect</h2>
${p('We collect your name, email address and postal address when you create an account or place an order.')}
${p('We automatically collect your IP address, browser type and the pages you view when you visit our website.')}
${o.extraCollection ? p(o.extraCollection) : ''}
<h2>How We Use Information</h2>
${p('We use personal information to process orders, provide customer support, improve our services and keep our website secure.')}
<h2>How We Share Information</h2>
${p('We share personal information with service providers who host our website and deliver orders on our behalf.')}
${o.extraSharing ? p(o.extraSharing) : ''}
${p(o.sells ? 'We sell personal information to advertising partners and data brokers for their own marketing.' : 'We do not sell your personal information to anyone.')}
<h2>How Long We Keep Information</h2>
${p(`We keep order records for ${o.retentionDays} days after delivery, and then delete them.`)}
<h2>Your Rights</h2>
${p(o.rightsParagraph)}
<h2>Security</h2>
${p('We use encryption and access controls to protect personal information, but no method of transmission over the internet is completely secure.')}
<h2>Children</h2>
${p('Our services are not directed to children under 13, and we do not knowingly collect personal information from children.')}
<h2>Changes to This Policy</h2>
${p('We may update this Privacy Policy from time to time. We will notify you by email before material changes take effect.')}
<h2>Contact Us</h2>
${p(`If you have questions about this Privacy Policy, contact us at privacy@${o.domain}.`)}
</main>
<footer>${o.company}</footer>
</body></html>`;
}

export const ACME: PolicyOptions = {
  company: 'Acme Outdoor Co',
  domain: 'acme.test',
  updated: 'March 1, 2025',
  sells: false,
  retentionDays: 30,
  rightsParagraph:
    'You have the right to access, correct and delete your personal information. You may also request a copy of your data in a portable format. To exercise these rights, email us.',
};

/** Acme's second version: now sells data, keeps records three times longer and collects precise location. */
export const ACME_CHANGED: PolicyOptions = {
  ...ACME,
  updated: 'October 1, 2026',
  sells: true,
  retentionDays: 90,
  extraCollection:
    'With your permission we collect the precise GPS location of your device to show nearby stores.',
};

export const BIRCH: PolicyOptions = {
  company: 'Birch Books',
  domain: 'birch.test',
  updated: 'June 12, 2025',
  sells: false,
  retentionDays: 14,
  rightsParagraph:
    'You have the right to access, correct, delete and port your personal information, to object to or restrict our processing, and to withdraw your consent at any time. You may also lodge a complaint with your local data protection authority.',
};

export const CEDAR: PolicyOptions = {
  company: 'Cedar Games',
  domain: 'cedar.test',
  updated: 'January 5, 2024',
  sells: true,
  retentionDays: 730,
  extraSharing:
    'We share device identifiers with advertising networks so they can show you personalised ads.',
  rightsParagraph: 'You may ask us for a copy of the personal information we hold about you.',
};
