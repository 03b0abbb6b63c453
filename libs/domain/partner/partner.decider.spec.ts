import { fold } from '../shared/decider';
import { BusinessRuleError, InvalidValueError } from '../shared/errors';
import { given } from '../testing/decider-spec';
import { partnerDecider, PartnerState, RegisterPartner } from './partner.decider';
import { PartnerRegistered } from './partner.events';

const bottler: PartnerRegistered = {
  type: 'crm.partner.registered',
  data: { partnerId: 'b-1', name: 'Zamzam Tehran', kind: 'bottler', parentId: null, ancestors: [], countries: ['IR'] },
};
const bottlerState: PartnerState = fold(partnerDecider, [bottler]);
const distributor = (parent?: PartnerState): RegisterPartner => ({
  type: 'RegisterPartner', partnerId: 'd-1', name: ' Pars Distribution ', kind: 'distributor', parentId: 'b-1', parent, countries: ['ir', 'AM', 'IR'],
});

describe('partners', () => {
  it('registers a bottler at the root of its own hierarchy', () => {
    given(partnerDecider).when({ type: 'RegisterPartner', partnerId: 'b-1', name: 'Zamzam Tehran', kind: 'bottler', countries: ['IR'] }).then([bottler]);
  });

  it('registers a distributor below a bottler with the ancestor path and normalised countries', () => {
    given(partnerDecider).when(distributor(bottlerState)).thenMatches([
      { data: { partnerId: 'd-1', name: 'Pars Distribution', parentId: 'b-1', ancestors: ['b-1'], countries: ['AM', 'IR'] } },
    ]);
  });

  it('keeps the whole path from the root down to the partner in its state', () => {
    const [event] = partnerDecider.decide(distributor(bottlerState), partnerDecider.initialState, { now: '', newId: () => '' });
    expect(fold(partnerDecider, [event]).path).toEqual(['b-1', 'd-1']);
  });

  it('refuses a parent that does not exist', () => {
    given(partnerDecider).when(distributor(partnerDecider.initialState)).thenThrows(InvalidValueError, { errors: [{ field: 'parentId', message: 'no such partner' }] });
  });

  it('refuses a bottler below a retailer: the chain runs bottler, distributor, retailer', () => {
    const retailer: PartnerState = { exists: true, kind: 'retailer', path: ['b-1', 'd-1', 'r-1'] };
    given(partnerDecider)
      .when({ type: 'RegisterPartner', partnerId: 'x', name: 'Upside down', kind: 'bottler', parentId: 'r-1', parent: retailer, countries: [] })
      .thenThrows(InvalidValueError);
  });

  it('refuses an unknown country code', () => {
    given(partnerDecider).when({ ...distributor(bottlerState), countries: ['XX'] }).thenThrows(InvalidValueError);
  });

  it('refuses registering the same partner twice', () => {
    given(partnerDecider, [bottler]).when({ type: 'RegisterPartner', partnerId: 'b-1', name: 'Again', kind: 'bottler', countries: [] }).thenThrows(BusinessRuleError);
  });
});
