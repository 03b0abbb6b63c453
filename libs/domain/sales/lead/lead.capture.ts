import { compact } from '../../shared/compact';
import { parseCountry } from '../../shared/country';
import { parseDisplayName } from '../../shared/display-name';
import { parseEmail } from '../../shared/email';
import { parseOptionalFreeText } from '../../shared/free-text';
import { parseId } from '../../shared/identifier';
import { parsePhoneNumber } from '../../shared/phone-number';
import { invalid, validateAll } from '../../shared/validation';
import { CaptureLead } from './lead.commands';
import { LeadCaptured } from './lead.events';

const TOKEN = /^[a-z0-9][a-z0-9_-]{0,63}$/;

/** Sources and industries are lower-case tokens, so funnels group them without spelling variants. */
export function parseToken(input: unknown, field: string): string {
  const text = typeof input === 'string' ? input.trim().toLowerCase() : input;
  if (typeof text !== 'string' || !TOKEN.test(text)) throw invalid(field, 'must be a lower-case token of letters, digits, "_" or "-"');
  return text;
}

const optional = <T>(input: unknown, parse: () => T): T | undefined => (input === undefined || input === null ? undefined : parse());

function parseCompanySize(input: unknown): number {
  if (typeof input !== 'number' || !Number.isInteger(input) || input < 1 || input > 10_000_000) {
    throw invalid('companySize', 'must be a whole number of employees');
  }
  return input;
}

/** Validates a capture into its event: contact details personal, fit attributes in data. */
export function captured(command: CaptureLead): LeadCaptured {
  const v = validateAll({
    leadId: () => parseId(command.leadId, 'leadId'),
    name: () => parseDisplayName(command.name, 'name'),
    email: () => optional(command.email, () => parseEmail(command.email, 'email').value),
    country: () => optional(command.country, () => parseCountry(command.country, 'country')),
    source: () => parseToken(command.source, 'source'),
    campaignId: () => optional(command.campaignId, () => parseId(command.campaignId, 'campaignId')),
    partnerId: () => optional(command.partnerId, () => parseId(command.partnerId, 'partnerId')),
    industry: () => optional(command.industry, () => parseToken(command.industry, 'industry')),
    companySize: () => optional(command.companySize, () => parseCompanySize(command.companySize)),
    company: () => parseOptionalFreeText(command.company, 'company', { maxLength: 300 }),
    referrerCustomerId: () => optional(command.referrerCustomerId, () => parseId(command.referrerCustomerId, 'referrerCustomerId')),
  });
  const phone = validateAll({ phone: () => optional(command.phone, () => parsePhoneNumber(command.phone, 'phone', v.country)) }).phone;
  if (!v.email && !phone) throw invalid('email', 'a lead needs an email or a phone to be followed up');
  const { name, email, company, ...data } = v;
  return {
    type: 'crm.lead.captured',
    data: compact({ ...data, stage: command.subscriberOnly ? ('subscriber' as const) : ('lead' as const) }),
    personal: compact({ name, email, phone, company }),
  };
}
