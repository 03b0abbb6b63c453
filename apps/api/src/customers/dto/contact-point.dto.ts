import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, Length } from 'class-validator';
import { OccurredAtDto } from './shared.dto';

export class AddContactPointDto extends OccurredAtDto {
  @ApiProperty({ enum: ['email', 'phone'] }) @IsIn(['email', 'phone'])
  type!: 'email' | 'phone';

  @ApiProperty({ example: '+98 912 345 6789' }) @IsString() @Length(1, 320)
  value!: string;
}
