import { ConfigError } from '../../../platform/config/env';
import { CRASH_AT_VARIABLE, crashPointsFromEnv } from '../conversion/crash-points';

describe('the test-only crash points of the Marketing process', () => {
  it('install no hook when the variable is unset', () => {
    expect(crashPointsFromEnv({})).toEqual({});
  });

  it('install a hook for a named conversion point', () => {
    const faults = crashPointsFromEnv({ [CRASH_AT_VARIABLE]: 'accountsCommitted' });

    expect(faults.afterConversionStep).toEqual(expect.any(Function));
  });

  it('refuse a point that does not exist, naming the variable', () => {
    const crash = () => crashPointsFromEnv({ [CRASH_AT_VARIABLE]: 'somewhere' });

    expect(crash).toThrow(ConfigError);
    expect(crash).toThrow(`${CRASH_AT_VARIABLE} must be one of recorded, accountsCommitted`);
  });

  it('refuse to be set in production', () => {
    expect(() =>
      crashPointsFromEnv({ NODE_ENV: 'production', [CRASH_AT_VARIABLE]: 'recorded' }),
    ).toThrow(/for tests only/);
  });
});
