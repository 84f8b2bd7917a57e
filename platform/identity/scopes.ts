import { ForbiddenError } from '../errors/domain-errors';
import type { Identity } from './identity';

/** The four domains of the graph; each has a read and a write scope. */
export type Domain = 'accounts' | 'sales' | 'service' | 'marketing';

export type Access = 'read' | 'write';

/** Grants every scope of every domain. */
export const ADMIN_SCOPE = 'crm:admin';

export function scopeFor(domain: Domain, access: Access): string {
  return `${domain}:${access}`;
}

export function hasScope(identity: Identity, scope: string): boolean {
  return identity.scopes.includes(ADMIN_SCOPE) || identity.scopes.includes(scope);
}

/** Throws `FORBIDDEN`, naming the missing scope, unless the identity holds it. */
export function requireScope(identity: Identity, scope: string): void {
  if (!hasScope(identity, scope)) {
    throw new ForbiddenError(scope);
  }
}
