import { querySubgraph } from '../../../../test/support/graphql-client';
import type { SubgraphWithAccountsUnderTest } from '../../../../test/support/subgraph-under-test';
import type { StartedSalesSubgraph } from '../../sales-subgraph';

export interface OpportunityResult {
  id: string;
  name: string;
  amount: string;
  currency: string;
  probability: number;
  forecastCategory: string;
  closeDate: string;
  ownerId: string;
  isClosed: boolean;
  isWon: boolean;
  closedAt: string | null;
  stage: { name: string };
  account: { id: string };
}

export interface Payload {
  opportunity: OpportunityResult | null;
  userErrors: { field: string[] | null; message: string; code: string }[];
}

export const OPPORTUNITY_FIELDS = `id name amount currency probability forecastCategory closeDate ownerId
  isClosed isWon closedAt stage { name } account { id }`;

export const CREATE = `mutation ($input: CreateOpportunityInput!) {
  createOpportunity(input: $input) {
    opportunity { ${OPPORTUNITY_FIELDS} }
    userErrors { field message code }
  }
}`;

export const UPDATE = `mutation ($input: UpdateOpportunityInput!) {
  updateOpportunity(input: $input) {
    opportunity { ${OPPORTUNITY_FIELDS} }
    userErrors { field message code }
  }
}`;

export const CHANGE_STAGE = `mutation ($input: ChangeOpportunityStageInput!) {
  changeOpportunityStage(input: $input) {
    opportunity { ${OPPORTUNITY_FIELDS} }
    userErrors { field message code }
  }
}`;

const COUNT = '{ opportunities { totalCount } }';

/**
 * Opportunity writes and counts against the Sales subgraph of `underTest`, as the gateway sends
 * them. An opportunity created without an accountId goes to the file's shared account.
 */
export function salesOperations(underTest: SubgraphWithAccountsUnderTest<StartedSalesSubgraph>) {
  /** Sends createOpportunity and returns its payload, whatever it holds. */
  async function tryCreate(input: Record<string, unknown>): Promise<Payload> {
    const result = await querySubgraph<{ createOpportunity: Payload }>(
      underTest.subgraph.url,
      CREATE,
      {
        input: {
          name: 'Analytics rollout',
          closeDate: '2026-06-30',
          ...input,
          accountId:
            'accountId' in input ? input.accountId : await underTest.accounts.sharedAccount(),
        },
      },
    );
    expect(result.errors).toBeUndefined();

    return result.data!.createOpportunity;
  }

  async function create(input: Record<string, unknown>): Promise<OpportunityResult> {
    const payload = await tryCreate(input);
    expect(payload.userErrors).toEqual([]);

    return payload.opportunity!;
  }

  async function update(input: Record<string, unknown>): Promise<Payload> {
    const result = await querySubgraph<{ updateOpportunity: Payload }>(
      underTest.subgraph.url,
      UPDATE,
      { input },
    );
    expect(result.errors).toBeUndefined();

    return result.data!.updateOpportunity;
  }

  async function changeStage(input: Record<string, unknown>): Promise<Payload> {
    const result = await querySubgraph<{ changeOpportunityStage: Payload }>(
      underTest.subgraph.url,
      CHANGE_STAGE,
      { input },
    );
    expect(result.errors).toBeUndefined();

    return result.data!.changeOpportunityStage;
  }

  async function opportunityCount(): Promise<number> {
    const result = await querySubgraph<{ opportunities: { totalCount: number } }>(
      underTest.subgraph.url,
      COUNT,
    );

    return result.data!.opportunities.totalCount;
  }

  return { tryCreate, create, update, changeStage, opportunityCount };
}
