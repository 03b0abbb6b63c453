import { Module } from '@nestjs/common';
import { AutomationRunner } from './automation/automation-runner';
import { CasesController } from './cases.controller';
import { AutomationRuleHandler } from './commands/automation-rule.handler';
import { CaseActionHandler } from './commands/case-action.handler';
import { RecordFeedbackHandler } from './commands/feedback.handler';
import { OpenCaseHandler } from './commands/open-case.handler';
import { ServiceLookups } from './commands/policy-loader';
import { DefineSlaPolicyHandler } from './commands/sla-policy.handler';
import { TaskHandler } from './commands/task.handler';
import { NpsAnalyticsHandler, ServiceAnalyticsHandler } from './queries/analytics.handler';
import { GetCaseHandler, ListCasesHandler } from './queries/case-queries.handler';
import { GetServiceDocumentHandler, ListTasksHandler } from './queries/service-documents.handler';
import { ServiceCommandsController } from './service-commands.controller';
import { ServiceListsController } from './service-lists.controller';
import { ServiceQueriesController } from './service-queries.controller';
import { ServiceWorker } from './service-worker';
import { SlaScheduler } from './sla/sla-scheduler';
import { WebhookTargets } from './automation/webhook-target';
import { ApiConfig } from '../config/config';
import { API_CONFIG } from '../infrastructure/tokens';

/** Service: SLA policies, cases with SLA clocks, feedback, tasks, automation, service analytics. */
@Module({
  controllers: [CasesController, ServiceCommandsController, ServiceQueriesController, ServiceListsController],
  providers: [
    ServiceLookups, DefineSlaPolicyHandler, OpenCaseHandler, CaseActionHandler, RecordFeedbackHandler, TaskHandler, AutomationRuleHandler,
    GetCaseHandler, ListCasesHandler, GetServiceDocumentHandler, ListTasksHandler, ServiceAnalyticsHandler, NpsAnalyticsHandler,
    SlaScheduler, AutomationRunner, ServiceWorker,
    { provide: WebhookTargets, useFactory: (config: ApiConfig) => new WebhookTargets(config.webhookAllowPrivate), inject: [API_CONFIG] },
  ],
  // One SSRF guard for every webhook: the subscriptions deliver through it too.
  exports: [WebhookTargets],
})
export class ServiceModule {}
