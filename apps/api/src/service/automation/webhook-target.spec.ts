import { isForbiddenAddress, WebhookTargets } from './webhook-target';

describe('webhook targets: no request forgery into this machine or a private network', () => {
  it.each([
    '127.0.0.1', '127.5.6.7', '0.0.0.0', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '100.64.0.1', '100.127.255.254',
    '169.254.169.254', '169.254.0.1', '::1', '::', 'fc00::1', 'fd12:3456::1', 'fe80::1', '::ffff:127.0.0.1', '::ffff:7f00:1', '::ffff:a9fe:a9fe', '::ffff:10.0.0.1',
  ])('refuses %s', (address) => {
    expect(isForbiddenAddress(address)).toBe(true);
  });

  it.each(['93.184.216.34', '172.32.0.1', '100.128.0.1', '8.8.8.8', '2606:4700:4700::1111', '::ffff:8.8.8.8'])('allows the public address %s', (address) => {
    expect(isForbiddenAddress(address)).toBe(false);
  });

  it('refuses a name when any of its addresses is private, whatever the others', async () => {
    const targets = new WebhookTargets(false, async () => ['93.184.216.34', '10.0.0.7']);
    await expect(targets.check('https://hooks.example.com/crm')).rejects.toThrow(/resolves to 10\.0\.0\.7/);
  });

  it('refuses a literal address in brackets without asking DNS', async () => {
    const targets = new WebhookTargets(false, async () => { throw new Error('DNS must not be asked'); });
    await expect(targets.check('http://[::ffff:169.254.169.254]/latest/meta-data')).rejects.toThrow(/link-local or metadata/);
  });

  it('allows private targets when configured to, and public ones always', async () => {
    await expect(new WebhookTargets(true, async () => ['127.0.0.1']).check('http://receiver.local/x')).resolves.toEqual(['127.0.0.1']);
    await expect(new WebhookTargets(false, async () => ['93.184.216.34']).check('https://hooks.example.com/x')).resolves.toEqual(['93.184.216.34']);
  });

  it('hands the socket only checked addresses, so a second DNS answer cannot slip in', async () => {
    const answers = [['93.184.216.34'], ['127.0.0.1']];
    const targets = new WebhookTargets(false, async () => answers.shift() ?? []);
    await targets.check('https://hooks.example.com/x');
    const looked = await new Promise<{ error: Error | null; address: unknown }>((resolve) =>
      targets.lookup()('hooks.example.com', { all: true }, (error, address) => resolve({ error, address })));
    expect(looked.error?.message).toMatch(/resolves to 127\.0\.0\.1/);
  });
});
