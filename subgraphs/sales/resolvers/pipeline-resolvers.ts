import type { Resolvers } from '../generated/resolvers-types';
import { loadPipeline } from '../services/pipeline-queries';
import { listStages } from '../services/stage-queries';

export const pipelineResolvers: Resolvers = {
  Query: {
    stages: (_parent, _args, { dataSource }) => listStages(dataSource),
    pipeline: (_parent, { filter }, { dataSource }) => loadPipeline(dataSource, filter),
  },
};
