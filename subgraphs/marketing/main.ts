import { readString } from '../../platform/config/env';
import { readSubgraphConfig } from '../../platform/config/subgraph-config';
import { createLogger } from '../../platform/logging/logger';
import { runMain, stopOnSignal } from '../../platform/process/run-service';
import { crashPointsFromEnv } from './conversion/crash-points';
import { startMarketingSubgraph } from './marketing-subgraph';

const config = readSubgraphConfig(process.env, 4004);
const logger = createLogger(config.logLevel, { service: 'marketing' });
const subgraphUrls = {
  accounts: readString(process.env, 'ACCOUNTS_URL', 'http://127.0.0.1:4001/graphql'),
  sales: readString(process.env, 'SALES_URL', 'http://127.0.0.1:4002/graphql'),
};
// Empty unless the crash tests set MARKETING_TEST_CRASH_AT (see crash-points.ts).
const faults = crashPointsFromEnv(process.env);

runMain(async () => {
  const subgraph = await startMarketingSubgraph({ ...config, subgraphUrls, faults, logger });
  stopOnSignal(subgraph, logger);
}, logger);
