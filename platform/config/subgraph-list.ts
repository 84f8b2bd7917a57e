/** The four subgraphs, in the order they start, with their default ports. */
export const SUBGRAPHS = [
  { name: 'accounts', port: 4001 },
  { name: 'sales', port: 4002 },
  { name: 'service', port: 4003 },
  { name: 'marketing', port: 4004 },
] as const;

export type SubgraphName = (typeof SUBGRAPHS)[number]['name'];
