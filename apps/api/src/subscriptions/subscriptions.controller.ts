import { Body, Controller, Delete, Get, Inject, Param, ParseUUIDPipe, Post, Query, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { FastifyReply, FastifyRequest } from 'fastify';
import { NotFoundError } from '../../../../libs/domain/shared/errors';
import { Doc, DocumentStore } from '../../../../libs/read-models/document-store.port';
import { answerCommand, commandContext } from '../http/command-request';
import { decodeCursor, Page, page } from '../http/cursor';
import { Command, CreateCommand, EntityRead, ListRead } from '../http/openapi/operation-kinds';
import { DOCUMENT_STORE } from '../infrastructure/tokens';
import { ReadModels } from '../read-side/read-models.service';
import { DEAD_LETTERS, DELIVERY_STATES } from './delivery-state';
import { SubscriptionCommands } from './subscription-commands';
import { CreateSubscriptionDto, ListSubscriptionsQuery, ReplaySubscriptionDto } from './subscriptions.dto';

/** Webhook subscriptions (Standard Webhooks, CloudEvent bodies): admins and `webhooks.manage` only, never partner keys. */
@ApiTags('subscriptions')
@ApiBearerAuth()
@Controller('v1/subscriptions')
export class SubscriptionsController {
  constructor(
    @Inject(SubscriptionCommands) private readonly commands: SubscriptionCommands,
    @Inject(ReadModels) private readonly readModels: ReadModels,
    @Inject(DOCUMENT_STORE) private readonly documents: DocumentStore,
  ) {}

  @Post()
  @CreateCommand('SubscriptionCreated')
  @ApiOperation({ summary: 'Subscribe a URL to the log; the answer carries the signing secret, shown only here' })
  async create(@Body() body: CreateSubscriptionDto, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    const result = await this.commands.create(body, commandContext(request));
    return { ...answerCommand(reply, result, { location: `/v1/subscriptions/${result.id}` }), secret: result.secret };
  }

  @Get()
  @ListRead('Subscription')
  @ApiOperation({ summary: 'Subscriptions, oldest first, with their delivery state' })
  async list(@Query() query: ListSubscriptionsQuery): Promise<Page<Record<string, unknown>>> {
    const limit = query.limit ?? 50;
    const after = decodeCursor(query.cursor);
    const found = await (await this.readModels.collection('subscriptions')).find(after ? { _id: { $gt: String(after[0]) } } : {}, { sort: { _id: 1 }, limit: limit + 1 });
    const states = await this.documents.collection(DELIVERY_STATES).find({ _id: { $in: found.map((doc) => doc._id) } });
    return page(found.map((doc) => toView(doc, states.find((s) => s._id === doc._id) ?? null)), limit, (s) => [s.subscriptionId]);
  }

  @Get(':id')
  @EntityRead('Subscription')
  @ApiOperation({ summary: 'One subscription: target, types, delivery state (last position, deliveries, failures)' })
  async get(@Param('id', new ParseUUIDPipe()) id: string): Promise<Record<string, unknown>> {
    const found = await (await this.readModels.collection('subscriptions')).findOne({ _id: id });
    if (!found) throw new NotFoundError('subscription', id);
    return toView(found, await this.documents.collection(DELIVERY_STATES).findOne({ _id: id }));
  }

  @Post(':id/replay')
  @Command()
  @ApiOperation({ summary: 'Deliver again, in order, every event after fromPosition (new webhook-id per replay)' })
  async replay(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: ReplaySubscriptionDto, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    return answerCommand(reply, await this.commands.replay(id, body.fromPosition, commandContext(request)));
  }

  @Post(':id/rotate-secret')
  @Command('SecretRotated')
  @ApiOperation({ summary: 'A new signing secret, shown only here; the previous one keeps signing until previousSecretValidUntil' })
  async rotate(@Param('id', new ParseUUIDPipe()) id: string, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    const result = await this.commands.rotateSecret(id, commandContext(request));
    return { ...answerCommand(reply, result), secret: result.secret, previousSecretValidUntil: result.previousSecretValidUntil };
  }

  @Get(':id/dead-letters')
  @ListRead('DeadLetter')
  @ApiOperation({ summary: 'Messages parked after their last retry failed, in log order' })
  async deadLetters(@Param('id', new ParseUUIDPipe()) id: string, @Query() query: ListSubscriptionsQuery): Promise<Page<Record<string, unknown>>> {
    await this.get(id);
    const limit = query.limit ?? 50;
    const after = decodeCursor(query.cursor);
    const filter = { subscriptionId: id, status: 'parked', ...(after ? { position: { $gt: Number(after[0]) } } : {}) };
    const found = await this.documents.collection(DEAD_LETTERS).find(filter, { sort: { position: 1 }, limit: limit + 1 });
    return page(found.map(({ _id, _position, ...letter }) => letter), limit, (letter) => [letter.position as number]);
  }

  @Post(':id/dead-letters/replay')
  @Command()
  @ApiOperation({ summary: 'Deliver every parked dead letter once more (with retries); those delivered leave the list' })
  async requeue(@Param('id', new ParseUUIDPipe()) id: string, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    return answerCommand(reply, await this.commands.requeueDeadLetters(id, commandContext(request)));
  }

  @Delete(':id')
  @Command()
  @ApiOperation({ summary: 'Stop deliveries for good' })
  async remove(@Param('id', new ParseUUIDPipe()) id: string, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    return answerCommand(reply, await this.commands.delete(id, commandContext(request)));
  }
}

function toView({ _id, _position, requeuePosition: _requeue, ...subscription }: Doc, state: Doc | null): Record<string, unknown> {
  const delivery = state
    ? { position: state.position, delivered: state.delivered, deadLettered: state.deadLettered, consecutiveFailures: state.consecutiveFailures, lastDeliveredAt: state.lastDeliveredAt, lastError: state.lastError, lastErrorAt: state.lastErrorAt }
    : { position: subscription.fromPosition, delivered: 0, deadLettered: 0, consecutiveFailures: 0, lastDeliveredAt: null, lastError: null, lastErrorAt: null };
  return { ...subscription, subscriptionId: String(_id), position: _position, delivery };
}
