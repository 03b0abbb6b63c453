import { Role, ROLES } from '../../../../libs/access/api-key.events';
import { ApiKeyService } from '../../../api/src/auth/api-key.service';
import { catchUp, cliContext, CliCommand, CliRun } from './cli-command';

/** `crm keys create|list|revoke`: the service behind /v1/api-keys, so both behave alike. */
export const keys: CliCommand = {
  usage: 'keys create --role <role> [--name <name>] [--partner-id <id>] | keys list | keys revoke <keyId>',
  async run(cli) {
    const [sub, ...rest] = cli.args;
    const run = sub === 'create' && rest.length === 0 ? create : sub === 'list' && rest.length === 0 ? list : sub === 'revoke' && rest.length === 1 ? revoke : undefined;
    if (!run) return 2;
    // Keys live in a read model another process may have written.
    await catchUp(cli.infrastructure);
    return run(cli, cli.app.get(ApiKeyService));
  },
};

async function create(cli: CliRun, keys: ApiKeyService): Promise<number> {
  const role = cli.values.role as Role | undefined;
  if (!role || !ROLES.includes(role)) return 2;
  const partnerId = cli.values['partner-id'] as string | undefined;
  const created = await keys.create({ role, name: (cli.values.name as string) ?? `${role} key`, ...(partnerId ? { partnerId } : {}) }, cliContext(cli));
  cli.out(JSON.stringify({ id: created.id, role, key: created.key }));
  process.stderr.write('the key is shown once; store it now\n');
  return 0;
}

/** One JSON line per key; never a secret or its hash. */
async function list(cli: CliRun, keys: ApiKeyService): Promise<number> {
  let cursor: string | undefined;
  do {
    const page = await keys.list(500, cursor);
    page.items.forEach((key) => cli.out(JSON.stringify(key)));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return 0;
}

async function revoke(cli: CliRun, keys: ApiKeyService): Promise<number> {
  const result = await keys.revoke(cli.args[1], cliContext(cli));
  cli.out(JSON.stringify({ id: result.id, revoked: true, position: result.position }));
  return 0;
}
