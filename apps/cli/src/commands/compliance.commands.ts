import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { EraseSubjectCommand } from '../../../api/src/compliance/erase-subject.handler';
import { ExportSubjectQuery } from '../../../api/src/compliance/export-subject.handler';
import { subjectsOfExport } from '../../../api/src/compliance/records-access.decorator';
import { catchUp, cliContext, CliCommand, recordAccess } from './cli-command';

export const exportSubject: CliCommand = {
  usage: 'export <customerId|leadId>       all personal data and history of the subject (JSON); recorded in the access log',
  async run(cli) {
    if (cli.args.length !== 1) return 2;
    await catchUp(cli.infrastructure);
    const exported = await cli.app.get(QueryBus).execute(new ExportSubjectQuery(cli.args[0].toLowerCase()));
    await recordAccess(cli, 'subject.export', subjectsOfExport(exported));
    cli.out(JSON.stringify(exported, null, 2));
    return 0;
  },
};

export const erase: CliCommand = {
  usage: "erase <customerId|leadId> [--reason <text>] destroy the subject's keys (with merged records and converted leads) (crypto-shredding); facts stay for analytics",
  async run(cli) {
    if (cli.args.length !== 1) return 2;
    await catchUp(cli.infrastructure);
    const reason = typeof cli.values.reason === 'string' ? cli.values.reason : undefined;
    const result = await cli.app.get(CommandBus).execute(new EraseSubjectCommand(cli.args[0].toLowerCase(), reason, cliContext(cli)));
    cli.out(JSON.stringify({ id: result.id, revision: result.revision, position: result.position, erased: true }));
    return 0;
  },
};
