/**
 * How often a conversion that cannot reach Accounts or Sales is tried again. Attempts are
 * counted as they start, so one cut short by a crash counts too; the wait after a failed
 * attempt doubles each time, up to `maxDelayMs`. When the last allowed attempt fails as well,
 * the conversion ends FAILED (reason UNAVAILABLE) and the lead can be converted again.
 */
export interface ConversionRetryPolicy {
  /** Attempts before the conversion gives up. */
  maxAttempts: number;
  /** The wait after the first failed attempt. */
  firstDelayMs: number;
  /** The longest wait between two attempts. */
  maxDelayMs: number;
}

/**
 * 10 attempts, waiting 5 s, 10 s, 20 s, … up to 5 minutes in between: a conversion gives up
 * about 20 minutes after it was requested (1,215 s of waiting plus the attempts themselves).
 */
export const DEFAULT_RETRY_POLICY: ConversionRetryPolicy = {
  maxAttempts: 10,
  firstDelayMs: 5_000,
  maxDelayMs: 300_000,
};

/** The wait before the next attempt, after `failedAttempts` (1 or more) have failed. */
export function retryDelayMs(policy: ConversionRetryPolicy, failedAttempts: number): number {
  return Math.min(policy.firstDelayMs * 2 ** (failedAttempts - 1), policy.maxDelayMs);
}
