import { readSubgraphConfig } from '../../platform/config/subgraph-config';
import { createLogger } from '../../platform/logging/logger';
import { runMain, stopOnSignal } from '../../platform/process/run-service';
import { startAccountsSubgraph } from './accounts-subgraph';

const config = readSubgraphConfig(process.env, 4001);
const logger = createLogger(config.logLevel, { service: 'accounts' });

runMain(async () => {
  const subgraph = await startAccountsSubgraph({ ...config, logger });
  stopOnSignal(subgraph, logger);
}, logger);
