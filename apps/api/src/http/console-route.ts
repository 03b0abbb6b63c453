import { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { problem } from './problem';

/**
 * The analysts' console (apps/console, built by `npm run build:console` into apps/console/dist) at
 * `/console`. Public like /docs: the page holds no data; every figure it shows is fetched with the
 * key the user enters. The few built files are read once at start-up, so no request path ever
 * reaches the file system.
 */
export const CONSOLE_CSP = [
  "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data: blob:", "connect-src 'self'",
  "font-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'none'", "frame-ancestors 'none'",
].join('; ');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8', '.txt': 'text/plain; charset=utf-8', '.svg': 'image/svg+xml', '.json': 'application/json; charset=utf-8',
};

/** The built console, found beside the sources whether the API runs from them (tests) or from dist/. */
export function consoleDistDir(): string | undefined {
  const candidates = [join(__dirname, '../../../console/dist'), join(__dirname, '../../../../../apps/console/dist')];
  return candidates.find((dir) => existsSync(join(dir, 'index.html')));
}

interface ConsoleFile { type: string; body: Buffer; gzip: Buffer; etag: string }

function loadFiles(dir: string | undefined): Map<string, ConsoleFile> {
  const files = new Map<string, ConsoleFile>();
  if (!dir || !existsSync(join(dir, 'index.html'))) return files;
  for (const name of readdirSync(dir)) {
    const type = TYPES[extname(name)];
    if (!type) continue;
    const body = readFileSync(join(dir, name));
    // Compressed once here: the bundle is ~200 KiB, ~70 KiB gzipped.
    files.set(name, { type, body, gzip: gzipSync(body), etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 16)}"` });
  }
  return files;
}

const acceptsGzip = (request: FastifyRequest): boolean => /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));

export function setUpConsole(fastify: FastifyInstance, dir = consoleDistDir()): void {
  const files = loadFiles(dir);
  const answer = (name: string, request: FastifyRequest, reply: FastifyReply) => {
    const file = files.get(name);
    if (!file) {
      const status = files.size ? 404 : 503;
      const detail = files.size ? `the console has no file ${name}` : 'the console is not built: run `npm run build:console` (npm start builds it)';
      return reply.status(status).type('application/problem+json').send(problem(status, status === 404 ? 'not-found' : 'console-not-built', detail));
    }
    // Built names carry no hash, so the browser revalidates (a 304 on the ETag, answerNotModified).
    void reply.type(file.type).header('cache-control', 'no-cache').header('etag', file.etag).header('vary', 'accept-encoding')
      .header('content-security-policy', CONSOLE_CSP);
    return acceptsGzip(request) ? reply.header('content-encoding', 'gzip').send(file.gzip) : reply.send(file.body);
  };
  fastify.get('/console', (request, reply) => answer('index.html', request, reply));
  fastify.get('/console/*', (request, reply) => answer((request.params as { '*': string })['*'] || 'index.html', request, reply));
}
