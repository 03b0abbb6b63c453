import { NestFactory } from '@nestjs/core';
import { INestApplicationContext } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { ROLES, Role } from '../../../libs/access/api-key.events';
import { parseInstant } from '../../../libs/domain/shared/instant';
import { ApiKeyService } from '../../api/src/auth/api-key.service';
import { loadConfig } from '../../api/src/config/config';
import { CustomerEventsQuery, GetCustomerQuery } from '../../api/src/customers/queries/customer.queries';
import { Infrastructure, openInfrastructure } from '../../api/src/infrastructure/infrastructure';
import { toProblem } from '../../api/src/http/problem.filter';
import { rebuildProjection } from '../../../libs/read-models/runner/rebuild';
import { allProjections } from '../../api/src/infrastructure/projections';
import { CliModule } from './cli.module';
import { ProgressBar } from './progress';

const USAGE = `usage: crm <command>
  rebuild <read-model>             rebuild a read model beside the live one, then switch
  history <customerId>             the customer's audit history (NDJSON)
  as-of <customerId> <instant>     the 360° view as of a business time (--known-at <instant> for system time)
  keys create --role <role> [--name <name>] [--partner-id <id>]`;

/** Runs one CLI command; resolves to the exit code. */
export async function runCli(argv: string[], out: (line: string) => void = (l) => process.stdout.write(`${l}\n`)): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { role: { type: 'string' }, name: { type: 'string' }, 'partner-id': { type: 'string' }, 'known-at': { type: 'string' }, help: { type: 'boolean' } },
  });
  const [command, ...args] = positionals;
  if (!command || values.help) {
    out(USAGE);
    return command || values.help ? 0 : 2;
  }
  const config = loadConfig();
  const infrastructure = await openInfrastructure(config);
  const app = await NestFactory.createApplicationContext(CliModule.with(infrastructure, config), { logger: false });
  try {
    return await dispatch(command, args, values, app, infrastructure, out);
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

async function dispatch(command: string, args: string[], values: Record<string, unknown>, app: INestApplicationContext, infrastructure: Infrastructure, out: (line: string) => void): Promise<number> {
  const queries = app.get(QueryBus);
  switch (command) {
    case 'rebuild': {
      if (args.length !== 1) return usage(out);
      const projection = allProjections.find((p) => p.name === args[0]);
      if (!projection) throw new Error(`unknown read model "${args[0]}"; one of ${allProjections.map((p) => p.name).join(', ')}`);
      const bar = new ProgressBar(`rebuild ${args[0]}`);
      const result = await rebuildProjection(infrastructure.documentStore, infrastructure.eventStore, projection, {
        onProgress: (p) => bar.update(p.position, p.head),
      });
      bar.finish(`rebuilt ${result.projection} into ${result.collection}: ${result.events} events in ${result.seconds.toFixed(1)} s (${Math.round(result.events / Math.max(result.seconds, 0.001))} events/s); live now`);
      return 0;
    }
    case 'history': {
      if (args.length !== 1) return usage(out);
      await catchUp(infrastructure);
      let cursor: string | undefined;
      do {
        const page = await queries.execute(new CustomerEventsQuery(args[0], 'history', 500, cursor));
        page.items.forEach((item) => out(JSON.stringify(item)));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return 0;
    }
    case 'as-of': {
      if (args.length !== 2) return usage(out);
      await catchUp(infrastructure);
      const knownAt = typeof values['known-at'] === 'string' ? parseInstant(values['known-at'], 'known-at') : undefined;
      out(JSON.stringify(await queries.execute(new GetCustomerQuery(args[0], parseInstant(args[1], 'instant'), knownAt)), null, 2));
      return 0;
    }
    case 'keys': {
      const role = values.role as Role | undefined;
      if (args[0] !== 'create' || !role || !ROLES.includes(role)) return usage(out);
      await catchUp(infrastructure);
      const context = { actor: `cli:${process.env.USER ?? 'operator'}`, correlationId: randomUUID(), source: 'cli' as const, occurredAt: new Date().toISOString() };
      const partnerId = values['partner-id'] as string | undefined;
      const created = await app.get(ApiKeyService).create({ role, name: (values.name as string) ?? `${role} key`, ...(partnerId ? { partnerId } : {}) }, context);
      out(JSON.stringify({ id: created.id, role, key: created.key }));
      process.stderr.write('the key is shown once; store it now\n');
      return 0;
    }
    default:
      return usage(out);
  }
}

/** The CLI reads read models, so it first brings them to the log head (another process may have written). */
async function catchUp(infrastructure: Infrastructure): Promise<void> {
  const head = await infrastructure.eventStore.headPosition();
  await infrastructure.runner.start();
  if (!(await infrastructure.runner.waitForPosition(head, 10 * 60_000))) throw new Error('read models did not catch up');
}

function usage(out: (line: string) => void): number {
  out(USAGE);
  return 2;
}
