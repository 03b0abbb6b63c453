import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';

export class ListQuery {
  @ApiPropertyOptional({ maximum: 500, default: 50 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(500)
  limit?: number;

  @ApiPropertyOptional({ description: 'Opaque; from nextCursor' }) @IsOptional() @IsString() @Length(1, 1000)
  cursor?: string;
}

export const CUSTOMER_ORDERS = ['name', '-name', 'lastContactAt', '-lastContactAt', 'createdAt', '-createdAt'] as const;
export type CustomerOrder = (typeof CUSTOMER_ORDERS)[number];

export class SearchCustomersQuery extends ListQuery {
  @ApiPropertyOptional({ description: 'Words of the name (any script, folded: Müller = Mueller = Muller); the last word may be unfinished (`Han` finds Hans)' }) @IsOptional() @IsString() @Length(1, 200)
  q?: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 320)
  email?: string;

  @ApiPropertyOptional({ description: 'Local numbers are read in `country` when given' }) @IsOptional() @IsString() @Length(1, 50)
  phone?: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @Length(2, 2)
  country?: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 100)
  partnerId?: string;

  @ApiPropertyOptional({ enum: CUSTOMER_ORDERS, description: 'List order (`-` = descending); default: by customer id. A cursor belongs to the order it came from' })
  @IsOptional() @IsIn(CUSTOMER_ORDERS)
  sort?: CustomerOrder;

  @ApiPropertyOptional({ description: 'Current members of the segment only, in customer-id order (not with sort); 422 for a segment you cannot see' }) @IsOptional() @IsUUID()
  segmentId?: string;
}

export class TimelineQuery extends ListQuery {
  @ApiPropertyOptional({ description: 'Only the entries of one interaction' }) @IsOptional() @IsString() @Length(1, 128)
  interactionId?: string;
}

export class AsOfQuery {
  @ApiPropertyOptional({ description: 'Business time: the view as things stood then' }) @IsOptional() @IsString() @Length(10, 40)
  asOf?: string;

  @ApiPropertyOptional({ description: 'System time: the view as we knew it then' }) @IsOptional() @IsString() @Length(10, 40)
  knownAt?: string;
}
