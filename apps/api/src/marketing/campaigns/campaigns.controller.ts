import { Body, Controller, Get, Inject, Param, Post, Query, Req, Res, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { FastifyReply, FastifyRequest } from 'fastify';
import { CampaignAnalytics } from '../../../../../libs/read-models/marketing/campaign-analytics';
import { documentById, DocumentView, viewOf } from '../../http/document-lists';
import { answerCommand, commandContext } from '../../http/command-request';
import { Command, CreateCommand, EntityRead, ListRead, QueryRead } from '../../http/openapi/operation-kinds';
import { Page } from '../../http/cursor';
import { ListQuery } from '../../customers/dto/list.query';
import { PartnerScope } from '../../partners/partner-scope';
import { partnerOwnedPage } from './partner-owned-page';
import { ReadYourWritesInterceptor } from '../../http/read-your-writes.interceptor';
import { OccurredAtDto } from '../../customers/dto/shared.dto';
import { ReadModels } from '../../read-side/read-models.service';
import { CampaignAnalyticsQuery } from './campaign-analytics.service';
import { CampaignResponseDto, CreateCampaignDto } from './campaign.dto';
import { Campaigns, LaunchAnswer } from './campaigns.service';

type Answer = { id: string; revision: number; position: number };
const campaignView = viewOf('campaignId');

@ApiTags('marketing')
@ApiBearerAuth()
@UseInterceptors(ReadYourWritesInterceptor)
@Controller('v1')
export class CampaignsController {
  constructor(
    @Inject(Campaigns) private readonly campaigns: Campaigns,
    @Inject(CampaignAnalyticsQuery) private readonly analytics: CampaignAnalyticsQuery,
    @Inject(ReadModels) private readonly readModels: ReadModels,
    @Inject(PartnerScope) private readonly scope: PartnerScope,
  ) {}

  @Post('campaigns')
  @CreateCommand()
  @ApiOperation({ summary: 'Create a campaign: a segment, a channel, the consent purpose, a budget and optional weighted A/B variants' })
  async create(@Body() body: CreateCampaignDto, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<Answer> {
    const { occurredAt, ...fields } = body;
    const result = await this.campaigns.create(fields, commandContext(request, occurredAt), request.principal);
    return answerCommand(reply, result, { location: `/v1/campaigns/${result.id}` });
  }

  @Get('campaigns')
  @ListRead('Campaign')
  @ApiOperation({ summary: 'Campaigns in id order (a partner key sees those of its own subtree)' })
  async list(@Query() query: ListQuery, @Req() request: FastifyRequest): Promise<Page<DocumentView>> {
    return partnerOwnedPage(await this.readModels.collection('campaigns'), await this.scope.subtree(request.principal), query, campaignView);
  }

  @Get('campaigns/:id')
  @EntityRead('Campaign')
  @ApiOperation({ summary: 'A campaign and the answers of its launches' })
  async get(@Param('id') id: string, @Req() request: FastifyRequest): Promise<DocumentView> {
    await this.campaigns.load(id, request.principal);
    return documentById(await this.readModels.collection('campaigns'), 'campaign', id, campaignView);
  }

  @Post('campaigns/:id/launch')
  @Command('CampaignLaunch', { ifMatch: false, idempotent: false, accepted: true })
  @ApiOperation({ summary: 'Contact every member of the segment once, on the channel, if their consent for the purpose is in force (the worker does it); 200 with the counts when it finished in time, else 202 with the counts so far and Location. A re-launch contacts only members not contacted before' })
  async launch(@Param('id') id: string, @Body() body: OccurredAtDto, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<LaunchAnswer> {
    const answer = await this.campaigns.launch(id, commandContext(request, body?.occurredAt), request.principal);
    if (answer.status === 'running') void reply.status(202).header('location', `/v1/campaigns/${id}`);
    return answer;
  }

  @Post('campaigns/:id/responses')
  @CreateCommand()
  @ApiOperation({ summary: 'Attribute a response (opened, clicked, replied, converted with its value) of a contacted member to the campaign' })
  async respond(@Param('id') id: string, @Body() body: CampaignResponseDto, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<Answer> {
    const { occurredAt, ...fields } = body;
    const result = await this.campaigns.recordResponse(id, fields, commandContext(request, occurredAt), request.principal);
    return answerCommand(reply, result, { location: `/v1/campaigns/${id}` });
  }

  @Get('analytics/campaigns/:id')
  @QueryRead('CampaignAnalytics')
  @ApiQuery({ name: 'currency', required: false, description: 'ISO 4217; default the budget currency' })
  @ApiQuery({ name: 'asOf', required: false, description: 'Instant (ISO 8601); default now. Contacts and responses up to it, FX rates in force at it' })
  @ApiOperation({ summary: 'Contacted, responded, converted, cost, revenue and ROI of a campaign, overall and by variant, in one currency as of an instant' })
  roi(@Param('id') id: string, @Query('currency') currency: string | undefined, @Query('asOf') asOf: string | undefined, @Req() request: FastifyRequest): Promise<CampaignAnalytics> {
    return this.analytics.run(id, { currency, asOf }, request.principal);
  }
}
