import type { Identity } from '../../platform/identity/identity';
import type { Logger } from '../../platform/logging/logger';

/** Built once per client request (or per subscription event) at the gateway. */
export interface GatewayContext {
  identity: Identity;
  requestId: string;
  logger: Logger;
  /** The identity signed for the subgraphs, computed once per request. */
  forwardedIdentity: Promise<string>;
}
