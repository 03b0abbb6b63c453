import { Body, Controller, Inject, Param, Post, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { FastifyReply, FastifyRequest } from 'fastify';
import { randomUUID } from 'node:crypto';
import { leadDecider } from '../../../../libs/domain/sales/lead/lead.decider';
import { leadStream } from '../../../../libs/domain/sales/lead/lead.events';
import { deterministicId } from '../commands/deterministic-id';
import { answerCommand, commandContext } from '../http/command-request';
import { ConversionResult, ConvertLeadCommand, RecordSignalCommand, SalesStreamCommand } from './commands/sales.commands';
import { SalesLookups } from './commands/sales-lookups';
import { CaptureLeadDto, ConvertLeadDto, DisqualifyDto, QualifyDto, SignalDto } from './dto/lead.dto';
import { Command, CreateCommand } from '../http/openapi/operation-kinds';

type Answer = { id: string; revision: number; position: number };

@ApiTags('sales')
@ApiBearerAuth()
@Controller('v1/leads')
export class LeadsController {
  constructor(@Inject(CommandBus) private readonly commands: CommandBus, @Inject(SalesLookups) private readonly lookups: SalesLookups) {}

  @Post()
  @CreateCommand()
  @ApiOperation({ summary: 'Capture a lead from any channel or campaign' })
  async capture(@Body() body: CaptureLeadDto, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<Answer> {
    const { occurredAt, ...fields } = body;
    const context = commandContext(request, occurredAt);
    const leadId = context.idempotencyKey ? deterministicId(context.actor, context.idempotencyKey, 'lead') : randomUUID();
    const result = await this.commands.execute(new SalesStreamCommand(leadDecider, leadStream(leadId), leadId, { type: 'CaptureLead', leadId, ...fields }, context));
    return answerCommand(reply, result, { location: `/v1/leads/${leadId}` });
  }

  @Post(':id/signals')
  @Command()
  @ApiOperation({ summary: 'Record an engagement signal; reaching the model threshold qualifies the lead as MQL' })
  async signal(@Param('id') id: string, @Body() body: SignalDto, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<Answer> {
    return answerCommand(reply, await this.commands.execute(new RecordSignalCommand(id, body.kind, commandContext(request, body.occurredAt))));
  }

  @Post(':id/qualify')
  @Command()
  @ApiOperation({ summary: 'Qualify as MQL or SQL (default) with a reason' })
  async qualify(@Param('id') id: string, @Body() body: QualifyDto, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<Answer> {
    const command = { type: 'QualifyLead' as const, leadId: id, ...(body.level ? { level: body.level } : {}), ...(body.reason ? { reason: body.reason } : {}) };
    return answerCommand(reply, await this.onLead(id, command, commandContext(request, body.occurredAt)));
  }

  @Post(':id/disqualify')
  @Command()
  @ApiOperation({ summary: 'Disqualify with a reason' })
  async disqualify(@Param('id') id: string, @Body() body: DisqualifyDto, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<Answer> {
    return answerCommand(reply, await this.onLead(id, { type: 'DisqualifyLead', leadId: id, reason: body.reason }, commandContext(request, body.occurredAt)));
  }

  @Post(':id/convert')
  @Command('LeadConverted')
  @ApiOperation({ summary: 'Convert to a customer (an existing one when email or phone match, never a duplicate) and optionally an opportunity' })
  async convert(@Param('id') id: string, @Body() body: ConvertLeadDto, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    const result: ConversionResult = await this.commands.execute(new ConvertLeadCommand(id, body.opportunity, commandContext(request, body.occurredAt)));
    return { ...answerCommand(reply, result), customerId: result.customerId, matchedExisting: result.matchedExisting, opportunityId: result.opportunityId };
  }

  private async onLead(leadId: string, command: Parameters<typeof leadDecider.decide>[0], context: ReturnType<typeof commandContext>) {
    const subject = await this.lookups.leadSubject(leadId);
    return this.commands.execute(new SalesStreamCommand(leadDecider, leadStream(leadId), leadId, command, context, subject));
  }
}
