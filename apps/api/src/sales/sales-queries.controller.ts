import { Controller, Get, Inject, Param, Query, Res, UseInterceptors } from '@nestjs/common';
import { FastifyReply } from 'fastify';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Length, Min } from 'class-validator';
import { parseInstant } from '../../../../libs/domain/shared/instant';
import { RecordsPersonalRead } from '../compliance/records-access.decorator';
import { ReadYourWritesInterceptor } from '../http/read-your-writes.interceptor';
import { rollupOf } from './queries/analytics-scope';
import { AnalyticsQueryDto, analyticsParams, CompareModelsQueryDto, FunnelQueryDto, funnelParams, LeadScoresQueryDto } from './dto/analytics.query';
import { GetLeadQuery, GetOpportunityQuery, GetScoringModelQuery, LeadScoresQuery, SalesAnalyticsQuery, SalesView } from './queries/sales.queries';
import { EntityRead, QueryRead } from '../http/openapi/operation-kinds';

class LeadQueryDto {
  @IsOptional() @IsString() @Length(10, 40)
  asOf?: string;

  @IsOptional() @Type(() => Number) @IsInt() @Min(1)
  modelVersion?: number;
}

class VersionQueryDto {
  @IsOptional() @Type(() => Number) @IsInt() @Min(1)
  version?: number;
}

const now = () => new Date().toISOString();

@ApiTags('sales')
@ApiBearerAuth()
@UseInterceptors(ReadYourWritesInterceptor)
@Controller('v1')
export class SalesQueriesController {
  constructor(@Inject(QueryBus) private readonly queries: QueryBus) {}

  @Get('leads/:id')
  @EntityRead('Lead')
  @RecordsPersonalRead('lead.view', 'sales-leads')
  @ApiOperation({ summary: 'A lead: stages reached, signals, and its live score with explanation (asOf, modelVersion)' })
  lead(@Param('id') id: string, @Query() q: LeadQueryDto): Promise<SalesView> {
    return this.queries.execute(new GetLeadQuery(id, q.asOf ? parseInstant(q.asOf, 'asOf') : now(), q.modelVersion));
  }

  @Get('opportunities/:id')
  @EntityRead('Opportunity')
  @ApiOperation({ summary: 'An opportunity with its stage history and time in each stage' })
  opportunity(@Param('id') id: string): Promise<SalesView> {
    return this.queries.execute(new GetOpportunityQuery(id, now()));
  }

  @Get('lead-scoring-model')
  @EntityRead('ScoringModel')
  @ApiOperation({ summary: 'The lead-scoring model in force, or `?version=`' })
  async scoringModel(@Query() q: VersionQueryDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<SalesView> {
    const model: SalesView = await this.queries.execute(new GetScoringModelQuery(q.version));
    // A published version never changes: its number tags it, whether asked for or in force.
    void reply.header('etag', `W/"v${model.version}"`);
    return model;
  }

  @Get('analytics/lead-funnel')
  @QueryRead('LeadFunnel')
  @ApiOperation({ summary: 'Leads captured in [from, to): how many reached each step by asOf, conversion and days between steps, by source, campaign, country or partner' })
  funnel(@Query() q: FunnelQueryDto): Promise<SalesView> {
    return this.queries.execute(new SalesAnalyticsQuery({ kind: 'lead-funnel', params: funnelParams(q, now()) }, rollupOf(q)));
  }

  @Get('analytics/pipeline')
  @QueryRead('PipelineReport')
  @ApiOperation({ summary: 'Open pipeline at asOf by pipeline and stage, raw and weighted by probability, converted at the FX rates in force at asOf' })
  pipeline(@Query() q: AnalyticsQueryDto): Promise<SalesView> {
    return this.queries.execute(new SalesAnalyticsQuery({ kind: 'pipeline', params: analyticsParams(q, now()) }, rollupOf(q)));
  }

  @Get('analytics/forecast')
  @QueryRead('Forecast')
  @ApiOperation({ summary: 'Forecast for [from, to) by month: won so far plus open deals expected to close, weighted' })
  forecast(@Query() q: AnalyticsQueryDto): Promise<SalesView> {
    return this.queries.execute(new SalesAnalyticsQuery({ kind: 'forecast', params: analyticsParams(q, now()) }, rollupOf(q)));
  }

  @Get('analytics/win-rate')
  @QueryRead('WinRate')
  @ApiOperation({ summary: 'Win rate of deals closed in [from, to) and sales-cycle length (created → won), per pipeline and overall' })
  winRate(@Query() q: AnalyticsQueryDto): Promise<SalesView> {
    return this.queries.execute(new SalesAnalyticsQuery({ kind: 'win-rate', params: analyticsParams(q, now()) }, rollupOf(q)));
  }

  @Get('analytics/lead-scores')
  @QueryRead('LeadScores')
  @ApiOperation({ summary: 'Re-score every lead over its whole history under a model version (default: in force), best first' })
  leadScores(@Query() q: LeadScoresQueryDto): Promise<SalesView> {
    return this.queries.execute(new LeadScoresQuery(q.asOf ? parseInstant(q.asOf, 'asOf') : now(), q.limit ?? 50, q.modelVersion));
  }

  @Get('analytics/lead-scores/compare')
  @QueryRead('LeadScoreComparison')
  @ApiOperation({ summary: 'Two scoring models side by side: score and rank of each lead under both, biggest rank changes first, top-N overlap' })
  compare(@Query() q: CompareModelsQueryDto): Promise<SalesView> {
    return this.queries.execute(new LeadScoresQuery(q.asOf ? parseInstant(q.asOf, 'asOf') : now(), q.limit ?? 50, q.modelA, q.modelB));
  }
}
