import { Writable } from 'node:stream';
import { createLogger, PinoNestLogger } from './logger';

function capture() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)) as Record<string, unknown>);
      done();
    },
  });
  return { lines, stream };
}

describe('JSON logs', () => {
  it('write one object per line with the service, the level name and the request id', () => {
    const { lines, stream } = capture();
    const log = createLogger('crm-api', 'info', stream, { requestId: () => 'req-7' });
    log.info({ route: '/v1/customers' }, 'request');
    expect(lines).toEqual([expect.objectContaining({ service: 'crm-api', level: 'info', reqId: 'req-7', route: '/v1/customers', msg: 'request' })]);
  });

  it('censor credentials and personal fields wherever a caller puts them', () => {
    const { lines, stream } = capture();
    const log = createLogger('crm-api', 'info', stream);
    log.warn({
      headers: { authorization: 'Bearer crm_secret' },
      event: { type: 'crm.customer.registered', personal: { name: 'Maryam Rezaei' } },
      customer: { name: 'Maryam Rezaei', emails: ['maryam@example.ir'], phones: ['+98 912 345 6789'] },
    }, 'odd');
    const text = JSON.stringify(lines);
    for (const secret of ['crm_secret', 'Maryam', 'maryam@example.ir', '6789']) expect(text).not.toContain(secret);
    expect(lines[0]).toMatchObject({ headers: { authorization: '[redacted]' }, event: { type: 'crm.customer.registered', personal: '[redacted]' } });
  });

  it("carry Nest's context and never print an object's values", () => {
    const { lines, stream } = capture();
    const nest = new PinoNestLogger(createLogger('crm-api', 'info', stream));
    nest.log('listening', 'crm');
    nest.error({ email: 'ada@example.org' }, 'ProblemFilter');
    expect(lines[0]).toMatchObject({ level: 'info', context: 'crm', msg: 'listening' });
    expect(lines[1]).toMatchObject({ level: 'error', context: 'ProblemFilter', msg: '[object with email]' });
  });
});
