import { Controller, Get, Param } from '@nestjs/common';

/**
 * The baseline for reads: a GET inside the real API, so behind the same global guard (API-key
 * check, permission lookup; unlisted routes are admin-only), pipes and Fastify hooks, that
 * answers a small customer-shaped document without I/O. Only the benches mount it.
 */
@Controller('bench')
export class AuthenticatedBareController {
  @Get('customers/:id')
  read(@Param('id') id: string): { customerId: string; kind: string; name: string; country: string } {
    return { customerId: id, kind: 'person', name: 'Sara Ahmadi', country: 'IR' };
  }
}
