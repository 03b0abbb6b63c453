import { Controller, Get, Inject, Param, Query, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RecordsPersonalRead } from '../compliance/records-access.decorator';
import { ListQuery } from '../customers/dto/list.query';
import { Page } from '../http/cursor';
import { documentById, DocumentView, listById, viewOf } from '../http/document-lists';
import { ReadYourWritesInterceptor } from '../http/read-your-writes.interceptor';
import { ReadModels } from '../read-side/read-models.service';
import { ListFxRatesQuery, ListLeadsQuery, ListOpportunitiesQuery } from './dto/sales-lists.query';
import { LEAD_INTERNALS, OPPORTUNITY_INTERNALS, visitView } from './queries/sales-internals';
import { Doc } from '../../../../libs/read-models/document-store.port';
import { StageVisit } from '../../../../libs/read-models/sales/sales-documents';
import { EntityRead, ListRead } from '../http/openapi/operation-kinds';

const leadView = viewOf('leadId', LEAD_INTERNALS);
const opportunityView = (doc: Doc) => {
  const view = viewOf('opportunityId', OPPORTUNITY_INTERNALS)(doc);
  return { ...view, history: (view.history as StageVisit[]).map(visitView) };
};
const pipelineView = viewOf('pipelineId');
const fxRateView = viewOf('fxRateId');

/** Lists of every sales entity that can be created, and the pipelines and FX rates read back. */
@ApiTags('sales')
@ApiBearerAuth()
@UseInterceptors(ReadYourWritesInterceptor)
@Controller('v1')
export class SalesListsController {
  constructor(@Inject(ReadModels) private readonly readModels: ReadModels) {}

  @Get('leads')
  @ListRead('Lead')
  @RecordsPersonalRead('lead.list', 'sales-leads')
  @ApiOperation({ summary: 'Leads in id order; ?status=open|disqualified|converted, ?campaignId, ?customerId (the score is on GET /v1/leads/:id)' })
  async leads(@Query() q: ListLeadsQuery): Promise<Page<DocumentView>> {
    const { limit = 50, cursor, ...filter } = q;
    return listById(await this.readModels.collection('sales-leads'), filter, limit, cursor, leadView);
  }

  @Get('opportunities')
  @ListRead('Opportunity')
  @ApiOperation({ summary: 'Opportunities in id order; ?status=open|won|lost, ?pipelineId, ?customerId' })
  async opportunities(@Query() q: ListOpportunitiesQuery): Promise<Page<DocumentView>> {
    const { limit = 50, cursor, ...filter } = q;
    return listById(await this.readModels.collection('sales-opportunities'), filter, limit, cursor, opportunityView);
  }

  @Get('pipelines')
  @ListRead('Pipeline')
  @ApiOperation({ summary: 'Pipelines with their ordered stages' })
  async pipelines(@Query() q: ListQuery): Promise<Page<DocumentView>> {
    return listById(await this.readModels.collection('sales-pipelines'), {}, q.limit ?? 50, q.cursor, pipelineView);
  }

  @Get('pipelines/:id')
  @EntityRead('Pipeline')
  @ApiOperation({ summary: 'A pipeline with its ordered stages and win probabilities' })
  async pipeline(@Param('id') id: string): Promise<DocumentView> {
    return documentById(await this.readModels.collection('sales-pipelines'), 'pipeline', id, pipelineView);
  }

  @Get('fx-rates')
  @ListRead('FxRate')
  @ApiOperation({ summary: 'The dated rates recorded for a currency pair (?base&quote), oldest effectiveAt first' })
  async fxRates(@Query() q: ListFxRatesQuery): Promise<Page<DocumentView>> {
    // Ids are `BASE-QUOTE@effectiveAt`: id order within a pair is effectiveAt order.
    return listById(await this.readModels.collection('sales-fx-rates'), { base: q.base, quote: q.quote }, q.limit ?? 50, q.cursor, fxRateView);
  }
}
