import { Body, Controller, Inject, Param, Post, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { FastifyReply, FastifyRequest } from 'fastify';
import { answerCommand, commandContext } from '../http/command-request';
import { problem, ProblemError } from '../http/problem';
import { CaseAction, CaseActionCommand, OpenCaseCommand } from './commands/service.commands';
import { AssignCaseDto, CaseNoteDto, EscalateCaseDto, OpenCaseDto } from './dto/service.dto';
import { Command, CreateCommand } from '../http/openapi/operation-kinds';

type Answer = { id: string; revision: number; position: number };

/** Which field of the command a note's `text` fills, per action. */
const ACTIONS = {
  respond: (text?: string) => ({ type: 'RespondToCase', message: text }),
  pause: (text?: string) => ({ type: 'WaitOnCustomer', note: text }),
  resume: () => ({ type: 'ResumeCase' }),
  resolve: (text?: string) => ({ type: 'ResolveCase', resolution: text }),
  reopen: (text?: string) => ({ type: 'ReopenCase', reason: text }),
  close: () => ({ type: 'CloseCase' }),
} as const;

@ApiTags('service')
@ApiBearerAuth()
@Controller('v1/cases')
export class CasesController {
  constructor(@Inject(CommandBus) private readonly commands: CommandBus) {}

  @Post()
  @CreateCommand()
  @ApiOperation({ summary: 'Open a case from any channel, linked to its interaction; SLA clocks start under the policy' })
  async open(@Body() body: OpenCaseDto, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<Answer> {
    const { occurredAt, ...fields } = body;
    const result = await this.commands.execute(new OpenCaseCommand({ type: 'OpenCase', ...fields }, commandContext(request, occurredAt)));
    return answerCommand(reply, result, { location: `/v1/cases/${result.id}` });
  }

  @Post(':id/assign')
  @Command()
  @ApiOperation({ summary: 'Assign the case to an agent' })
  assign(@Param('id') id: string, @Body() body: AssignCaseDto, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<Answer> {
    return this.act({ type: 'AssignCase', caseId: id, assignee: body.assignee }, body.occurredAt, request, reply);
  }

  @Post(':id/escalate')
  @Command()
  @ApiOperation({ summary: 'Escalate one level, optionally to another priority (its targets apply from now, time used stays)' })
  escalate(@Param('id') id: string, @Body() body: EscalateCaseDto, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<Answer> {
    return this.act({ type: 'EscalateCase', caseId: id, priority: body.priority, reason: body.text }, body.occurredAt, request, reply);
  }

  @Post(':id/:action')
  @Command()
  @ApiParam({ name: 'action', enum: Object.keys(ACTIONS), description: 'What happens to the case' })
  @ApiOperation({ summary: 'respond (agent answer), pause (waiting on customer), resume (customer answered), resolve, reopen, close' })
  action(@Param('id') id: string, @Param('action') action: keyof typeof ACTIONS, @Body() body: CaseNoteDto, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<Answer> {
    if (!Object.hasOwn(ACTIONS, action)) throw new ProblemError(problem(404, 'not-found', `no case action ${action.slice(0, 50)}`));
    return this.act({ caseId: id, ...ACTIONS[action](body?.text) } as CaseAction, body?.occurredAt, request, reply);
  }

  private async act(command: CaseAction, occurredAt: string | undefined, request: FastifyRequest, reply: FastifyReply): Promise<Answer> {
    return answerCommand(reply, await this.commands.execute(new CaseActionCommand(command, commandContext(request, occurredAt))));
  }
}
