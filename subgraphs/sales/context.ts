import type { SubgraphContext } from '../../platform/graphql/subgraph-context';
import type { SalesLoaders } from './loaders';

export type ResolverContext = SubgraphContext<SalesLoaders>;
