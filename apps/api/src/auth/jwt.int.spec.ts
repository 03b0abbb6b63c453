import { exportJWK, generateKeyPair, JWK, KeyLike, SignJWT } from 'jose';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import { loadConfig } from '../config/config';
import { startTestApp, TestApp } from '../testing/test-app';

const ISSUER = 'https://idp.example';
const AUDIENCE = 'crm-api';

describe('bearer JWTs validated against a JWKS URL', () => {
  let t: TestApp;
  let jwks: http.Server;
  let sign: (claims: Record<string, unknown>, options?: { expiresIn?: string; audience?: string; issuer?: string; key?: KeyLike | Uint8Array; kid?: string; alg?: string }) => Promise<string>;
  let partnerId: string;

  beforeAll(async () => {
    const { publicKey, privateKey } = await generateKeyPair('RS256');
    const stranger = await generateKeyPair('RS256');
    const jwk: JWK = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
    jwks = http.createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [jwk] })));
    await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
    const { port } = jwks.address() as AddressInfo;
    sign = (claims, o = {}) =>
      new SignJWT(claims).setProtectedHeader({ alg: o.alg ?? 'RS256', kid: o.kid ?? 'k1' }).setIssuer(o.issuer ?? ISSUER).setAudience(o.audience ?? AUDIENCE)
        .setSubject(String(claims.sub ?? 'user-1')).setIssuedAt().setExpirationTime(o.expiresIn ?? '5m').sign(o.key ?? (o.kid === 'k2' ? stranger.privateKey : privateKey));
    t = await startTestApp({ CRM_RATE_LIMIT_MAX: '0', CRM_JWT_JWKS_URL: `http://127.0.0.1:${port}/jwks.json`, CRM_JWT_ISSUER: ISSUER, CRM_JWT_AUDIENCE: AUDIENCE });
    partnerId = (await t.http().post('/v1/partners').set(t.auth).send({ name: 'JWT Bottling', kind: 'bottler' }).expect(201)).body.id;
    await t.http().post('/v1/customers').set(t.auth).send({ kind: 'person', name: 'Outside', allowDuplicate: true }).expect(201);
    await t.http().post('/v1/customers').set(t.auth).send({ kind: 'person', name: 'Inside', partnerId, allowDuplicate: true }).expect(201);
  });
  afterAll(async () => {
    await t.close();
    await new Promise((resolve) => jwks.close(resolve));
  });
  const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

  it('takes the role from the claims and records the subject as the actor', async () => {
    const viewer = await sign({ crm_role: 'viewer', sub: 'ana@idp' });
    await t.http().get('/v1/customers').set(bearer(viewer)).expect(200);
    await t.http().post('/v1/customers').set(bearer(viewer)).send({ kind: 'person', name: 'No' }).expect(403);
    const editor = await sign({ crm_role: 'editor', sub: 'eve@idp' });
    const created = await t.http().post('/v1/customers').set(bearer(editor)).send({ kind: 'person', name: 'By JWT', allowDuplicate: true }).expect(201);
    const [event] = await t.infrastructure.eventStore.readStream(`customer-${created.body.id}`);
    expect(event.metadata.actor).toBe('jwt:eve@idp');
  });

  it('confines a partner token to the partner named in its claims', async () => {
    const token = await sign({ crm_role: 'partner', crm_partner_id: partnerId, sub: 'portal' });
    const names = (await t.http().get('/v1/customers').set(bearer(token)).expect(200)).body.items.map((c: { name: string }) => c.name);
    expect(names).toEqual(['Inside']);
  });

  it.each([
    ['expired', () => sign({ crm_role: 'admin' }, { expiresIn: '-10m' })],
    ['for another audience', () => sign({ crm_role: 'admin' }, { audience: 'someone-else' })],
    ['from another issuer', () => sign({ crm_role: 'admin' }, { issuer: 'https://evil.example' })],
    ['signed by a key not in the JWKS', () => sign({ crm_role: 'admin' }, { kid: 'k2' })],
    ['signed with HMAC (alg confusion)', () => sign({ crm_role: 'admin' }, { alg: 'HS256', key: new TextEncoder().encode('x'.repeat(32)) })],
    ['with an unknown role', () => sign({ crm_role: 'root' })],
    ['with the partner role but no partner', () => sign({ crm_role: 'partner' })],
    ['unsigned (alg none)', async () => `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(JSON.stringify({ crm_role: 'admin', iss: ISSUER, aud: AUDIENCE, sub: 'x', exp: 9e9 })).toString('base64url')}.x`],
  ])('refuses a token %s with 401', async (_case, make) => {
    const answer = await t.http().get('/v1/customers').set(bearer(await make()));
    expect(answer.status).toBe(401);
    expect(answer.body.detail).toBe('the credentials are unknown, revoked or expired');
  });

  it('names the variable when the JWT configuration is incomplete or unsafe', () => {
    expect(() => loadConfig({ CRM_JWT_JWKS_URL: 'https://idp.example/jwks' })).toThrow(/^CRM_JWT_ISSUER: is required/);
    expect(() => loadConfig({ CRM_JWT_JWKS_URL: 'http://idp.example/jwks', CRM_JWT_ISSUER: 'i', CRM_JWT_AUDIENCE: 'a' })).toThrow(/^CRM_JWT_JWKS_URL: must be an https URL/);
    expect(() => loadConfig({ CRM_RATE_LIMIT_MAX: 'lots' })).toThrow(/^CRM_RATE_LIMIT_MAX/);
    expect(() => loadConfig({ CRM_CORS_ORIGINS: 'app.example.com' })).toThrow(/^CRM_CORS_ORIGINS/);
  });
});
