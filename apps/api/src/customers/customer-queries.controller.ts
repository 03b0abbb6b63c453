import { Controller, Get, Inject, Param, Query, Req, Res, UseInterceptors } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { FastifyReply, FastifyRequest } from 'fastify';
import { parseInstant } from '../../../../libs/domain/shared/instant';
import { RecordsAccess, subjectOfAnswer, subjectOfRoute, subjectsOfPage } from '../compliance/records-access.decorator';
import { Page } from '../http/cursor';
import { ReadYourWritesInterceptor } from '../http/read-your-writes.interceptor';
import { revisionTag } from '../http/entity-tags';
import { PartnerScope } from '../partners/partner-scope';
import { ReadModels } from '../read-side/read-models.service';
import { assertSegmentFilter } from '../marketing/segments/segment-customers';
import { CustomerIdPipe } from './customer-id.pipe';
import { AsOfQuery, ListQuery, SearchCustomersQuery as SearchParams, TimelineQuery } from './dto/list.query';
import { ContactPoint } from '../../../../libs/domain/customer/customer.events';
import { NotFoundError } from '../../../../libs/domain/shared/errors';
import { CustomerEventsQuery, CustomerView, GetCustomerQuery, HistoryEntry, SearchCustomersQuery } from './queries/customer.queries';
import { EntityRead, ListRead } from '../http/openapi/operation-kinds';

@ApiTags('customers')
@ApiBearerAuth()
@UseInterceptors(ReadYourWritesInterceptor)
@Controller('v1/customers')
export class CustomerQueriesController {
  constructor(
    @Inject(QueryBus) private readonly queries: QueryBus,
    @Inject(PartnerScope) private readonly scope: PartnerScope,
    @Inject(ReadModels) private readonly readModels: ReadModels,
  ) {}

  @Get()
  @ListRead('Customer')
  @RecordsAccess({ kind: 'customer.search', subjects: subjectsOfPage })
  @ApiOperation({ summary: 'Search customers by name words, email, phone, country, partner, segment' })
  async search(@Query() params: SearchParams, @Req() request: FastifyRequest): Promise<Page<CustomerView>> {
    const { limit = 50, cursor, ...search } = params;
    if (search.segmentId) await assertSegmentFilter(this.readModels, await this.scope.subtree(request.principal), search.segmentId, search.sort);
    // A partner key finds only customers of its own subtree.
    return this.queries.execute(new SearchCustomersQuery(search, limit, cursor, await this.scope.customerFilter(request.principal)));
  }

  @Get(':id')
  @EntityRead('Customer')
  @RecordsAccess({ kind: 'customer.view', subjects: subjectOfAnswer, parameters: ['asOf', 'knownAt'] })
  @ApiOperation({ summary: 'The 360° view; asOf (business time) and knownAt (system time) answer it as of then' })
  async get(@Param('id', CustomerIdPipe) id: string, @Query() params: AsOfQuery, @Res({ passthrough: true }) reply: FastifyReply): Promise<CustomerView> {
    const asOf = params.asOf ? parseInstant(params.asOf, 'asOf') : undefined;
    const knownAt = params.knownAt ? parseInstant(params.knownAt, 'knownAt') : undefined;
    const view = await this.queries.execute(new GetCustomerQuery(id, asOf, knownAt));
    if (!asOf && !knownAt) void reply.header('etag', revisionTag(Number(view.revision), Number(view.position)));
    return view;
  }

  @Get(':id/timeline')
  @ListRead('CustomerEvent', { also: [404] })
  @RecordsAccess({ kind: 'customer.timeline', subjects: subjectOfRoute })
  @ApiOperation({ summary: 'Everything about the customer in business-time order' })
  timeline(@Param('id', CustomerIdPipe) id: string, @Query() params: TimelineQuery): Promise<Page<HistoryEntry>> {
    return this.queries.execute(new CustomerEventsQuery(id, 'timeline', params.limit ?? 50, params.cursor, params.interactionId));
  }

  @Get(':id/contact-points/:contactPointId')
  @EntityRead('ContactPoint')
  @RecordsAccess({ kind: 'customer.contact-point', subjects: subjectOfRoute })
  @ApiOperation({ summary: 'One contact point of the customer (email or phone, normalised)' })
  async contactPoint(@Param('id', CustomerIdPipe) id: string, @Param('contactPointId') contactPointId: string): Promise<Record<string, unknown>> {
    const view: CustomerView = await this.queries.execute(new GetCustomerQuery(id));
    const found = ((view.contactPoints as ContactPoint[] | undefined) ?? []).find((point) => point.id === contactPointId);
    if (!found) throw new NotFoundError('contact point', contactPointId.slice(0, 128));
    const { id: _id, ...point } = found;
    return { ...point, contactPointId, customerId: view.customerId, position: view.position };
  }

  @Get(':id/history')
  @ListRead('CustomerEvent', { also: [404] })
  @RecordsAccess({ kind: 'customer.history', subjects: subjectOfRoute })
  @ApiOperation({ summary: 'Audit: every event with actor, source, recordedAt, occurredAt, type and changed fields' })
  history(@Param('id', CustomerIdPipe) id: string, @Query() params: ListQuery): Promise<Page<HistoryEntry>> {
    return this.queries.execute(new CustomerEventsQuery(id, 'history', params.limit ?? 50, params.cursor));
  }
}
