/**
 * A minimal static file server over a built site, on 127.0.0.1 and a free port: Pagefind and
 * service workers need HTTP, not file://. Serves index.html for folders and the site's own
 * 404 page for anything missing, like a static host would. When the site has a `_headers` file
 * (Netlify / Cloudflare Pages format), its headers are sent too, as those hosts would.
 */
import { createReadStream, existsSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { headersFor, parseHeadersFile } from "../lib/site/security-headers.ts";

type HeaderRules = ReturnType<typeof parseHeadersFile>;

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".wasm": "application/wasm",
  ".csv": "text/csv; charset=utf-8",
  ".yml": "text/yaml; charset=utf-8",
};

export interface StaticServer {
  url: string;
  /** Paths requested so far, in order (for tests that count what a page fetches). */
  requests: string[];
  /** Serves another folder from now on at the same address (a new build being deployed). */
  serve(root: string): void;
  /**
   * false: every connection is cut without a response, as when the network is gone. Unlike
   * Playwright's offline emulation, this also holds for a service worker's own requests.
   */
  setReachable(reachable: boolean): void;
  close(): Promise<void>;
}

/**
 * @example const server = await serveDirectory("_site"); await page.goto(`${server.url}/id/`);
 */
export async function serveDirectory(initialRoot: string): Promise<StaticServer> {
  const requests: string[] = [];
  let root = initialRoot;
  let rules: HeaderRules = [];
  let reachable = true;
  const serve = (folder: string) => {
    root = folder;
    const headersFile = path.join(root, "_headers");
    rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, "utf8")) : [];
  };
  serve(initialRoot);
  const server = createServer((request, response) => {
    if (!reachable) {
      request.socket.destroy();
      return;
    }
    const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    requests.push(pathname);
    for (const [name, value] of Object.entries(headersFor(rules, pathname))) response.setHeader(name, value);
    let file = path.join(root, path.normalize(pathname));
    if (!file.startsWith(path.resolve(root))) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, "index.html");
    if (!existsSync(file)) {
      const notFound = path.join(root, "404.html");
      response.writeHead(404, { "content-type": TYPES[".html"]! });
      if (existsSync(notFound)) createReadStream(notFound).pipe(response);
      else response.end("not found");
      return;
    }
    response.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    serve,
    setReachable: (value) => {
      reachable = value;
      // Keep-alive connections would otherwise still carry requests.
      if (!value) server.closeAllConnections();
    },
    close: () =>
      new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
