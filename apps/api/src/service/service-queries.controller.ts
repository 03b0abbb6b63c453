import { Controller, Get, Inject, Param, Query, Req, Res, UseInterceptors } from '@nestjs/common';
import { FastifyReply, FastifyRequest } from 'fastify';
import { PartnerScope } from '../partners/partner-scope';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { parseInstant } from '../../../../libs/domain/shared/instant';
import { validateAll } from '../../../../libs/domain/shared/validation';
import { Page } from '../http/cursor';
import { analyticsScope, rollupOf } from '../sales/queries/analytics-scope';
import { ReadModels } from '../read-side/read-models.service';
import { RecordsPersonalRead } from '../compliance/records-access.decorator';
import { ReadYourWritesInterceptor } from '../http/read-your-writes.interceptor';
import { revisionTag } from '../http/entity-tags';
import { AnalyticsQuery, ListCasesQuery as CasesParams, ListTasksQuery as TasksParams, NpsQuery } from './dto/service-queries.dto';
import { AnalyticsWindow, GetCaseQuery, GetServiceDocumentQuery, ListCasesQuery, ListTasksQuery, NpsAnalyticsQuery, ServiceAnalyticsQuery, View } from './queries/service.queries';
import { EntityRead, ListRead, QueryRead } from '../http/openapi/operation-kinds';

function analyticsWindow(params: AnalyticsQuery): AnalyticsWindow {
  const window = validateAll({
    from: () => (params.from ? parseInstant(params.from, 'from') : undefined),
    to: () => (params.to ? parseInstant(params.to, 'to') : undefined),
    asOf: () => (params.asOf ? parseInstant(params.asOf, 'asOf') : new Date().toISOString()),
  });
  return { asOf: window.asOf, ...(window.from ? { from: window.from } : {}), ...(window.to ? { to: window.to } : {}) };
}

@ApiTags('service')
@ApiBearerAuth()
@UseInterceptors(ReadYourWritesInterceptor)
@Controller('v1')
export class ServiceQueriesController {
  constructor(
    @Inject(QueryBus) private readonly queries: QueryBus,
    @Inject(PartnerScope) private readonly scope: PartnerScope,
    @Inject(ReadModels) private readonly readModels: ReadModels,
  ) {}

  @Get('cases')
  @ListRead('Case')
  @RecordsPersonalRead('case.list', 'cases')
  @ApiOperation({ summary: "Cases, newest first; ?status=open|waiting|resolved|closed, ?breached=true|false, ?customerId, ?priority, ?assignee, ?country, ?partnerId (that partner's subtree). A partner key lists its subtree's customers' cases only" })
  async listCases(@Query() params: CasesParams, @Req() request: FastifyRequest): Promise<Page<View>> {
    const { limit = 50, cursor, breached, country, partnerId, ...filter } = params;
    const scope = await this.scope.customerFilter(request.principal);
    // As the analytics routes narrow: a checked country code, a partner's subtree (404 outside the key's own).
    const iso = rollupOf({ country }).country;
    const { partners } = partnerId ? await analyticsScope(this.readModels, this.scope, { partnerId }) : {};
    const narrowing = { ...(iso ? { country: iso } : {}), ...(partners ? { partners } : {}) };
    return this.queries.execute(new ListCasesQuery({ ...filter, ...narrowing, ...(breached ? { breached: breached === 'true' } : {}) }, limit, cursor, scope));
  }

  @Get('cases/:id')
  @EntityRead('Case')
  @RecordsPersonalRead('case.view', 'cases')
  @ApiOperation({ summary: 'A case with its SLA clocks: due times (UTC), business minutes remaining, breached and when' })
  async getCase(@Param('id') id: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<View> {
    const view: View = await this.queries.execute(new GetCaseQuery(id));
    // The revision of the case stream, as commands answer it and If-Match takes it.
    if (typeof view.revision === 'number') void reply.header('etag', revisionTag(view.revision, Number(view.position)));
    return view;
  }

  @Get('sla-policies/:id')
  @EntityRead('SlaPolicy')
  @ApiOperation({ summary: 'An SLA policy as in force, with its version' })
  getPolicy(@Param('id') id: string): Promise<View> {
    return this.queries.execute(new GetServiceDocumentQuery('sla-policies', 'SLA policy', id));
  }

  @Get('tasks')
  @ListRead('Task')
  @RecordsPersonalRead('task.list', 'tasks')
  @ApiOperation({ summary: 'Tasks; ?status=open|done, ?assignee, ?customerId. A partner key lists the tasks of its subtree only' })
  async listTasks(@Query() params: TasksParams, @Req() request: FastifyRequest): Promise<Page<View>> {
    const { limit = 50, cursor, ...filter } = params;
    return this.queries.execute(new ListTasksQuery(filter, limit, cursor, await this.scope.customerFilter(request.principal)));
  }

  @Get('tasks/:id')
  @EntityRead('Task')
  @RecordsPersonalRead('task.view', 'tasks')
  @ApiOperation({ summary: 'A task' })
  getTask(@Param('id') id: string): Promise<View> {
    return this.queries.execute(new GetServiceDocumentQuery('tasks', 'task', id));
  }

  @Get('automation-rules/:id')
  @EntityRead('AutomationRule')
  @ApiOperation({ summary: 'An automation rule' })
  getRule(@Param('id') id: string): Promise<View> {
    return this.queries.execute(new GetServiceDocumentQuery('automation-rules', 'automation rule', id));
  }

  @Get('analytics/service')
  @QueryRead('ServiceKpis')
  @ApiOperation({ summary: 'First-response and resolution times (median, p90, business minutes), breach rate, backlog; by priority, partner, country, channel; ?from&to (opened) &asOf' })
  serviceAnalytics(@Query() params: AnalyticsQuery): Promise<View> {
    return this.queries.execute(new ServiceAnalyticsQuery(analyticsWindow(params), rollupOf(params)));
  }

  @Get('analytics/nps')
  @QueryRead('Nps')
  @ApiOperation({ summary: 'NPS overall and trend per period, by country and partner; CSAT average; ?from&to&asOf&period=day|month|year' })
  npsAnalytics(@Query() params: NpsQuery): Promise<View> {
    return this.queries.execute(new NpsAnalyticsQuery(analyticsWindow(params), params.period ?? 'month', rollupOf(params)));
  }
}
