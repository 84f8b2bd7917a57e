import type { DataSource } from 'typeorm';
import type { Identity } from '../identity/identity';
import type { Logger } from '../logging/logger';

/** What every resolver of a subgraph receives; built once per request. */
export interface SubgraphContext<TLoaders = unknown> {
  identity: Identity;
  requestId: string;
  logger: Logger;
  dataSource: DataSource;
  /** DataLoaders of this request only, so batching and caching never span two requests. */
  loaders: TLoaders;
}
