import { Module } from '@nestjs/common';
import { PartnerDirectory } from './partner-directory';
import { PartnerScope } from './partner-scope';
import { PartnersController } from './partners.controller';

@Module({
  controllers: [PartnersController],
  providers: [PartnerDirectory, PartnerScope],
  exports: [PartnerDirectory, PartnerScope],
})
export class PartnersModule {}
