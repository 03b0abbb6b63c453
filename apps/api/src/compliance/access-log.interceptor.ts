import { CallHandler, ExecutionContext, Inject, Injectable, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { FastifyRequest } from 'fastify';
import { concatMap, Observable } from 'rxjs';
import { withoutPersonal } from '../../../../libs/privacy/personal-data-inventory';
import { seesPersonalData } from '../auth/permissions';
import { actorOf } from '../auth/principal';
import { AccessRecorder } from './access-recorder';
import { documentsOf, RECORDS_ACCESS, RecordedRead } from './records-access.decorator';

/**
 * Records every answered read of a route marked @RecordsAccess, after the query succeeded and
 * before the answer is sent. Errors (404, 503…) answered nothing personal and record nothing.
 * Routes answering read-model documents with personal fields are redacted instead for roles
 * without `personal.read` (the analyst): the inventory names the fields.
 */
@Injectable()
export class AccessLogInterceptor implements NestInterceptor {
  constructor(
    @Inject(Reflector) private readonly reflector: Reflector,
    @Inject(AccessRecorder) private readonly recorder: AccessRecorder,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const read = this.reflector.get<RecordedRead | undefined>(RECORDS_ACCESS, context.getHandler());
    if (!read || context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    return next.handle().pipe(
      concatMap(async (answer: unknown) => {
        // A role without a need gets the facts and no personal field; it read nothing personal, so nothing is recorded.
        if (read.personal && request.principal && !seesPersonalData(request.principal.role)) return redacted(read.personal, answer);
        await this.recorder.record({
          actor: request.principal ? actorOf(request.principal) : 'anonymous',
          source: 'api',
          requestId: String(request.id),
          kind: read.kind,
          route: `${request.method} ${request.routeOptions?.url ?? request.url.split('?')[0]}`,
          subjectIds: read.subjects(answer, request),
          parameters: pick(request.query, read.parameters ?? []),
        });
        return answer;
      }),
    );
  }
}

function redacted(readModel: NonNullable<RecordedRead['personal']>, answer: unknown): unknown {
  const redact = (doc: Record<string, unknown>) => ({ ...withoutPersonal(readModel, doc), personalRedacted: true });
  const items = (answer as { items?: unknown } | null)?.items;
  if (Array.isArray(items)) return { ...(answer as object), items: documentsOf(answer).map(redact) };
  return answer && typeof answer === 'object' ? redact(answer as Record<string, unknown>) : answer;
}

function pick(query: unknown, names: string[]): Record<string, string> {
  const given = (query ?? {}) as Record<string, unknown>;
  return Object.fromEntries(names.filter((name) => typeof given[name] === 'string').map((name) => [name, String(given[name])]));
}
