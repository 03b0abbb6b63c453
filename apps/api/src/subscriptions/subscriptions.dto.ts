import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsInt, IsOptional, IsString, Length, Min } from 'class-validator';
import { ListQuery } from '../customers/dto/list.query';

export class CreateSubscriptionDto {
  @ApiProperty({ example: 'https://hooks.example.com/crm', description: 'http(s); loopback, private and link-local targets are refused unless CRM_WEBHOOK_ALLOW_PRIVATE=true' })
  @IsString() @Length(1, 2000)
  url!: string;

  @ApiPropertyOptional({ type: [String], example: ['crm.customer.registered'], description: 'Event types to deliver; absent or empty = every type' })
  @IsOptional() @IsArray() @ArrayMaxSize(100) @IsString({ each: true })
  types?: string[];

  @ApiPropertyOptional({ type: 'integer', minimum: 0, description: 'Deliver the events after this log position (default: the log head, i.e. only new events)' })
  @IsOptional() @IsInt() @Min(0)
  fromPosition?: number;
}

export class ReplaySubscriptionDto {
  @ApiProperty({ type: 'integer', minimum: 0, description: 'Deliver again every event after this log position, in order' })
  @IsInt() @Min(0)
  fromPosition!: number;
}

export class ListSubscriptionsQuery extends ListQuery {}
