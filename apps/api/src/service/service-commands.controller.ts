import { Body, Controller, Inject, Param, Post, Put, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { FastifyReply, FastifyRequest } from 'fastify';
import { answerCommand, commandContext } from '../http/command-request';
import { AutomationRuleCommand, DefineSlaPolicyCommand, RecordFeedbackCommand, TaskCommand } from './commands/service.commands';
import { AutomationRuleDto, CreateTaskDto, FeedbackDto, SlaPolicyDto } from './dto/service.dto';
import { OccurredAtDto } from '../customers/dto/shared.dto';
import { Command, CreateCommand } from '../http/openapi/operation-kinds';

type Answer = { id: string; revision: number; position: number };

@ApiTags('service')
@ApiBearerAuth()
@Controller('v1')
export class ServiceCommandsController {
  constructor(@Inject(CommandBus) private readonly commands: CommandBus) {}

  @Post('sla-policies')
  @CreateCommand()
  @ApiOperation({ summary: 'Define an SLA policy: calendar (time zone, working hours, holidays) and targets per priority in business time' })
  async definePolicy(@Body() body: SlaPolicyDto, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<Answer> {
    const { occurredAt, ...fields } = body;
    const result = await this.commands.execute(new DefineSlaPolicyCommand({ type: 'DefineSlaPolicy', ...fields }, commandContext(request, occurredAt)));
    return answerCommand(reply, result, { location: `/v1/sla-policies/${result.id}` });
  }

  @Put('sla-policies/:id')
  @Command('CommandAnswer', { ifMatch: true })
  @ApiOperation({ summary: 'Correct an SLA policy (restated whole); the clocks of its open cases are recomputed' })
  async changePolicy(@Param('id') id: string, @Body() body: SlaPolicyDto, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<Answer> {
    const { occurredAt, ...fields } = body;
    return answerCommand(reply, await this.commands.execute(new DefineSlaPolicyCommand({ type: 'ChangeSlaPolicy', ...fields, slaPolicyId: id }, commandContext(request, occurredAt))));
  }

  @Post('feedback')
  @CreateCommand()
  @ApiOperation({ summary: 'Record NPS (0–10) or CSAT (1–5) from a customer, optionally about a case' })
  async feedback(@Body() body: FeedbackDto, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<Answer> {
    const { occurredAt, ...fields } = body;
    const result = await this.commands.execute(new RecordFeedbackCommand({ type: 'RecordFeedback', ...fields }, commandContext(request, occurredAt)));
    return answerCommand(reply, result, { location: `/v1/feedback/${result.id}` });
  }

  @Post('tasks')
  @CreateCommand()
  @ApiOperation({ summary: 'Create a task with an optional due date, assignee, customer and case' })
  async createTask(@Body() body: CreateTaskDto, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<Answer> {
    const { occurredAt, ...fields } = body;
    const result = await this.commands.execute(new TaskCommand({ type: 'CreateTask', ...fields }, commandContext(request, occurredAt)));
    return answerCommand(reply, result, { location: `/v1/tasks/${result.id}` });
  }

  @Post('tasks/:id/complete')
  @Command()
  @ApiOperation({ summary: 'Complete a task' })
  async completeTask(@Param('id') id: string, @Body() body: OccurredAtDto, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<Answer> {
    return answerCommand(reply, await this.commands.execute(new TaskCommand({ type: 'CompleteTask', taskId: id }, commandContext(request, body?.occurredAt))));
  }

  @Post('automation-rules')
  @CreateCommand()
  @ApiOperation({ summary: 'When an event type and a condition match: create a task, escalate the case, or notify a webhook' })
  async defineRule(@Body() body: AutomationRuleDto, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<Answer> {
    const { occurredAt, ...fields } = body;
    const result = await this.commands.execute(new AutomationRuleCommand({ type: 'DefineAutomationRule', ...fields }, commandContext(request, occurredAt)));
    return answerCommand(reply, result, { location: `/v1/automation-rules/${result.id}` });
  }

  @Post('automation-rules/:id/disable')
  @Command()
  @ApiOperation({ summary: 'Disable an automation rule: events after this no longer trigger it' })
  async disableRule(@Param('id') id: string, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<Answer> {
    return answerCommand(reply, await this.commands.execute(new AutomationRuleCommand({ type: 'DisableAutomationRule', ruleId: id }, commandContext(request))));
  }
}
