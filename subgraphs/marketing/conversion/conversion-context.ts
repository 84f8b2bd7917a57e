import type { DataSource } from 'typeorm';
import type { Logger } from '../../../platform/logging/logger';

/** Where the subgraphs a conversion writes to serve GraphQL. */
export interface ConversionSubgraphUrls {
  accounts: string;
  sales: string;
}

/** The points of a conversion after which a fault may be injected. */
export type ConversionStep = 'recorded' | 'account' | 'opportunity' | 'completed';

/** Test hooks: each is called after a step has been stored and may throw to simulate a crash. */
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
  /** Conversions this process is driving right now, which recovery leaves alone. */
  inFlight: Set<string>;
}
