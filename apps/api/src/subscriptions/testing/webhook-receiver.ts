import { createServer, IncomingHttpHeaders, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';

export interface ReceivedCall {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** performance.now() when the call arrived. */
  at: number;
}

/** What to answer a call: a status, or 'hang' to never answer (the sender's timeout must end it). */
export type Answer = (call: ReceivedCall, earlierCalls: ReceivedCall[]) => number | 'hang';

/** A webhook receiver on 127.0.0.1 that records every call and answers as told (204 by default). */
export async function webhookReceiver(answer: Answer = () => 204): Promise<{ url: string; calls: ReceivedCall[]; answer: Answer; close(): Promise<void> }> {
  const calls: ReceivedCall[] = [];
  const hanging: ServerResponse[] = [];
  const receiver = { url: '', calls, answer, close: async () => undefined as void };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const call = { path: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8'), at: performance.now() };
      const status = receiver.answer(call, calls.slice());
      calls.push(call);
      if (status === 'hang') {
        hanging.push(res);
        return;
      }
      res.statusCode = status;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  receiver.close = async () => {
    for (const res of hanging) res.destroy();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  };
  return receiver;
}
