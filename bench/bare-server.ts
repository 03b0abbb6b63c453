import 'reflect-metadata';
import { Body, Controller, Get, Module, Param, Post } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import { IncomingMessage } from 'node:http';
import { loadConfig } from '../apps/api/src/config/config';
import { CustomerIdPipe } from '../apps/api/src/customers/customer-id.pipe';
import { RecordInteractionDto } from '../apps/api/src/customers/dto/interaction.dto';
import { validationPipe } from '../apps/api/src/http/validation';
import { ServedServer, serveToParent } from './forked-server';

/**
 * The baseline for the command bench: the same DTO, id pipe and global ValidationPipe as
 * POST /v1/customers/{id}/interactions, but no auth, no command bus and no I/O. What the real
 * route costs beyond this is the price of the write path.
 */
@Controller('bare')
class BareController {
  @Post(':id/interactions')
  record(@Param('id', CustomerIdPipe) _id: string, @Body() _body: RecordInteractionDto): { id: string; revision: number; position: number } {
    return { id: randomUUID(), revision: 1, position: 0 };
  }

  @Get(':id')
  read(@Param('id') id: string): { id: string; kind: string; name: string } {
    return { id, kind: 'person', name: 'Sara Ahmadi' };
  }
}

@Module({ controllers: [BareController] })
class BareModule {}

/** Same Fastify adapter options as apps/api/src/app.factory.ts, so only the route differs. */
export async function startBareServer(): Promise<ServedServer> {
  const adapter = new FastifyAdapter({
    bodyLimit: loadConfig({}).bodyLimitBytes,
    genReqId: (request: IncomingMessage) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && /^[\w.:-]{1,100}$/.test(given) ? given : randomUUID();
    },
  });
  adapter.getInstance().removeContentTypeParser('text/plain');
  const app = await NestFactory.create<NestFastifyApplication>(BareModule, adapter, { logger: false });
  app.useGlobalPipes(validationPipe());
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', String(request.id));
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address();
  if (!address || typeof address !== 'object') throw new Error('the bare server is not listening on a TCP port');
  return { url: `http://127.0.0.1:${address.port}`, close: () => app.close() };
}

if (require.main === module) serveToParent(startBareServer);
