import { Body, Controller, Inject, Param, Post, Put, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { FastifyReply, FastifyRequest } from 'fastify';
import { randomUUID } from 'node:crypto';
import { fxDecider } from '../../../../libs/domain/sales/fx/fx.decider';
import { fxStream } from '../../../../libs/domain/sales/fx/fx.events';
import { pipelineDecider } from '../../../../libs/domain/sales/pipeline/pipeline.decider';
import { pipelineStream } from '../../../../libs/domain/sales/pipeline/pipeline.events';
import { scoringDecider } from '../../../../libs/domain/sales/scoring/scoring.decider';
import { SCORING_MODEL_STREAM } from '../../../../libs/domain/sales/scoring/scoring.events';
import { deterministicId } from '../commands/deterministic-id';
import { answerCommand, commandContext } from '../http/command-request';
import { ChangeOpportunityCommand, CreateOpportunityCommand, SalesStreamCommand } from './commands/sales.commands';
import { CreateOpportunityDto, CreatePipelineDto, FxRateDto, OutcomeDto, StageDto } from './dto/opportunity.dto';
import { ScoringModelDto } from './dto/scoring.dto';
import { Command, CreateCommand } from '../http/openapi/operation-kinds';

type Answer = { id: string; revision: number; position: number };
const pair = (code: unknown) => String(code).trim().toUpperCase();

@ApiTags('sales')
@ApiBearerAuth()
@Controller('v1')
export class DealsController {
  constructor(@Inject(CommandBus) private readonly commands: CommandBus) {}

  @Post('pipelines')
  @CreateCommand()
  @ApiOperation({ summary: 'Create a pipeline with ordered stages and win probabilities (0–1)' })
  async pipeline(@Body() body: CreatePipelineDto, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<Answer> {
    const { occurredAt, ...fields } = body;
    const context = commandContext(request, occurredAt);
    const pipelineId = context.idempotencyKey ? deterministicId(context.actor, context.idempotencyKey, 'pipeline') : randomUUID();
    const command = { type: 'CreatePipeline' as const, pipelineId, ...fields };
    const result = await this.commands.execute(new SalesStreamCommand(pipelineDecider, pipelineStream(pipelineId), pipelineId, command, context));
    return answerCommand(reply, result, { location: `/v1/pipelines/${pipelineId}` });
  }

  @Post('opportunities')
  @CreateCommand()
  @ApiOperation({ summary: "Open an opportunity for a customer in a pipeline (first stage unless `stage`)" })
  async opportunity(@Body() body: CreateOpportunityDto, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<Answer> {
    const { occurredAt, ...fields } = body;
    const result = await this.commands.execute(new CreateOpportunityCommand(fields, commandContext(request, occurredAt)));
    return answerCommand(reply, result, { location: `/v1/opportunities/${result.id}` });
  }

  @Post('opportunities/:id/stage')
  @Command()
  @ApiOperation({ summary: 'Move to another stage of its pipeline' })
  async stage(@Param('id') id: string, @Body() body: StageDto, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<Answer> {
    const change = { type: 'ChangeOpportunityStage' as const, stage: body.stage };
    return answerCommand(reply, await this.commands.execute(new ChangeOpportunityCommand(id, change, commandContext(request, body.occurredAt))));
  }

  @Post('opportunities/:id/won')
  @Command()
  @ApiOperation({ summary: 'Close as won (reason optional)' })
  async won(@Param('id') id: string, @Body() body: OutcomeDto, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<Answer> {
    const change = { type: 'WinOpportunity' as const, ...(body.reason ? { reason: body.reason } : {}) };
    return answerCommand(reply, await this.commands.execute(new ChangeOpportunityCommand(id, change, commandContext(request, body.occurredAt))));
  }

  @Post('opportunities/:id/lost')
  @Command()
  @ApiOperation({ summary: 'Close as lost with a reason' })
  async lost(@Param('id') id: string, @Body() body: OutcomeDto, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<Answer> {
    const change = { type: 'LoseOpportunity' as const, reason: body.reason ?? '' };
    return answerCommand(reply, await this.commands.execute(new ChangeOpportunityCommand(id, change, commandContext(request, body.occurredAt))));
  }

  @Post('fx-rates')
  @CreateCommand()
  @ApiOperation({ summary: 'Record a dated FX rate: 1 base = rate quote from effectiveAt on' })
  async fxRate(@Body() body: FxRateDto, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<Answer> {
    const { occurredAt, ...fields } = body;
    const id = `${pair(fields.base)}-${pair(fields.quote)}`;
    const result = await this.commands.execute(new SalesStreamCommand(fxDecider, fxStream(pair(fields.base), pair(fields.quote)), id, { type: 'RecordFxRate', ...fields }, commandContext(request, occurredAt)));
    return answerCommand(reply, result, { location: `/v1/fx-rates?base=${pair(fields.base)}&quote=${pair(fields.quote)}` });
  }

  @Put('lead-scoring-model')
  @Command('ScoringModelSaved')
  @ApiOperation({ summary: 'Publish the lead-scoring model as a new version (the same model again changes nothing)' })
  async scoringModel(@Body() body: ScoringModelDto, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    const result = await this.commands.execute(new SalesStreamCommand(scoringDecider, SCORING_MODEL_STREAM, 'lead-scoring-model', { type: 'PublishScoringModel', model: body }, commandContext(request)));
    return { ...answerCommand(reply, result), version: result.revision + 1 };
  }
}
