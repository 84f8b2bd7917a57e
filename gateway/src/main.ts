import { createLogger } from '../../platform/logging/logger';
import { runMain, stopOnSignal } from '../../platform/process/run-service';
import { readGatewayConfig } from './config';
import { startGateway } from './gateway-server';

const config = readGatewayConfig(process.env);
const logger = createLogger(config.logLevel, { service: 'gateway' });

runMain(async () => {
  const gateway = await startGateway(config, logger);
  stopOnSignal(gateway, logger);
}, logger);
