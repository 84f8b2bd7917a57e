import type { SubgraphContext } from '../../platform/graphql/subgraph-context';
import type { AccountsLoaders } from './loaders';

export type ResolverContext = SubgraphContext<AccountsLoaders>;
