import type { SubgraphContext } from '../../platform/graphql/subgraph-context';
import type { ServiceLoaders } from './loaders';

export type ResolverContext = SubgraphContext<ServiceLoaders>;
