import { Global, Module } from '@nestjs/common';
import { PartnerDirectory } from './partner-directory';
import { PartnerScope } from './partner-scope';
import { PartnersController } from './partners.controller';

// Global: partner scope is a cross-cutting read concern (like ReadModels), used by every area's handlers.
@Global()
@Module({
  controllers: [PartnersController],
  providers: [PartnerDirectory, PartnerScope],
  exports: [PartnerDirectory, PartnerScope],
})
export class PartnersModule {}
