import { UpcasterRegistry } from './upcasting';

const stored = { type: 'crm.customer.registered', schemaVersion: 1, data: { name: 'Sara Ahmadi' }, personal: { secret: 'x' } };

function registry(): UpcasterRegistry {
  return new UpcasterRegistry()
    .register('crm.customer.registered', 1, ({ data }) => ({ data: { displayName: data.name } }))
    .register('crm.customer.registered', 2, ({ data }) => ({ data: { ...data, tier: 'standard' } }));
}

describe('UpcasterRegistry', () => {
  it('brings an old event up to the latest version step by step', () => {
    expect(registry().upcast(stored)).toEqual({
      type: 'crm.customer.registered',
      schemaVersion: 3,
      data: { displayName: 'Sara Ahmadi', tier: 'standard' },
      personal: { secret: 'x' },
    });
  });

  it('starts from the version the event is at', () => {
    const v2 = { ...stored, schemaVersion: 2, data: { displayName: 'Sara' } };
    expect(registry().upcast(v2).data).toEqual({ displayName: 'Sara', tier: 'standard' });
  });

  it('never mutates the event it was given', () => {
    const copy = structuredClone(stored);
    registry().upcast(stored);
    expect(stored).toEqual(copy);
  });

  it('returns events of the latest version and of unknown types as they are', () => {
    const latest = { ...stored, schemaVersion: 3 };
    expect(registry().upcast(latest)).toBe(latest);
    const other = { ...stored, type: 'crm.other' };
    expect(registry().upcast(other)).toBe(other);
  });

  it('lets an upcaster reshape the personal part when it says so', () => {
    const reg = new UpcasterRegistry().register('t', 1, ({ data, personal }) => ({ data, personal: { fullName: personal?.secret } }));
    expect(reg.upcast({ type: 't', schemaVersion: 1, data: {}, personal: { secret: 'x' } }).personal).toEqual({ fullName: 'x' });
  });

  it('knows the latest version of each type', () => {
    expect(registry().latestVersion('crm.customer.registered')).toBe(3);
    expect(registry().latestVersion('crm.unknown')).toBeUndefined();
  });

  it('refuses a second upcaster for the same step', () => {
    expect(() => registry().register('crm.customer.registered', 2, ({ data }) => ({ data }))).toThrow('twice');
  });

  it('refuses to hand out an old shape when a step of the chain is missing', () => {
    const gap = new UpcasterRegistry().register('t', 2, ({ data }) => ({ data }));
    expect(() => gap.upcast({ type: 't', schemaVersion: 1, data: {} })).toThrow('no upcaster for t v1');
  });
});
