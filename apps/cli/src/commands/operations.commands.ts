import { rebuildProjection } from '../../../../libs/read-models/runner/rebuild';
import { allProjections } from '../../../api/src/infrastructure/projections';
import { ProgressBar } from '../progress';
import { CliCommand } from './cli-command';

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
