import { Body, Controller, Inject, Param, Post, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsUUID } from 'class-validator';
import { FastifyReply, FastifyRequest } from 'fastify';
import { CustomerIdPipe } from '../customers/customer-id.pipe';
import { OccurredAtDto } from '../customers/dto/shared.dto';
import { answerCommand, commandContext } from '../http/command-request';
import { MergeCustomersCommand, UnmergeCustomerCommand } from './merge.commands';
import { Command } from '../http/openapi/operation-kinds';

export class MergeDto extends OccurredAtDto {
  @ApiProperty({ type: [String], description: 'Customers merged into this one (the survivor)' })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(50) @IsUUID('all', { each: true })
  duplicateIds!: string[];
}

export class UnmergeDto extends OccurredAtDto {
  @ApiProperty({ description: 'The customer merged into this one that becomes a customer of its own again' }) @IsUUID('all')
  customerId!: string;
}

type Answer = { id: string; revision: number; position: number };

@ApiTags('customers')
@ApiBearerAuth()
@Controller('v1/customers')
export class MergeController {
  constructor(@Inject(CommandBus) private readonly commands: CommandBus) {}

  @Post(':id/merge')
  @Command()
  @ApiOperation({
    summary: 'Merge duplicates into this customer (the survivor), keeping both lineages',
    description: 'Each duplicate gets crm.customer.merged-into, the survivor crm.customer.absorbed. The survivor\'s 360° view shows the union; '
      + 'GET on a merged id answers 308 with Location = the survivor; commands on a merged id are 409. Answers the survivor\'s revision and the last position written.',
  })
  async merge(@Param('id', CustomerIdPipe) id: string, @Body() body: MergeDto, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<Answer> {
    const duplicateIds = body.duplicateIds.map((duplicateId) => new CustomerIdPipe().transform(duplicateId));
    return answerCommand(reply, await this.commands.execute(new MergeCustomersCommand(id, duplicateIds, commandContext(request, body.occurredAt))));
  }

  @Post(':id/unmerge')
  @Command()
  @ApiOperation({ summary: 'Undo a merge: both records read again as before it, plus what was recorded against each id since (docs/identity.md)' })
  async unmerge(@Param('id', CustomerIdPipe) id: string, @Body() body: UnmergeDto, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<Answer> {
    const duplicateId = new CustomerIdPipe().transform(body.customerId);
    return answerCommand(reply, await this.commands.execute(new UnmergeCustomerCommand(id, duplicateId, commandContext(request, body.occurredAt))));
  }
}
