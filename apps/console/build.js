#!/usr/bin/env node
// Bundles the console (TypeScript + Chart.js + CSS) with esbuild into apps/console/dist, which
// the API serves at /console. `npm start` runs it through scripts/build-if-stale.js and the test
// run's global set-up through buildConsoleIfStale(), before any suite starts an app that serves it.
// Prints the sizes it wrote (raw and gzip).
'use strict';
const { build } = require('esbuild');
const { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } = require('node:fs');
const { join } = require('node:path');
const { gzipSync } = require('node:zlib');

const here = __dirname;
const outdir = join(here, 'dist');

async function buildConsole() {
  rmSync(outdir, { recursive: true, force: true });
  mkdirSync(outdir, { recursive: true });
  await build({
    entryPoints: [join(here, 'src', 'main.ts')], outfile: join(outdir, 'console.js'), bundle: true, minify: true, sourcemap: 'linked',
    format: 'iife', target: ['chrome115', 'firefox115', 'safari16'], legalComments: 'linked', logLevel: 'warning',
  });
  copyFileSync(join(here, 'index.html'), join(outdir, 'index.html'));
  return sizes();
}

/** Bytes of what a browser downloads (source maps and licence texts aside), raw and gzipped. */
function sizes() {
  const files = readdirSync(outdir).filter((name) => /\.(js|css|html)$/.test(name) && !name.endsWith('.LEGAL.txt'));
  return files.map((name) => ({ name, bytes: statSync(join(outdir, name)).size, gzip: gzipSync(readFileSync(join(outdir, name))).length }));
}

/** Source files of the console, for the stale check. */
function consoleSources() {
  const found = [join(here, 'index.html'), join(here, 'build.js')];
  const walk = (dir) => readdirSync(dir, { withFileTypes: true }).forEach((e) => (e.isDirectory() ? walk(join(dir, e.name)) : found.push(join(dir, e.name))));
  walk(join(here, 'src'));
  return found;
}

/** Whether the bundle exists and is newer than every source. */
function consoleIsFresh() {
  const bundle = join(outdir, 'console.js');
  const builtAt = existsSync(join(outdir, 'index.html')) && existsSync(bundle) ? statSync(bundle).mtimeMs : 0;
  return builtAt > 0 && !consoleSources().some((f) => statSync(f).mtimeMs > builtAt);
}

/** Builds only when stale: a fresh bundle is never removed from under an app that serves it. */
async function buildConsoleIfStale() {
  return consoleIsFresh() ? undefined : buildConsole();
}

module.exports = { buildConsole, buildConsoleIfStale, consoleIsFresh, consoleSources, consoleDist: outdir };

if (require.main === module) {
  const started = Date.now();
  buildConsole().then((written) => {
    for (const f of written) process.stderr.write(`console: ${f.name} ${(f.bytes / 1024).toFixed(1)} KiB (${(f.gzip / 1024).toFixed(1)} KiB gzip)\n`);
    process.stderr.write(`console: built in ${Date.now() - started} ms\n`);
  }, (error) => {
    process.stderr.write(`console build failed: ${error.message}\n`);
    process.exit(1);
  });
}
