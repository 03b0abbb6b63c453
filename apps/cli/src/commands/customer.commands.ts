import { QueryBus } from '@nestjs/cqrs';
import { parseInstant } from '../../../../libs/domain/shared/instant';
import { CustomerEventsQuery, GetCustomerQuery } from '../../../api/src/customers/queries/customer.queries';
import { catchUp, CliCommand, recordAccess } from './cli-command';

export const history: CliCommand = {
  usage: "history <customerId>             the customer's audit history (NDJSON)",
  async run(cli) {
    if (cli.args.length !== 1) return 2;
    await catchUp(cli.infrastructure);
    const lines: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await cli.app.get(QueryBus).execute(new CustomerEventsQuery(cli.args[0], 'history', 500, cursor));
      lines.push(...page.items.map((item) => JSON.stringify(item)));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    await recordAccess(cli, 'customer.history', [cli.args[0].toLowerCase()]);
    lines.forEach((line) => cli.out(line));
    return 0;
  },
};

export const asOf: CliCommand = {
  usage: 'as-of <customerId> <instant>     the 360° view as of a business time (--known-at <instant> for system time)',
  async run(cli) {
    if (cli.args.length !== 2) return 2;
    await catchUp(cli.infrastructure);
    const knownAt = typeof cli.values['known-at'] === 'string' ? parseInstant(cli.values['known-at'], 'known-at') : undefined;
    const view = await cli.app.get(QueryBus).execute(new GetCustomerQuery(cli.args[0], parseInstant(cli.args[1], 'instant'), knownAt));
    await recordAccess(cli, 'customer.view', [view.customerId], { asOf: cli.args[1], ...(knownAt ? { knownAt } : {}) });
    cli.out(JSON.stringify(view, null, 2));
    return 0;
  },
};
