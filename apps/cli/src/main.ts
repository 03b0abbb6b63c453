#!/usr/bin/env node
import 'reflect-metadata';
import { ConfigError } from '../../api/src/config/config';
import { runCli } from './run-cli';

runCli(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    const message = error instanceof ConfigError ? `configuration error: ${error.message}` : error instanceof Error ? error.message : String(error);
    process.stderr.write(`crm: ${message}\n`);
    process.exit(1);
  },
);
