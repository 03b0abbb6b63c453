import { Controller, Get, Inject, Param, Query, UseInterceptors } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RecordsPersonalRead } from '../compliance/records-access.decorator';
import { ListQuery } from '../customers/dto/list.query';
import { Page } from '../http/cursor';
import { documentById, DocumentView, listById, viewOf } from '../http/document-lists';
import { ReadYourWritesInterceptor } from '../http/read-your-writes.interceptor';
import { ReadModels } from '../read-side/read-models.service';
import { ListFeedbackQuery } from './dto/service-queries.dto';
import { EntityRead, ListRead } from '../http/openapi/operation-kinds';

const feedbackView = viewOf('feedbackId');
const policyView = viewOf('slaPolicyId');

/** Feedback read back and listed, and the SLA policies listed. */
@ApiTags('service')
@ApiBearerAuth()
@UseInterceptors(ReadYourWritesInterceptor)
@Controller('v1')
export class ServiceListsController {
  constructor(@Inject(ReadModels) private readonly readModels: ReadModels) {}

  @Get('feedback')
  @ListRead('Feedback')
  @RecordsPersonalRead('feedback.list', 'feedback')
  @ApiOperation({ summary: 'Feedback in id order; ?kind=nps|csat, ?customerId, ?caseId' })
  async list(@Query() q: ListFeedbackQuery): Promise<Page<DocumentView>> {
    const { limit = 50, cursor, ...filter } = q;
    return listById(await this.readModels.collection('feedback'), filter, limit, cursor, feedbackView);
  }

  @Get('feedback/:id')
  @EntityRead('Feedback')
  @RecordsPersonalRead('feedback.view', 'feedback')
  @ApiOperation({ summary: 'One feedback: kind, score, NPS band, case and comment' })
  async get(@Param('id') id: string): Promise<DocumentView> {
    return documentById(await this.readModels.collection('feedback'), 'feedback', id, feedbackView);
  }

  @Get('sla-policies')
  @ListRead('SlaPolicy')
  @ApiOperation({ summary: 'SLA policies as in force, in id order' })
  async policies(@Query() q: ListQuery): Promise<Page<DocumentView>> {
    return listById(await this.readModels.collection('sla-policies'), {}, q.limit ?? 50, q.cursor, policyView);
  }
}
