import type { Document } from 'mongodb';

/**
 * Multi-document transactions need a replica set (a single-node one is enough) or a sharded
 * cluster; a standalone server refuses them. `hello` tells which: a replica-set member reports
 * `setName`, a mongos answers `msg: 'isdbgrid'`.
 */
export function supportsTransactions(hello: Document): boolean {
  return (typeof hello.setName === 'string' && hello.setName.length > 0) || hello.msg === 'isdbgrid';
}
