import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { AccessLogController } from './access-log.controller';
import { AccessLogHandler } from './access-log.handler';
import { AccessLogInterceptor } from './access-log.interceptor';
import { AccessRecorder } from './access-recorder';
import { AuditEventsHandler } from './audit-events.handler';
import { ComplianceController } from './compliance.controller';
import { ConsentProofController } from './consent-proof.controller';
import { ConsentProofHandler } from './consent-proof.handler';
import { DataSubjects } from './data-subjects';
import { EraseSubjectHandler } from './erase-subject.handler';
import { ExportSubjectHandler } from './export-subject.handler';

@Module({
  controllers: [ComplianceController, AccessLogController, ConsentProofController],
  providers: [
    DataSubjects,
    EraseSubjectHandler,
    AccessRecorder,
    AccessLogHandler,
    AuditEventsHandler,
    ConsentProofHandler,
    ExportSubjectHandler,
    // Global, so any route of any module marked @RecordsAccess is recorded the same way.
    { provide: APP_INTERCEPTOR, useClass: AccessLogInterceptor },
  ],
  exports: [AccessRecorder],
})
export class ComplianceModule {}
