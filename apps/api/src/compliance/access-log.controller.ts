import { Controller, Get, Inject, Query, UseInterceptors } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Page } from '../http/cursor';
import { ReadYourWritesInterceptor } from '../http/read-your-writes.interceptor';
import { AccessLogDto, actorWindow, AuditWindowDto } from './compliance.dto';
import { AccessLogItem, AccessLogQuery, AuditEventsQuery, AuditItem } from './compliance.queries';
import { ListRead } from '../http/openapi/operation-kinds';

@ApiTags('compliance')
@ApiBearerAuth()
@UseInterceptors(ReadYourWritesInterceptor)
@Controller('v1')
export class AccessLogController {
  constructor(@Inject(QueryBus) private readonly queries: QueryBus) {}

  @Get('compliance/access-log')
  @ListRead('AccessLogEntry')
  @ApiOperation({ summary: 'Who read whose personal data (view, search, timeline, history, export, consent proof), when, by which request; one entry per subject' })
  accessLog(@Query() params: AccessLogDto): Promise<Page<AccessLogItem>> {
    const { limit = 50, cursor, subjectId } = params;
    return this.queries.execute(new AccessLogQuery({ ...actorWindow(params), ...(subjectId ? { subjectId: subjectId.toLowerCase() } : {}) }, limit, cursor));
  }

  @Get('audit/events')
  @ListRead('CustomerEvent')
  @ApiOperation({ summary: 'Every change event of any kind, by actor and system time (recordedAt), with the data fields it set' })
  auditEvents(@Query() params: AuditWindowDto): Promise<Page<AuditItem>> {
    return this.queries.execute(new AuditEventsQuery(actorWindow(params), params.limit ?? 50, params.cursor));
  }
}
