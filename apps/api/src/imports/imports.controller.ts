import { Controller, Inject, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiConsumes, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { FastifyReply, FastifyRequest } from 'fastify';
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { ImportMapping, parseMapping } from '../../../../libs/domain/import/mapping';
import { EventStore } from '../../../../libs/event-store/event-store.port';
import { actorOf } from '../auth/principal';
import { problem, ProblemError } from '../http/problem';
import { EVENT_STORE, SUBJECT_KEYS } from '../infrastructure/tokens';
import { SubjectKeyStore } from '../../../../libs/privacy/subject-keys';
import { ReadModels } from '../read-side/read-models.service';
import { CustomerImport } from './customer-import';
import { ImportSummary, ReportEntry } from './import-report';
import { formatOf, readRecords } from './import-source';
import { Command } from '../http/openapi/operation-kinds';

/** The answer lists at most this many rows that were not imported; the counts cover them all. */
const PROBLEMS_SHOWN = 1000;

@ApiTags('imports')
@ApiBearerAuth()
@Controller('v1/imports')
export class ImportsController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(ReadModels) private readonly readModels: ReadModels,
    @Inject(SUBJECT_KEYS) private readonly keys: SubjectKeyStore,
  ) {}

  @Post()
  @Command('ImportReport', { ifMatch: false, idempotent: false })
  @ApiConsumes('text/csv', 'application/x-ndjson')
  @ApiQuery({ name: 'mapping', required: false, description: 'URL-encoded JSON column mapping: {"columns":{"E-mail":"emails",…},"defaults":{"kind":"person"}} (docs/identity.md)' })
  @ApiOperation({
    summary: 'Import customers from a CSV (header line first) or NDJSON body, streamed row by row',
    description: 'Each valid row is one registration; invalid rows, duplicates in the body and duplicates of existing customers are counted and listed '
      + `(first ${PROBLEMS_SHOWN}) with row (line number), field, column and reason. Sending the same data again adds nothing (ids derive from the rows).`,
  })
  async create(@Req() request: FastifyRequest, @Query('mapping') mappingJson: string | undefined, @Res({ passthrough: true }) reply: FastifyReply): Promise<ImportSummary & { problems: ReportEntry[]; problemsTruncated: boolean }> {
    const format = formatOf(request.headers['content-type']?.split(';')[0]);
    if (!format || !(request.body instanceof Readable)) {
      throw new ProblemError(problem(415, 'unsupported-media-type', 'send the rows as text/csv or application/x-ndjson'));
    }
    const mapping = mappingJson === undefined ? undefined : readMapping(mappingJson);
    const problems: ReportEntry[] = [];
    const summary = await new CustomerImport(
      {
        eventStore: this.store,
        prepareSubjects: (ids) => this.keys.ensureKeys(ids),
        customers: async () => {
          await this.readModels.awaitPosition(await this.store.headPosition());
          return this.readModels.collection('customer-360');
        },
      },
      {
        importId: `import-${randomUUID()}`, actor: request.principal ? actorOf(request.principal) : 'unknown', mapping, maxFutureSkewMs: request.server.maxFutureSkewMs,
        onReport: (entry) => void (problems.length < PROBLEMS_SHOWN && problems.push(entry)),
      },
    ).run(readRecords(request.body, format));
    void reply.status(200);
    const notImported = summary.invalid + summary.duplicatesInFile + summary.duplicatesOfExisting + summary.failed;
    return { ...summary, problems, problemsTruncated: notImported > problems.length };
  }
}

function readMapping(json: string): ImportMapping {
  try {
    return parseMapping(JSON.parse(json));
  } catch (error) {
    if (error instanceof SyntaxError) throw new ProblemError(problem(400, 'bad-mapping', 'mapping is not valid JSON', { errors: [{ field: 'mapping', message: 'must be JSON' }] }));
    throw error;
  }
}
