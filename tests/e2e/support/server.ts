import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

const SITE_ROOT = path.resolve(import.meta.dirname, '../../fixtures/site');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

export interface FixtureServer {
  origin: string;
  /** Serve this HTML at this path instead of the file (for pages that change between visits). */
  override: (pathname: string, html: string | null) => void;
  url: (pathname: string) => string;
  close: () => Promise<void>;
}

/** Serves tests/fixtures/site on 127.0.0.1; /app/<route> falls back to the single-page app's index. */
export async function startFixtureServer(): Promise<FixtureServer> {
  const overrides = new Map<string, string>();
  const server: Server = createServer(async (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const replaced = overrides.get(pathname);
    if (replaced !== undefined) {
      res.writeHead(200, { 'content-type': TYPES['.html'] }).end(replaced);
      return;
    }
    let file = path.normalize(path.join(SITE_ROOT, pathname));
    if (!file.startsWith(SITE_ROOT)) {
      res.writeHead(403).end();
      return;
    }
    if (pathname === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    if (pathname.endsWith('/')) file = path.join(file, 'index.html');
    else if (pathname.startsWith('/app/') && !path.extname(pathname))
      file = path.join(SITE_ROOT, 'app/index.html');
    try {
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><title>Not found</title><h1>Not found</h1>');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    override: (pathname, html) => {
      if (html === null) overrides.delete(pathname);
      else overrides.set(pathname, html);
    },
    url: (pathname) => `${origin}${pathname}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
