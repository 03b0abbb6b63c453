import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';

export class FeedQuery {
  @IsOptional() @Type(() => Number) @IsInt() @Min(0)
  after?: number;

  @IsOptional() @IsString() @Matches(/^\d{1,15}$/, { message: 'must be a cursor returned by a previous page' })
  cursor?: string;

  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(500)
  limit?: number;

  /** Comma-separated event types. */
  @IsOptional() @IsString() @Matches(/^[a-z0-9.,-]{1,500}$/, { message: 'must be event type names separated by commas' })
  type?: string;
}
