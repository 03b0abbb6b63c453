import { parseCountry } from '../shared/country';
import { Decider } from '../shared/decider';
import { BusinessRuleError, InvalidValueError } from '../shared/errors';
import { PartnerEvent, PartnerKind, PARTNER_KINDS } from './partner.events';

export interface PartnerState {
  exists: boolean;
  kind?: PartnerKind;
  /** Root first, this partner last: what subtree checks match on. */
  path: string[];
}

/** The parent's state is read by the handler and passed in, so the decision stays pure. */
export interface RegisterPartner {
  type: 'RegisterPartner';
  partnerId: string;
  name: string;
  kind: PartnerKind;
  parentId?: string;
  parent?: PartnerState;
  countries: string[];
}

// The chain runs bottler → distributor → retailer; a partner sits below a strictly higher kind.
const RANK: Record<PartnerKind, number> = { bottler: 0, distributor: 1, retailer: 2 };

export const partnerDecider: Decider<RegisterPartner, PartnerState, PartnerEvent> = {
  initialState: { exists: false, path: [] },
  decide(command, state) {
    if (state.exists) throw new BusinessRuleError(`partner ${command.partnerId} exists already`);
    if (!PARTNER_KINDS.includes(command.kind)) {
      throw new InvalidValueError([{ field: 'kind', message: `must be one of ${PARTNER_KINDS.join(', ')}` }]);
    }
    const name = command.name.trim();
    if (!name) throw new InvalidValueError([{ field: 'name', message: 'must not be blank' }]);
    const countries = [...new Set(command.countries.map((country, i) => parseCountry(country, `countries[${i}]`)))].sort();
    const parent = command.parent;
    if (command.parentId !== undefined) {
      if (!parent?.exists || !parent.kind) throw new InvalidValueError([{ field: 'parentId', message: 'no such partner' }]);
      if (RANK[parent.kind] >= RANK[command.kind]) {
        throw new InvalidValueError([{ field: 'parentId', message: `a ${command.kind} cannot sit below a ${parent.kind}` }]);
      }
    }
    return [{
      type: 'crm.partner.registered',
      data: { partnerId: command.partnerId, name, kind: command.kind, parentId: command.parentId ?? null, ancestors: parent?.path ?? [], countries },
    }];
  },
  evolve(_state, event) {
    return { exists: true, kind: event.data.kind, path: [...event.data.ancestors, event.data.partnerId] };
  },
};
