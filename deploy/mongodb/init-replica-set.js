// Run by the compose service `mongodb-init` (mongosh --file): makes the single mongod a
// one-member replica set `rs0`, which gives read-model commits their transaction, then waits
// until it is primary. Safe to run again: an initiated set is left as it is.
//
// The member is announced as `mongodb:27017`, the name every container of the compose project
// resolves. From the host, connect with `directConnection=true` (see docs/deployment.md),
// because `mongodb` does not resolve there.
const member = process.env.MONGODB_RS_HOST || 'mongodb:27017';

try {
  rs.status();
  print(`replica set already initiated`);
} catch (error) {
  if (error.codeName !== 'NotYetInitialized') throw error;
  rs.initiate({ _id: 'rs0', members: [{ _id: 0, host: member }] });
  print(`replica set rs0 initiated with ${member}`);
}

for (let attempt = 0; !db.hello().isWritablePrimary; attempt++) {
  if (attempt >= 120) throw new Error('no primary after 60 s');
  sleep(500);
}
print('rs0 has a primary');
