/**
 * Secrets used only when NODE_ENV is not `production`, so that a fresh checkout runs without
 * any setup. Production refuses to start without real values.
 */
export const DEVELOPMENT_JWT_SECRET = 'crm-development-jwt-secret-do-not-use-in-production';
export const DEVELOPMENT_IDENTITY_SECRET =
  'crm-development-identity-secret-do-not-use-in-production';
