import { NestFactory } from '@nestjs/core';
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { loadConfig } from '../../api/src/config/config';
import { openInfrastructure } from '../../api/src/infrastructure/infrastructure';
import { toProblem } from '../../api/src/http/problem.filter';
import { CliModule } from './cli.module';
import { runImportCommand } from './import-command';
import { CliCommand, operatorActor } from './commands/cli-command';
import { erase, exportSubject } from './commands/compliance.commands';
import { asOf, history } from './commands/customer.commands';
import { rebuild } from './commands/operations.commands';
import { keys } from './commands/keys.command';

/** Every command the CLI knows; each lives in ./commands beside its kin. */
const COMMANDS: Record<string, CliCommand> = {
  rebuild,
  history,
  'as-of': asOf,
  export: exportSubject,
  erase,
  keys,
};

const USAGE = ['usage: crm <command>', ...Object.values(COMMANDS).map((command) => `  ${command.usage}`)].join('\n');

/** Runs one CLI command; resolves to the exit code. */
export async function runCli(argv: string[], out: (line: string) => void = (l) => process.stdout.write(`${l}\n`)): Promise<number> {
  if (argv[0] === 'import') return runImportCommand(argv.slice(1), out); // own options and progress: apps/cli/src/import-command.ts
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      role: { type: 'string' }, name: { type: 'string' }, 'partner-id': { type: 'string' }, 'known-at': { type: 'string' },
      reason: { type: 'string' }, help: { type: 'boolean' },
    },
  });
  const [name, ...args] = positionals;
  if (!name || values.help) {
    out(USAGE);
    return name || values.help ? 0 : 2;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) return usage(out);
  // The CLI brings the read models up to date on its own loop (catchUp), never in a thread.
  const config = { ...loadConfig(), projectionsIn: 'loop' as const };
  const infrastructure = await openInfrastructure(config);
  const app = await NestFactory.createApplicationContext(CliModule.with(infrastructure, config), { logger: false });
  try {
    const code = await command.run({ app, infrastructure, args, values, out, actor: operatorActor(), requestId: randomUUID() });
    return code === 2 ? usage(out) : code;
  } catch (error) {
    // The operator sees the real reason; problem mapping only hides internals from HTTP clients.
    const { body } = toProblem(error);
    const detail = body.status >= 500 && error instanceof Error ? error.message : (body.detail ?? body.title);
    process.stderr.write(`crm: ${detail}${body.errors ? ` ${JSON.stringify(body.errors)}` : ''}\n`);
    return 1;
  } finally {
    await app.close();
  }
}

function usage(out: (line: string) => void): number {
  out(USAGE);
  return 2;
}
