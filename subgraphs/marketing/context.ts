import type { SubgraphContext } from '../../platform/graphql/subgraph-context';
import type { MarketingLoaders } from './loaders';

export type ResolverContext = SubgraphContext<MarketingLoaders>;
