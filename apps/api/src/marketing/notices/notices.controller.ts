import { Body, Controller, Get, Inject, Param, Post, Query, Req, Res, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { FastifyReply, FastifyRequest } from 'fastify';
import { commandContext } from '../../http/command-request';
import { DocumentView, viewOf } from '../../http/document-lists';
import { CreateCommand, EntityRead, ListRead } from '../../http/openapi/operation-kinds';
import { Page } from '../../http/cursor';
import { ListQuery } from '../../customers/dto/list.query';
import { PartnerScope } from '../../partners/partner-scope';
import { ReadModels } from '../../read-side/read-models.service';
import { partnerOwnedPage } from '../campaigns/partner-owned-page';
import { ReadYourWritesInterceptor } from '../../http/read-your-writes.interceptor';
import { NoticeDto } from './notice.dto';
import { Notices } from './notices.service';

const noticeView = viewOf('noticeId');

@ApiTags('marketing')
@ApiBearerAuth()
@UseInterceptors(ReadYourWritesInterceptor)
@Controller('v1')
export class NoticesController {
  constructor(
    @Inject(Notices) private readonly notices: Notices,
    @Inject(ReadModels) private readonly readModels: ReadModels,
    @Inject(PartnerScope) private readonly scope: PartnerScope,
  ) {}

  @Post('notices')
  @CreateCommand('CommandAnswer', { accepted: true })
  @ApiOperation({ summary: 'Send a service notice to a segment: one message per member on their preferred channel and language; 202, progress at Location' })
  async request(@Body() body: NoticeDto, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<{ id: string; revision: number; position: number }> {
    const { occurredAt, ...fields } = body;
    const result = await this.notices.request(fields, commandContext(request, occurredAt), request.principal);
    void reply.header('etag', `"${result.revision}"`).header('location', `/v1/notices/${result.id}`);
    return { id: result.id, revision: result.revision, position: result.position };
  }

  @Get('notices')
  @ListRead('Notice')
  @ApiOperation({ summary: 'Notices in id order with their progress (a partner key sees those of its own subtree)' })
  async list(@Query() query: ListQuery, @Req() request: FastifyRequest): Promise<Page<DocumentView>> {
    return partnerOwnedPage(await this.readModels.collection('notices'), await this.scope.subtree(request.principal), query, noticeView);
  }

  @Get('notices/:id')
  @EntityRead('Notice')
  @ApiOperation({ summary: 'A notice’s progress while it runs: status (queued, running, completed), total, sent, failed, by channel and by language' })
  async progress(@Param('id') id: string, @Req() request: FastifyRequest): Promise<DocumentView> {
    return noticeView(await this.notices.progress(id, request.principal));
  }
}
