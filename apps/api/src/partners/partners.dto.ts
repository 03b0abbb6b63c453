import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { PartnerKind, PARTNER_KINDS } from '../../../../libs/domain/partner/partner.events';
import { ListQuery } from '../customers/dto/list.query';

export class RegisterPartnerDto {
  @ApiProperty({ example: 'Zamzam Tehran Bottling' }) @IsString() @Length(1, 200) @Matches(/^[^\p{Cc}]*$/u, { message: 'must not contain control characters' })
  name!: string;

  @ApiProperty({ enum: PARTNER_KINDS }) @IsIn(PARTNER_KINDS)
  kind!: PartnerKind;

  @ApiPropertyOptional({ description: 'The partner above this one (bottler → distributor → retailer)' }) @IsOptional() @IsUUID()
  parentId?: string;

  @ApiPropertyOptional({ type: [String], example: ['IR', 'AM'], description: 'ISO 3166-1 alpha-2' })
  @IsOptional() @IsArray() @ArrayMaxSize(250) @IsString({ each: true }) @Length(2, 2, { each: true })
  countries?: string[];

  @ApiPropertyOptional() @IsOptional() @IsString()
  occurredAt?: string;
}

export class ListPartnersQuery extends ListQuery {
  @ApiPropertyOptional() @IsOptional() @IsUUID()
  parentId?: string;
}
