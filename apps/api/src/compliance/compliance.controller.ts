import { Body, Controller, Get, HttpCode, Inject, Param, Post, Req, Res, UseInterceptors } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';
import { FastifyReply, FastifyRequest } from 'fastify';
import { SubjectIdPipe } from './subject-id.pipe';
import { answerCommand, commandContext } from '../http/command-request';
import { ReadYourWritesInterceptor } from '../http/read-your-writes.interceptor';
import { EraseSubjectCommand } from './erase-subject.handler';
import { ExportSubjectQuery, SubjectExport } from './export-subject.handler';
import { RecordsAccess, subjectsOfExport } from './records-access.decorator';
import { Command, QueryRead } from '../http/openapi/operation-kinds';

export class EraseSubjectDto {
  @ApiPropertyOptional({ example: 'GDPR Art. 17 request #4711' }) @IsOptional() @IsString() @Length(1, 500)
  reason?: string;
}

@ApiTags('compliance')
@ApiBearerAuth()
@Controller('v1/compliance/subjects')
export class ComplianceController {
  constructor(
    @Inject(CommandBus) private readonly commands: CommandBus,
    @Inject(QueryBus) private readonly queries: QueryBus,
  ) {}

  @Get(':id/export')
  @QueryRead('SubjectExport', { also: [404] })
  @UseInterceptors(ReadYourWritesInterceptor)
  @RecordsAccess({ kind: 'subject.export', subjects: subjectsOfExport })
  @ApiOperation({ summary: 'Everything held about a data subject (a customer or a lead) as JSON: for a customer the 360° view, consents, interactions, converted leads, cases, tasks, feedback; every event with data and personal fields (opened from the log), and the access log; the export itself is recorded in the access log' })
  export(@Param('id', SubjectIdPipe) id: string): Promise<SubjectExport> {
    return this.queries.execute(new ExportSubjectQuery(id));
  }

  @Post(':id/erase')
  @Command()
  @HttpCode(200)
  @ApiOperation({ summary: "Erase a data subject's personal data (a customer with the records merged into it and the leads converted into it, or a lead) by destroying its keys (crypto-shredding); facts stay for analytics" })
  async erase(@Param('id', SubjectIdPipe) id: string, @Body() body: EraseSubjectDto, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    return answerCommand(reply, await this.commands.execute(new EraseSubjectCommand(id, body?.reason, commandContext(request))));
  }
}
