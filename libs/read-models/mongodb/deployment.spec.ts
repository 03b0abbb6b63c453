import { supportsTransactions } from './deployment';

describe('supportsTransactions', () => {
  it('says yes for a replica-set member, single-node ones included', () => {
    expect(supportsTransactions({ isWritablePrimary: true, setName: 'rs0', hosts: ['127.0.0.1:27017'] })).toBe(true);
  });

  it('says yes for a mongos in front of a sharded cluster', () => {
    expect(supportsTransactions({ isWritablePrimary: true, msg: 'isdbgrid' })).toBe(true);
  });

  it('says no for a standalone server', () => {
    expect(supportsTransactions({ isWritablePrimary: true, maxWireVersion: 21 })).toBe(false);
    expect(supportsTransactions({ ismaster: true, setName: '' })).toBe(false);
  });
});
