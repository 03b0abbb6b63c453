import { Module } from '@nestjs/common';
import { ComplianceController } from './compliance.controller';
import { EraseSubjectHandler } from './erase-subject.handler';

@Module({
  controllers: [ComplianceController],
  providers: [EraseSubjectHandler],
})
export class ComplianceModule {}
