import { automationRulesProjection } from './automation-rules.projection';
import { caseKpiDaysProjection } from './case-kpi-days.projection';
import { casesProjection } from './cases.projection';
import { customerServiceProjection } from './customer-service.projection';
import { feedbackDailyProjection } from './feedback-daily.projection';
import { feedbackProjection } from './feedback.projection';
import { slaDeadlinesProjection } from './sla-deadlines.projection';
import { slaPoliciesProjection } from './sla-policies.projection';
import { tasksProjection } from './tasks.projection';

export { automationRulesProjection, caseKpiDaysProjection, casesProjection, customerServiceProjection, feedbackDailyProjection, feedbackProjection, slaDeadlinesProjection, slaPoliciesProjection, tasksProjection };
export { type CaseDocument } from './case.document';
export { type SlaDeadline } from './sla-deadlines.projection';

/** Every read model of the service area, for the composition root. */
export const serviceProjections = [
  slaPoliciesProjection, casesProjection, caseKpiDaysProjection, slaDeadlinesProjection, feedbackProjection, feedbackDailyProjection, tasksProjection, automationRulesProjection, customerServiceProjection,
];
