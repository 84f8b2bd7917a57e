import { parseArgs } from 'node:util';
import { readSecret } from '../platform/config/env';
import { DEVELOPMENT_JWT_SECRET } from '../platform/config/development-defaults';
import { signLocalToken, type TokenClaims } from './support/tokens';

/**
 * Prints a bearer token for the local gateway.
 *
 *   npm run token -- --scope "sales:read accounts:read" --sub alice --partner acme --ttl 1h
 *
 * Defaults: subject `local-admin`, scope `crm:admin`, lifetime 12h; signed with
 * AUTH_JWT_SECRET (or the development default). Every token expires: the gateway refuses one
 * without `exp`. A mistake in the arguments is reported in one line, with exit code 2.
 */
const TTL_PATTERN = /^[1-9]\d{0,5}[smhd]$/;

function readClaims(args: string[]): TokenClaims {
  const { values } = parseArgs({
    args,
    options: {
      scope: { type: 'string', default: 'crm:admin' },
      sub: { type: 'string', default: 'local-admin' },
      partner: { type: 'string' },
      ttl: { type: 'string', default: '12h' },
    },
  });
  if (!TTL_PATTERN.test(values.ttl)) {
    throw new UsageError(
      `--ttl must be a lifetime such as 90s, 30m, 12h or 7d, got "${values.ttl}"`,
    );
  }
  if (values.sub.trim() === '') {
    throw new UsageError('--sub must not be empty');
  }
  if (values.partner !== undefined && values.partner.trim() === '') {
    throw new UsageError('--partner must not be empty');
  }

  return {
    subject: values.sub,
    scopes: values.scope.split(/[\s,]+/).filter(Boolean),
    ...(values.partner !== undefined ? { partnerId: values.partner } : {}),
    expiresIn: values.ttl,
  };
}

class UsageError extends Error {}

async function main(): Promise<void> {
  let claims: TokenClaims;
  try {
    claims = readClaims(process.argv.slice(2));
  } catch (error) {
    // parseArgs reports an unknown option or a missing value as a TypeError with a clear message.
    if (error instanceof UsageError || error instanceof TypeError) {
      process.stderr.write(`npm run token: ${error.message.replace(/\s*\n\s*/g, ' ')}\n`);
      process.exit(2);
    }
    throw error;
  }
  const secret = readSecret(process.env, 'AUTH_JWT_SECRET', DEVELOPMENT_JWT_SECRET);
  process.stdout.write(`${await signLocalToken(claims, secret)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `npm run token: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
