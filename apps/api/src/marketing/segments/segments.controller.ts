import { Body, Controller, Get, Inject, Param, ParseUUIDPipe, Patch, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { FastifyReply, FastifyRequest } from 'fastify';
import { parsePurpose } from '../../../../../libs/domain/customer/consents';
import { InvalidValueError } from '../../../../../libs/domain/shared/errors';
import { parseInstant } from '../../../../../libs/domain/shared/instant';
import { Doc } from '../../../../../libs/read-models/document-store.port';
import { segmentMembers, SegmentMember } from '../../../../../libs/read-models/marketing/segment-members.reader';
import { answerCommand, commandContext } from '../../http/command-request';
import { decodeCursor, encodeCursor, Page, page } from '../../http/cursor';
import { Command, CreateCommand, EntityRead, ListRead } from '../../http/openapi/operation-kinds';
import { ListQuery } from '../../customers/dto/list.query';
import { PartnerScope } from '../../partners/partner-scope';
import { ReadModels } from '../../read-side/read-models.service';
import { SegmentDirectory } from './segment-directory';
import { ChangeSegmentDto, DefineSegmentDto, SegmentMembersQuery } from './segments.dto';

@ApiTags('marketing')
@ApiBearerAuth()
@Controller('v1/segments')
export class SegmentsController {
  constructor(
    @Inject(SegmentDirectory) private readonly directory: SegmentDirectory,
    @Inject(PartnerScope) private readonly scope: PartnerScope,
    @Inject(ReadModels) private readonly readModels: ReadModels,
  ) {}

  @Post()
  @CreateCommand()
  @ApiOperation({ summary: 'Define a segment: a rule over the 360° view whose membership the worker keeps live' })
  async define(@Body() body: DefineSegmentDto, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    const result = await this.directory.define(body, request.principal, commandContext(request, body.occurredAt));
    return answerCommand(reply, result, { location: `/v1/segments/${result.id}` });
  }

  @Patch(':id')
  @Command()
  @ApiOperation({ summary: 'Rename a segment or change its rule; a new rule is evaluated again over every customer' })
  async change(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: ChangeSegmentDto, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    const { occurredAt, ...change } = body;
    return answerCommand(reply, await this.directory.change(id, change, request.principal, commandContext(request, occurredAt)));
  }

  @Get()
  @ListRead('Segment')
  @ApiOperation({ summary: 'Segments (a partner key sees those of its own subtree)' })
  async list(@Query() query: ListQuery, @Req() request: FastifyRequest): Promise<Page<Record<string, unknown>>> {
    const limit = query.limit ?? 50;
    const subtree = await this.scope.subtree(request.principal);
    const after = decodeCursor(query.cursor);
    const clauses: Record<string, unknown>[] = [];
    if (subtree) clauses.push({ ownerPartnerId: { $in: subtree } });
    if (after) clauses.push({ _id: { $gt: String(after[0]) } });
    const found = await (await this.readModels.collection('segments')).find(clauses.length ? { $and: clauses } : {}, { sort: { _id: 1 }, limit: limit + 1 });
    return page(found.map(toView), limit, (s) => [s.segmentId]);
  }

  @Get(':id')
  @EntityRead('Segment')
  @ApiOperation({ summary: 'One segment: its rule, rule version and owner' })
  async get(@Param('id', new ParseUUIDPipe()) id: string, @Req() request: FastifyRequest): Promise<Record<string, unknown>> {
    return toView(await this.directory.visible(id, request.principal));
  }

  @Get(':id/members')
  @ListRead('SegmentMember', { also: [404] })
  @ApiOperation({ summary: 'Members in customer-id order: now or asOf (business time); with purpose (and channel) only those whose consent is in force' })
  async members(@Param('id', new ParseUUIDPipe()) id: string, @Query() query: SegmentMembersQuery, @Req() request: FastifyRequest): Promise<Page<SegmentMember>> {
    await this.directory.visible(id, request.principal);
    if (query.channel && !query.purpose) throw new InvalidValueError([{ field: 'channel', message: 'only with purpose: consent is per purpose and channel' }]);
    const after = decodeCursor(query.cursor);
    const found = await segmentMembers(this.readModels, id, {
      limit: query.limit ?? 50,
      after: after ? String(after[0]) : undefined,
      asOf: query.asOf ? parseInstant(query.asOf, 'asOf') : undefined,
      purpose: query.purpose ? parsePurpose(query.purpose, 'purpose') : undefined,
      channel: query.channel,
      partnerIds: await this.scope.subtree(request.principal),
    });
    return { items: found.items, nextCursor: found.next === null ? null : encodeCursor([found.next]) };
  }
}

function toView({ _id, _position, rulePosition: _cause, ...segment }: Doc): Record<string, unknown> & { segmentId: string } {
  return { ...segment, segmentId: String(_id), position: _position };
}
