#!/usr/bin/env node
// Runs `tsc -p tsconfig.build.json` only when the compiled output may be out of date, so that
// `npm start` and `npm run crm` do not pay 10 s of compilation when nothing changed.
// Out of date = no stamp yet, a source or config file newer than the stamp, or the set of source
// files changed (a file added, removed or renamed). A plain script: it must run before any build.
'use strict';
const { spawnSync } = require('node:child_process');
const { existsSync, readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } = require('node:fs');
const { join, relative } = require('node:path');

const root = join(__dirname, '..');
const stampPath = join(root, 'dist', '.build-stamp.json');
const SOURCE_DIRS = ['apps', 'libs', 'bench'];
const CONFIG_FILES = ['tsconfig.json', 'tsconfig.build.json', 'package.json'];

function sources() {
  const found = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name === 'out') continue;
      const path = join(dir, entry.name);
      // The console's browser sources are bundled by esbuild (below), not compiled by tsc.
      if (path === join(root, 'apps', 'console')) continue;
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts')) found.push(path);
    }
  };
  for (const dir of SOURCE_DIRS) if (existsSync(join(root, dir))) walk(join(root, dir));
  return found;
}

function staleReason(files) {
  if (!existsSync(stampPath)) return 'no previous build';
  const stamp = JSON.parse(readFileSync(stampPath, 'utf8'));
  const listed = files.map((f) => relative(root, f)).sort().join('\n');
  if (stamp.files !== listed) return 'source files added or removed';
  const newer = [...files, ...CONFIG_FILES.map((f) => join(root, f))].find((f) => statSync(f).mtimeMs > stamp.builtAt);
  return newer ? `${relative(root, newer)} changed` : undefined;
}

// The console (apps/console) is bundled by esbuild, apart from tsc: rebuilt when its bundle is
// missing or older than one of its sources.
function buildConsoleIfStale() {
  if (require(join(root, 'apps', 'console', 'build.js')).consoleIsFresh()) return;
  process.stderr.write('building the console…\n');
  const result = spawnSync(process.execPath, [join(root, 'apps', 'console', 'build.js')], { stdio: 'inherit', cwd: root });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

buildConsoleIfStale();
const files = sources();
const reason = staleReason(files);
if (reason === undefined) process.exit(0);
const startedAt = Date.now();
process.stderr.write(`building (${reason})…\n`);
const tsc = require.resolve('typescript/bin/tsc');
const result = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit', cwd: root });
if (result.status !== 0) process.exit(result.status ?? 1);
mkdirSync(join(root, 'dist'), { recursive: true });
// The stamp takes the time the build started: a file saved during the build counts as newer.
writeFileSync(stampPath, JSON.stringify({ builtAt: startedAt, files: files.map((f) => relative(root, f)).sort().join('\n') }));
