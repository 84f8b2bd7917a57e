import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { FORWARDED_IDENTITY_HEADER } from '../../../platform/identity/forwarded-identity';
import type { GatewayContext } from '../gateway-context';
import { relayingGraphQLErrors } from './subgraph-fetcher';

/**
 * Sends subgraph requests with the caller's identity, signed by the gateway, in a header the
 * subgraphs verify. A request without it is refused by every subgraph.
 *
 * Requests go through Node's own fetch: it gives up an idle connection before the subgraph's
 * server closes it (it reads the server's keep-alive timeout), where the stock fetcher keeps
 * idle connections forever and now and then sends a request on one the server is just closing,
 * which fails as "socket hang up".
 */
export class AuthenticatedDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(config: { url: string }) {
    super({ ...config, fetcher: fetch as unknown as RemoteGraphQLDataSource['fetcher'] });
    this.fetcher = relayingGraphQLErrors(this.fetcher);
  }

  override async willSendRequest(
    options: GraphQLDataSourceProcessOptions<GatewayContext>,
  ): Promise<void> {
    const context = options.context as Partial<GatewayContext>;
    if (context.forwardedIdentity !== undefined) {
      options.request.http?.headers.set(FORWARDED_IDENTITY_HEADER, await context.forwardedIdentity);
    }
  }
}
