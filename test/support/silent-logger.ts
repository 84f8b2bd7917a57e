import { createLogger } from '../../platform/logging/logger';

/** Tests log only what would be an error in production, unless LOG_LEVEL says otherwise. */
export const testLogger = createLogger(
  (process.env.TEST_LOG_LEVEL as 'error' | undefined) ?? 'silent',
);
