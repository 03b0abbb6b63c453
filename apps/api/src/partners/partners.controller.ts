import { Body, Controller, Get, Inject, Param, ParseUUIDPipe, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { FastifyReply, FastifyRequest } from 'fastify';
import { NotFoundError } from '../../../../libs/domain/shared/errors';
import { Doc } from '../../../../libs/read-models/document-store.port';
import { decodeCursor, Page, page } from '../http/cursor';
import { answerCommand, commandContext } from '../http/command-request';
import { ReadModels } from '../read-side/read-models.service';
import { PartnerDirectory } from './partner-directory';
import { PartnerScope } from './partner-scope';
import { ListPartnersQuery, RegisterPartnerDto } from './partners.dto';
import { CreateCommand, EntityRead, ListRead } from '../http/openapi/operation-kinds';

@ApiTags('partners')
@ApiBearerAuth()
@Controller('v1/partners')
export class PartnersController {
  constructor(
    @Inject(PartnerDirectory) private readonly directory: PartnerDirectory,
    @Inject(PartnerScope) private readonly scope: PartnerScope,
    @Inject(ReadModels) private readonly readModels: ReadModels,
  ) {}

  @Post()
  @CreateCommand()
  @ApiOperation({ summary: 'Register a bottler, distributor or retailer, optionally below a parent partner' })
  async register(@Body() body: RegisterPartnerDto, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    const { occurredAt, ...partner } = body;
    const result = await this.directory.register(partner, commandContext(request, occurredAt));
    return answerCommand(reply, result, { location: `/v1/partners/${result.id}` });
  }

  @Get()
  @ListRead('Partner')
  @ApiOperation({ summary: 'Partners (a partner key sees its own subtree), with their ancestor path' })
  async list(@Query() query: ListPartnersQuery, @Req() request: FastifyRequest): Promise<Page<Record<string, unknown>>> {
    const limit = query.limit ?? 50;
    const clauses: Record<string, unknown>[] = [];
    const subtree = await this.scope.subtree(request.principal);
    if (subtree) clauses.push({ _id: { $in: subtree } });
    if (query.parentId) clauses.push({ parentId: query.parentId });
    const after = decodeCursor(query.cursor);
    if (after) clauses.push({ _id: { $gt: String(after[0]) } });
    const partners = await this.readModels.collection('partners');
    const found = await partners.find(clauses.length ? { $and: clauses } : {}, { sort: { _id: 1 }, limit: limit + 1 });
    return page(found.map(toView), limit, (p) => [p.partnerId]);
  }

  @Get(':id')
  @EntityRead('Partner')
  @ApiOperation({ summary: 'One partner with its ancestor path' })
  async get(@Param('id', new ParseUUIDPipe()) id: string): Promise<Record<string, unknown>> {
    const found = await (await this.readModels.collection('partners')).findOne({ _id: id });
    if (!found) throw new NotFoundError('partner', id);
    return toView(found);
  }
}

function toView({ _id, _position, ...partner }: Doc): Record<string, unknown> & { partnerId: string } {
  return { ...partner, partnerId: String(_id), position: _position };
}
