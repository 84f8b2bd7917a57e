import { ConfigError, isProduction, readOptionalString } from '../../../platform/config/env';
import { CONVERSION_STEPS, type ConversionFaults, type ConversionStep } from './conversion-context';

/** The environment variable of the crash tests; never set outside them. */
export const CRASH_AT_VARIABLE = 'MARKETING_TEST_CRASH_AT';

/**
 * Test only. When MARKETING_TEST_CRASH_AT names a conversion point (see CONVERSION_STEPS), the
 * Marketing process kills itself with SIGKILL as soon as a conversion reaches that point, as a
 * power cut would: no shutdown, no pending writes, nothing flushed. The crash tests set it on a
 * Marketing process they then restart without it. Unset, conversions run without any hook; set
 * under NODE_ENV=production, the process refuses to start.
 */
export function crashPointsFromEnv(env: Record<string, string | undefined>): ConversionFaults {
  const point = readOptionalString(env, CRASH_AT_VARIABLE);
  if (point === undefined) {
    return {};
  }
  if (isProduction(env)) {
    throw new ConfigError(CRASH_AT_VARIABLE, 'is for tests only and cannot be set in production');
  }
  if (!(CONVERSION_STEPS as readonly string[]).includes(point)) {
    throw new ConfigError(CRASH_AT_VARIABLE, `must be one of ${CONVERSION_STEPS.join(', ')}`);
  }
  const crashAt = point as ConversionStep;

  return {
    afterConversionStep: (step) => {
      if (step === crashAt) {
        process.kill(process.pid, 'SIGKILL');
      }
    },
  };
}
