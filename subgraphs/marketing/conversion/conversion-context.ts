import type { DataSource } from 'typeorm';
import type { Logger } from '../../../platform/logging/logger';
import type { LeadConversion } from '../entities/lead-conversion.entity';
import type { ConversionRetryPolicy } from './retry-policy';

/** Where the subgraphs a conversion writes to serve GraphQL. */
export interface ConversionSubgraphUrls {
  accounts: string;
  sales: string;
}

/**
 * The points of a conversion at which a fault may be injected, in the order a conversion
 * reaches them: `recorded` (stored PENDING), `accountsCommitted` (Accounts has answered, so its
 * records are committed, but Marketing has not stored their ids yet), `account` (ids stored),
 * `salesCommitted` and `opportunity` (the same for Sales), `completed` (lead CONVERTED).
 */
export const CONVERSION_STEPS = [
  'recorded',
  'accountsCommitted',
  'account',
  'salesCommitted',
  'opportunity',
  'completed',
] as const;

export type ConversionStep = (typeof CONVERSION_STEPS)[number];

/**
 * Test hooks: `afterConversionStep` is called at each point and may throw (the attempt then ends
 * there, as after a crash) or end the process.
 */
export interface ConversionFaults {
  afterConversionStep?: (step: ConversionStep) => void;
}

/** What converting a lead needs, shared by the mutation and the recovery of pending ones. */
export interface ConversionContext {
  dataSource: DataSource;
  /** Null when the subgraph runs on its own: conversions are then unavailable. */
  urls: ConversionSubgraphUrls | null;
  /** The secret forwarded identities are signed with, as the gateway signs them. */
  identitySecret: string;
  logger: Logger;
  faults: ConversionFaults;
  retry: ConversionRetryPolicy;
  /**
   * The attempt this process is making at each conversion right now: recovery leaves these
   * alone, and a request for the same conversion waits for the attempt instead of making another.
   */
  inFlight: Map<string, Promise<LeadConversion>>;
}
