import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'crm:public';
/**
 * Marks a route meant for callers without a key (health, metrics) for readers of the controller.
 * What is public is decided by the permissions table alone (auth/permissions.ts, `public`).
 */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC, true);
