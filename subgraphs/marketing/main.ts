import { readSubgraphConfig } from '../../platform/config/subgraph-config';
import { createLogger } from '../../platform/logging/logger';
import { runMain, stopOnSignal } from '../../platform/process/run-service';
import { startMarketingSubgraph } from './marketing-subgraph';

const config = readSubgraphConfig(process.env, 4004);
const logger = createLogger(config.logLevel, { service: 'marketing' });

runMain(async () => {
  const subgraph = await startMarketingSubgraph({ ...config, logger });
  stopOnSignal(subgraph, logger);
}, logger);
