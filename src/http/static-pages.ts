import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";

/**
 * What a page may load: only its own files and this server's /graphql.
 * Fonts may also be data: URLs, the way GraphiQL's stylesheet embeds its own.
 */
export const PAGE_CONTENT_SECURITY_POLICY =
  "default-src 'self'; connect-src 'self'; img-src 'self' data:; font-src 'self' data:; style-src 'self' 'unsafe-inline'";

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".json": "application/json",
};

const PAGE_HEADERS = {
  "content-security-policy": PAGE_CONTENT_SECURITY_POLICY,
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "x-frame-options": "DENY",
  "cache-control": "no-cache",
};

interface PageFile {
  readonly body: Buffer;
  readonly contentType: string;
}

export interface StaticPages {
  /** The pages found at start-up, e.g. ["explore"]. */
  readonly names: readonly string[];
  /** Answers the request and returns true when the path belongs to a page; false otherwise. */
  serve(req: IncomingMessage, res: ServerResponse, pathname: string): boolean;
}

/** Every file of dist/web/<page>/, read once, keyed by its URL path; requests never reach the disk. */
function readPageFiles(root: string, names: readonly string[]): Map<string, PageFile> {
  const files = new Map<string, PageFile>();
  for (const page of names) {
    const dir = path.join(root, page);
    for (const file of readdirSync(dir)) {
      const contentType = CONTENT_TYPES[path.extname(file)];
      if (!contentType || !statSync(path.join(dir, file)).isFile()) continue;
      const entry = { body: readFileSync(path.join(dir, file)), contentType };
      files.set(`/${page}/${file}`, entry);
      if (file === "index.html") files.set(`/${page}/`, entry);
    }
  }
  return files;
}

function pageNames(root: string): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root).filter((name) => existsSync(path.join(root, name, "index.html")));
}

function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify(body));
}

/** The pages built into `root` (dist/web); when disabled, their paths answer 404 saying how to enable them. */
export function loadStaticPages(root: string, enabled: boolean): StaticPages {
  const names = pageNames(root);
  const files = enabled ? readPageFiles(root, names) : new Map<string, PageFile>();
  const owner = (pathname: string): string | undefined =>
    names.find((page) => pathname === `/${page}` || pathname.startsWith(`/${page}/`));

  const serve = (req: IncomingMessage, res: ServerResponse, pathname: string): boolean => {
    const page = owner(pathname);
    if (!page) return false;
    if (!enabled) {
      sendJson(res, 404, {
        error: `/${page} is off; set GRAPHQL_PAGES=true (or GRAPHQL_INTROSPECTION=true) to serve it`,
      });
      return true;
    }
    if (req.method !== "GET" && req.method !== "HEAD") {
      sendJson(res, 405, { error: `/${page} answers GET and HEAD only` }, { allow: "GET, HEAD" });
      return true;
    }
    if (pathname === `/${page}`) {
      res.writeHead(308, { location: `/${page}/` });
      res.end();
      return true;
    }
    const file = files.get(pathname);
    if (!file) {
      sendJson(res, 404, { error: `no file ${pathname}; the page is at /${page}/` });
      return true;
    }
    res.writeHead(200, {
      ...PAGE_HEADERS,
      "content-type": file.contentType,
      "content-length": file.body.length,
    });
    res.end(req.method === "HEAD" ? undefined : file.body);
    return true;
  };
  return { names, serve };
}
