import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';
import { parseInstant } from '../../../../libs/domain/shared/instant';
import { ListQuery } from '../customers/dto/list.query';
import { ActorWindow } from './compliance.queries';

export class AuditWindowDto extends ListQuery {
  @ApiPropertyOptional({ description: 'Actor as recorded (`key:<id>`, `cli:<user>`); a bare API key id also matches' })
  @IsOptional() @IsString() @Length(1, 200)
  actorId?: string;

  @ApiPropertyOptional({ description: 'Inclusive start (system time, ISO 8601 with offset)' }) @IsOptional() @IsString() @Length(10, 40)
  from?: string;

  @ApiPropertyOptional({ description: 'Exclusive end (system time, ISO 8601 with offset)' }) @IsOptional() @IsString() @Length(10, 40)
  to?: string;
}

export class AccessLogDto extends AuditWindowDto {
  @ApiPropertyOptional({ description: 'The data subject (customer id)' }) @IsOptional() @IsString() @Length(1, 100)
  subjectId?: string;
}

/** Instants are checked for meaning (422), like every other instant of the API. */
export function actorWindow(dto: AuditWindowDto): ActorWindow {
  return {
    ...(dto.actorId ? { actorId: dto.actorId } : {}),
    ...(dto.from ? { from: parseInstant(dto.from, 'from') } : {}),
    ...(dto.to ? { to: parseInstant(dto.to, 'to') } : {}),
  };
}
