import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { ListQuery } from '../../customers/dto/list.query';

const upper = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toUpperCase() : value);

export class ListLeadsQuery extends ListQuery {
  @ApiPropertyOptional({ enum: ['open', 'disqualified', 'converted'] }) @IsOptional() @IsIn(['open', 'disqualified', 'converted'])
  status?: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 128)
  campaignId?: string;

  @ApiPropertyOptional({ description: 'The customer a lead was converted into' }) @IsOptional() @IsString() @Length(1, 128)
  customerId?: string;
}

export class ListOpportunitiesQuery extends ListQuery {
  @ApiPropertyOptional({ enum: ['open', 'won', 'lost'] }) @IsOptional() @IsIn(['open', 'won', 'lost'])
  status?: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 128)
  pipelineId?: string;

  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 128)
  customerId?: string;
}

export class ListFxRatesQuery extends ListQuery {
  @ApiProperty({ description: 'ISO 4217' }) @Transform(upper) @IsString() @Length(3, 3)
  base!: string;

  @ApiProperty({ description: 'ISO 4217' }) @Transform(upper) @IsString() @Length(3, 3)
  quote!: string;
}
