import { Body, Controller, Delete, Inject, Param, Patch, Post, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { FastifyReply, FastifyRequest } from 'fastify';
import { answerCommand, commandContext } from '../http/command-request';
import { ChangeCustomerCommand, RecordInteractionCommand, RegisterCustomerCommand } from './commands/customer.commands';
import { ChangeProfileDto } from './dto/change-profile.dto';
import { RecordConsentDto } from './dto/consent.dto';
import { AddContactPointDto } from './dto/contact-point.dto';
import { RecordInteractionDto } from './dto/interaction.dto';
import { RegisterCustomerDto } from './dto/register-customer.dto';
import { CustomerIdPipe } from './customer-id.pipe';
import { Command, CreateCommand } from '../http/openapi/operation-kinds';

type Answer = { id: string; revision: number; position: number };

@ApiTags('customers')
@ApiBearerAuth()
@Controller('v1/customers')
export class CustomersController {
  constructor(@Inject(CommandBus) private readonly commands: CommandBus) {}

  @Post()
  @CreateCommand()
  @ApiOperation({ summary: 'Register a customer; a likely duplicate is 409 naming the existing id unless allowDuplicate' })
  async register(@Body() body: RegisterCustomerDto, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<Answer> {
    const { allowDuplicate, occurredAt, ...fields } = body;
    const result = await this.commands.execute(
      new RegisterCustomerCommand({ type: 'RegisterCustomer', ...fields }, allowDuplicate === true, commandContext(request, occurredAt)),
    );
    return answerCommand(reply, result, { location: `/v1/customers/${result.id}` });
  }

  @Patch(':id')
  @Command('CommandAnswer', { ifMatch: true })
  @ApiOperation({ summary: 'Change profile fields; absent fields stay, null clears' })
  async changeProfile(@Param('id', CustomerIdPipe) id: string, @Body() body: ChangeProfileDto, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<Answer> {
    const { occurredAt, ...fields } = body;
    const command = new ChangeCustomerCommand({ type: 'ChangeProfile', customerId: id, ...fields }, commandContext(request, occurredAt));
    return answerCommand(reply, await this.commands.execute(command));
  }

  @Post(':id/contact-points')
  @CreateCommand('ContactPointAdded')
  @ApiOperation({ summary: 'Add an email or phone (phones normalised to E.164 in the customer country)' })
  async addContactPoint(@Param('id', CustomerIdPipe) id: string, @Body() body: AddContactPointDto, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<Answer & { contactPointId?: string }> {
    const command = new ChangeCustomerCommand(
      { type: 'AddContactPoint', customerId: id, contactPointType: body.type, value: body.value },
      commandContext(request, body.occurredAt),
    );
    const result = await this.commands.execute(command);
    const contactPointId = result.events.map((e) => e.data.contactPointId).find(Boolean) as string | undefined;
    if (!contactPointId) return answerCommand(reply, result);
    return { ...answerCommand(reply, result, { location: `/v1/customers/${id}/contact-points/${contactPointId}` }), contactPointId };
  }

  @Delete(':id/contact-points/:contactPointId')
  @Command()
  @ApiOperation({ summary: 'Remove a contact point' })
  async removeContactPoint(@Param('id', CustomerIdPipe) id: string, @Param('contactPointId') contactPointId: string, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<Answer> {
    const command = new ChangeCustomerCommand({ type: 'RemoveContactPoint', customerId: id, contactPointId }, commandContext(request));
    return answerCommand(reply, await this.commands.execute(command));
  }

  @Post(':id/consents')
  @Command()
  @ApiOperation({ summary: 'Grant or withdraw consent for a purpose on a channel' })
  async recordConsent(@Param('id', CustomerIdPipe) id: string, @Body() body: RecordConsentDto, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<Answer> {
    const { purpose, channel, source, granted } = body;
    const command = new ChangeCustomerCommand(
      { type: granted ? 'GrantConsent' : 'WithdrawConsent', customerId: id, purpose, channel, ...(source ? { source } : {}) },
      commandContext(request, body.occurredAt),
    );
    return answerCommand(reply, await this.commands.execute(command));
  }

  @Post(':id/interactions')
  @CreateCommand()
  @ApiOperation({ summary: 'Record an interaction on any channel' })
  async recordInteraction(@Param('id', CustomerIdPipe) id: string, @Body() body: RecordInteractionDto, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<Answer> {
    const { occurredAt, ...fields } = body;
    const command = new RecordInteractionCommand({ type: 'RecordInteraction', customerId: id, ...fields }, commandContext(request, occurredAt));
    const result = await this.commands.execute(command);
    return answerCommand(reply, result, { location: `/v1/customers/${id}/timeline?interactionId=${result.id}` });
  }
}
