import { Body, Controller, HttpCode, Inject, Param, Post, Req, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';
import { FastifyReply, FastifyRequest } from 'fastify';
import { CustomerIdPipe } from '../customers/customer-id.pipe';
import { answerCommand, commandContext } from '../http/command-request';
import { EraseSubjectCommand } from './erase-subject.handler';

export class EraseSubjectDto {
  @ApiPropertyOptional({ example: 'GDPR Art. 17 request #4711' }) @IsOptional() @IsString() @Length(1, 500)
  reason?: string;
}

@ApiTags('compliance')
@ApiBearerAuth()
@Controller('v1/compliance/subjects')
export class ComplianceController {
  constructor(@Inject(CommandBus) private readonly commands: CommandBus) {}

  @Post(':id/erase')
  @HttpCode(200)
  @ApiOperation({ summary: "Erase the subject's personal data by destroying its key (crypto-shredding); facts stay for analytics" })
  async erase(@Param('id', CustomerIdPipe) id: string, @Body() body: EraseSubjectDto, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    return answerCommand(reply, await this.commands.execute(new EraseSubjectCommand(id, body?.reason, commandContext(request))));
  }
}
