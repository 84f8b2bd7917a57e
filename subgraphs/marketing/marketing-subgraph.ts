import { openSubgraphDataSource } from '../../platform/database/subgraph-data-source';
import { AccountReferences } from '../../platform/federation/account-references';
import { loadSchemaDocument } from '../../platform/graphql/load-sdl';
import { startSubgraphServer } from '../../platform/graphql/subgraph-server';
import type {
  StartedSubgraph,
  SubgraphStartOptions,
} from '../../platform/graphql/subgraph-startup';
import type {
  ConversionContext,
  ConversionFaults,
  ConversionSubgraphUrls,
} from './conversion/conversion-context';
import { CONTACT_EVENTS } from './contacts/contact-consumer';
import { ConversionRecovery } from './conversion/conversion-recovery';
import { DEFAULT_RETRY_POLICY, type ConversionRetryPolicy } from './conversion/retry-policy';
import { marketingDatabase } from './database';
import { createMarketingLoaders } from './loaders';
import { createMarketingResolvers } from './resolvers';
import { PIPELINE_EVENTS } from './results/pipeline-consumer';
import { followSubgraphEvents, type SubgraphEventStream } from './events/subgraph-event-follower';
import { ScoreRefresh } from './scoring/score-refresh';

export interface MarketingStartOptions extends SubgraphStartOptions {
  /**
   * Where Accounts and Sales serve GraphQL. Lead conversion calls them, a contact added to a
   * campaign is checked with Accounts, duplicate detection follows Accounts' contact events and
   * campaign results follow Sales' pipeline events; without them conversion and contact members
   * are unavailable and neither projection is updated.
   */
  subgraphUrls?: ConversionSubgraphUrls;
  /** Fault injection for tests: a hook that may throw after each conversion step. */
  faults?: ConversionFaults;
  /** How often PENDING conversions are resumed (default every 5 seconds). */
  conversionRecoveryIntervalMs?: number;
  /** How often and how long a conversion that cannot reach Accounts or Sales is retried. */
  conversionRetry?: Partial<ConversionRetryPolicy>;
  /** How often the scores of engaged leads are recomputed for decay (default every minute). */
  scoreRefreshIntervalMs?: number;
}

/**
 * Opens the `marketing` schema (migrating it) and serves the Marketing subgraph, with its
 * background work: resuming pending conversions, consuming Accounts' contact events and Sales'
 * pipeline events, refreshing decaying scores. Closing it stops all of them before the database
 * connections close.
 */
export async function startMarketingSubgraph(
  options: MarketingStartOptions,
): Promise<StartedSubgraph> {
  const logger = options.logger.child({ subgraph: 'marketing' });
  const { dataSource, queries } = await openSubgraphDataSource({
    url: options.databaseUrl,
    ...marketingDatabase,
    logger,
  });
  const conversion: ConversionContext = {
    dataSource,
    urls: options.subgraphUrls ?? null,
    identitySecret: options.identitySecret,
    logger: logger.child({ component: 'conversion' }),
    faults: options.faults ?? {},
    retry: { ...DEFAULT_RETRY_POLICY, ...options.conversionRetry },
    inFlight: new Map(),
  };
  const accounts =
    options.subgraphUrls === undefined
      ? null
      : new AccountReferences({
          url: options.subgraphUrls.accounts,
          identitySecret: options.identitySecret,
          subject: 'marketing',
          logger: logger.child({ component: 'account-references' }),
        });
  const recovery = new ConversionRecovery(conversion, options.conversionRecoveryIntervalMs ?? 5000);
  const scores = new ScoreRefresh(dataSource, options.scoreRefreshIntervalMs ?? 60_000, logger);
  const follow = <TEvent extends { eventId: string }>(
    stream: SubgraphEventStream<TEvent>,
    url: string | undefined,
  ) =>
    url === undefined
      ? null
      : followSubgraphEvents(stream, {
          url,
          dataSource,
          identitySecret: options.identitySecret,
          logger,
        });
  const pipeline = follow(PIPELINE_EVENTS, options.subgraphUrls?.sales);
  const contacts = follow(CONTACT_EVENTS, options.subgraphUrls?.accounts);
  const stopBackgroundWork = async (): Promise<void> => {
    await Promise.all([recovery.close(), scores.close(), pipeline?.close(), contacts?.close()]);
  };
  let server: Awaited<ReturnType<typeof startSubgraphServer>>;
  try {
    server = await startSubgraphServer({
      name: 'marketing',
      typeDefs: loadSchemaDocument('marketing'),
      resolvers: createMarketingResolvers(conversion, accounts),
      dataSource,
      createLoaders: createMarketingLoaders,
      identitySecret: options.identitySecret,
      port: options.port,
      logger,
      onClose: stopBackgroundWork,
    });
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
  try {
    await Promise.all([pipeline?.start(), contacts?.start()]);
  } catch (error) {
    await server.close();
    throw error;
  }
  scores.start();
  if (conversion.urls !== null) {
    recovery.start();
  }

  return { ...server, queries };
}
