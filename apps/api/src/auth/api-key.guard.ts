import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { FastifyRequest } from 'fastify';
import { problem, ProblemError } from '../http/problem';
import { rememberPrincipal } from '../http/request-context';
import { PartnerScope } from '../partners/partner-scope';
import { actorOf, Principal } from './principal';
import { Authenticator, routeOf } from './authenticator';
import { PartnerRecords } from './partner-records';
import { allows, PartnerRule, ruleFor } from './permissions';
import { SecurityLog } from './security-log';

/**
 * The one access check of every route: the route's rule from the permissions table (unlisted =
 * admin-only), the caller's credentials (401), the role's permissions (403), and for partner
 * keys the partner scope of the route's customer or partner (404 outside it).
 */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(
    @Inject(Authenticator) private readonly authenticator: Authenticator,
    @Inject(PartnerScope) private readonly scope: PartnerScope,
    @Inject(SecurityLog) private readonly security: SecurityLog,
    @Inject(PartnerRecords) private readonly records: PartnerRecords,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const rule = ruleFor(request.method, request.routeOptions?.url);
    if (rule.permission === 'public') return true;
    const principal = await this.authenticator.authenticate(request);
    request.principal = principal;
    rememberPrincipal(principal);
    if (!allows(principal.role, rule)) {
      await this.security.accessDenied({
        actor: actorOf(principal), role: principal.role, route: routeOf(request), requestId: String(request.id), client: request.ip, reason: rule.permission,
      });
      throw new ProblemError(problem(403, 'forbidden', `the ${principal.role} role may not call ${routeOf(request)}`));
    }
    if (principal.role === 'partner' && rule.partner) await this.confine(principal, rule.partner, request);
    return true;
  }

  private async confine(principal: Principal, rule: PartnerRule, request: FastifyRequest): Promise<void> {
    const params = (request.params ?? {}) as Record<string, string | undefined>;
    const body = (request.body && typeof request.body === 'object' ? request.body : {}) as Record<string, unknown>;
    if (rule.customerParam) await this.scope.assertCustomerVisible(principal, String(params[rule.customerParam] ?? '').toLowerCase());
    // Absent: the body's validation answers (creating a record always names its customer when the DTO requires one).
    if (rule.customerBody && body[rule.customerBody] !== undefined) await this.scope.assertCustomerVisible(principal, String(body[rule.customerBody]).toLowerCase());
    for (const { kind, param, body: field } of rule.records ?? []) {
      const id = param ? params[param] : field ? body[field] : undefined;
      if (id !== undefined || param) await this.records.assertVisible(principal, kind, String(id ?? ''));
    }
    if (rule.partnerParam) await this.scope.assertPartnerVisible(principal, String(params[rule.partnerParam] ?? ''));
    if (rule.partnerBody) await this.scope.assertAssignable(principal, body.partnerId, rule.partnerBody === 'required');
  }
}
