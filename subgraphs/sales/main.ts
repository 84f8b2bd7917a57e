import { readSubgraphConfig, readSubgraphUrl } from '../../platform/config/subgraph-config';
import { createLogger } from '../../platform/logging/logger';
import { runMain, stopOnSignal } from '../../platform/process/run-service';
import { startSalesSubgraph } from './sales-subgraph';

const config = readSubgraphConfig(process.env, 4002);
const accountsUrl = readSubgraphUrl(process.env, 'accounts');
const logger = createLogger(config.logLevel, { service: 'sales' });

runMain(async () => {
  const subgraph = await startSalesSubgraph({ ...config, accountsUrl, logger });
  stopOnSignal(subgraph, logger);
}, logger);
