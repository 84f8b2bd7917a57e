import { parseArgs } from 'node:util';
import { readSecret } from '../platform/config/env';
import { DEVELOPMENT_JWT_SECRET } from '../platform/config/development-defaults';
import { signLocalToken } from './support/tokens';

/**
 * Prints a bearer token for the local gateway.
 *
 *   npm run token -- --scope "sales:read accounts:read" --sub alice --partner acme --ttl 1h
 *
 * Defaults: subject `local-admin`, scope `crm:admin`, lifetime 12h; signed with
 * AUTH_JWT_SECRET (or the development default).
 */
const { values } = parseArgs({
  options: {
    scope: { type: 'string', default: 'crm:admin' },
    sub: { type: 'string', default: 'local-admin' },
    partner: { type: 'string' },
    ttl: { type: 'string', default: '12h' },
  },
});

void signLocalToken(
  {
    subject: values.sub,
    scopes: values.scope.split(/[\s,]+/).filter(Boolean),
    ...(values.partner ? { partnerId: values.partner } : {}),
    expiresIn: values.ttl,
  },
  readSecret(process.env, 'AUTH_JWT_SECRET', DEVELOPMENT_JWT_SECRET),
).then((token) => process.stdout.write(`${token}\n`));
