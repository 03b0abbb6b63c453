import { ROLES, Role } from '../../../../libs/access/api-key.events';
import { rebuildProjection } from '../../../../libs/read-models/runner/rebuild';
import { ApiKeyService } from '../../../api/src/auth/api-key.service';
import { allProjections } from '../../../api/src/infrastructure/projections';
import { ProgressBar } from '../progress';
import { catchUp, cliContext, CliCommand } from './cli-command';

export const rebuild: CliCommand = {
  usage: 'rebuild <read-model>             rebuild a read model beside the live one, then switch',
  async run({ args, infrastructure }) {
    if (args.length !== 1) return 2;
    const projection = allProjections.find((p) => p.name === args[0]);
    if (!projection) throw new Error(`unknown read model "${args[0]}"; one of ${allProjections.map((p) => p.name).join(', ')}`);
    const bar = new ProgressBar(`rebuild ${args[0]}`);
    const result = await rebuildProjection(infrastructure.documentStore, infrastructure.eventStore, projection, {
      onProgress: (p) => bar.update(p.position, p.head),
    });
    bar.finish(`rebuilt ${result.projection} into ${result.collection}: ${result.events} events in ${result.seconds.toFixed(1)} s (${Math.round(result.events / Math.max(result.seconds, 0.001))} events/s); live now`);
    return 0;
  },
};

export const keys: CliCommand = {
  usage: 'keys create --role <role> [--name <name>] [--partner-id <id>]',
  async run(cli) {
    const role = cli.values.role as Role | undefined;
    if (cli.args[0] !== 'create' || !role || !ROLES.includes(role)) return 2;
    await catchUp(cli.infrastructure);
    const partnerId = cli.values['partner-id'] as string | undefined;
    const created = await cli.app.get(ApiKeyService).create({ role, name: (cli.values.name as string) ?? `${role} key`, ...(partnerId ? { partnerId } : {}) }, cliContext(cli));
    cli.out(JSON.stringify({ id: created.id, role, key: created.key }));
    process.stderr.write('the key is shown once; store it now\n');
    return 0;
  },
};
