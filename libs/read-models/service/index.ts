import { automationRulesProjection } from './automation-rules.projection';
import { casesProjection } from './cases.projection';
import { customerServiceProjection } from './customer-service.projection';
import { feedbackDailyProjection } from './feedback-daily.projection';
import { feedbackProjection } from './feedback.projection';
import { slaDeadlinesProjection } from './sla-deadlines.projection';
import { slaPoliciesProjection } from './sla-policies.projection';
import { tasksProjection } from './tasks.projection';

export { automationRulesProjection, casesProjection, customerServiceProjection, feedbackDailyProjection, feedbackProjection, slaDeadlinesProjection, slaPoliciesProjection, tasksProjection };
export { type CaseDocument } from './case.document';
export { type SlaDeadline } from './sla-deadlines.projection';

/** Every read model of the service area, for the composition root. */
export const serviceProjections = [
  slaPoliciesProjection, casesProjection, slaDeadlinesProjection, feedbackProjection, feedbackDailyProjection, tasksProjection, automationRulesProjection, customerServiceProjection,
];
