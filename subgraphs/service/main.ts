import { readSubgraphConfig, readSubgraphUrl } from '../../platform/config/subgraph-config';
import { createLogger } from '../../platform/logging/logger';
import { runMain, stopOnSignal } from '../../platform/process/run-service';
import { startServiceSubgraph } from './service-subgraph';

const config = readSubgraphConfig(process.env, 4003);
const accountsUrl = readSubgraphUrl(process.env, 'accounts');
const logger = createLogger(config.logLevel, { service: 'service' });

runMain(async () => {
  const subgraph = await startServiceSubgraph({ ...config, accountsUrl, logger });
  stopOnSignal(subgraph, logger);
}, logger);
