import { readString } from '../../platform/config/env';
import { readSubgraphConfig } from '../../platform/config/subgraph-config';
import { createLogger } from '../../platform/logging/logger';
import { runMain, stopOnSignal } from '../../platform/process/run-service';
import { startMarketingSubgraph } from './marketing-subgraph';

const config = readSubgraphConfig(process.env, 4004);
const logger = createLogger(config.logLevel, { service: 'marketing' });
const subgraphUrls = {
  accounts: readString(process.env, 'ACCOUNTS_URL', 'http://127.0.0.1:4001/graphql'),
  sales: readString(process.env, 'SALES_URL', 'http://127.0.0.1:4002/graphql'),
};

runMain(async () => {
  const subgraph = await startMarketingSubgraph({ ...config, subgraphUrls, logger });
  stopOnSignal(subgraph, logger);
}, logger);
