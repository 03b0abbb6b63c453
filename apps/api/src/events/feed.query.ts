import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';

export class FeedQuery {
  @ApiPropertyOptional({ type: 'integer', minimum: 0, description: 'Read after this log position (exclusive)' })
  @IsOptional() @Type(() => Number) @IsInt() @Min(0)
  after?: number;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page', pattern: '^\\d{1,15}$' })
  @IsOptional() @IsString() @Matches(/^\d{1,15}$/, { message: 'must be a cursor returned by a previous page' })
  cursor?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 500, default: 100 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(500)
  limit?: number;

  /** Comma-separated event types. */
  @ApiPropertyOptional({ description: 'Only these event types, comma-separated', example: 'customer.registered,customer.profile-changed' })
  @IsOptional() @IsString() @Matches(/^[a-z0-9.,-]{1,500}$/, { message: 'must be event type names separated by commas' })
  type?: string;
}
