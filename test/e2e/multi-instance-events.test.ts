import {
  startReadyService,
  stopChildServices,
  type ChildService,
} from '../../scripts/support/child-services';
import { bearerToken, TEST_IDENTITY_SECRET, TEST_JWT_SECRET } from '../support/identities';
import { postGraphQL } from '../support/graphql-client';
import { eventually, subscribe, type TestSubscription } from '../support/subscription-client';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

let database: TestDatabase;
const services: ChildService[] = [];
const gatewayUrls: string[] = [];
const opened: TestSubscription<unknown>[] = [];

function startService(
  name: string,
  entryPoint: string,
  env: Record<string, string>,
): Promise<string> {
  return startReadyService(
    services,
    name,
    entryPoint,
    { ...env, LOG_LEVEL: 'error' },
    {
      timeoutMs: 90_000,
    },
  );
}

beforeAll(async () => {
  database = await createTestDatabase();
  const subgraphEnv = { DATABASE_URL: database.url, GATEWAY_IDENTITY_SECRET: TEST_IDENTITY_SECRET };
  const accounts = await startService('accounts', 'subgraphs/accounts/main.ts', subgraphEnv);
  const callerEnv = { ...subgraphEnv, ACCOUNTS_URL: accounts };
  const [salesOne, salesTwo, service] = await Promise.all([
    startService('sales-1', 'subgraphs/sales/main.ts', callerEnv),
    startService('sales-2', 'subgraphs/sales/main.ts', callerEnv),
    startService('service', 'subgraphs/service/main.ts', callerEnv),
  ]);
  const marketing = await startService('marketing', 'subgraphs/marketing/main.ts', {
    ...callerEnv,
    SALES_URL: salesOne,
  });
  const gatewayEnv = (salesUrl: string) => ({
    AUTH_JWT_SECRET: TEST_JWT_SECRET,
    GATEWAY_IDENTITY_SECRET: TEST_IDENTITY_SECRET,
    ACCOUNTS_URL: accounts,
    SALES_URL: salesUrl,
    SERVICE_URL: service,
    MARKETING_URL: marketing,
  });
  gatewayUrls.push(
    ...(await Promise.all([
      startService('gateway-1', 'gateway/src/main.ts', gatewayEnv(salesOne)),
      startService('gateway-2', 'gateway/src/main.ts', gatewayEnv(salesTwo)),
    ])),
  );
}, 120_000);

afterAll(async () => {
  await Promise.all(opened.map((subscription) => subscription.close()));
  await stopChildServices(services);
  await database.drop();
});

interface PipelineChanged {
  pipelineChanged: { eventId: string; opportunity: { name: string; account: { name: string } } };
}

async function mutate(gatewayUrl: string, query: string, variables: Record<string, unknown>) {
  const token = await bearerToken(['crm:admin']);
  const result = await postGraphQL<Record<string, { [key: string]: { id: string } }>>(
    gatewayUrl,
    query,
    variables,
    { authorization: `Bearer ${token}` },
  );
  expect(result.errors).toBeUndefined();

  return result.data!;
}

describe('two gateway processes over two Sales processes', () => {
  it('deliver every pipeline event exactly once to a client on each gateway', async () => {
    const created = await mutate(
      gatewayUrls[0],
      `mutation { createAccount(input: { name: "Wayne Enterprises" }) { account { id } } }`,
      {},
    );
    const accountId = created.createAccount.account.id;
    const clients = await Promise.all(
      gatewayUrls.map((url) =>
        subscribe<PipelineChanged>(
          url,
          `subscription { pipelineChanged { eventId opportunity { name account { name } } } }`,
        ),
      ),
    );
    opened.push(...(clients as TestSubscription<unknown>[]));
    const createOpportunity = (gatewayUrl: string, name: string) =>
      mutate(
        gatewayUrl,
        `mutation ($input: CreateOpportunityInput!) { createOpportunity(input: $input) { opportunity { id } } }`,
        { input: { name, accountId, amount: '10', closeDate: '2027-02-01' } },
      );
    await eventually(
      async () => {
        await createOpportunity(gatewayUrls[0], 'warm-up');
        await new Promise((resolve) => setTimeout(resolve, 200));

        return clients.every((client) => client.received.length > 0);
      },
      30_000,
      'both clients subscribed',
    );
    const seenBefore = (client: TestSubscription<PipelineChanged>) => client.received.length;
    const baselines = clients.map(seenBefore);

    const names = Array.from({ length: 10 }, (_, n) => `deal ${n}`);
    for (const [n, name] of names.entries()) {
      await createOpportunity(gatewayUrls[n % 2], name);
    }
    await Promise.all(clients.map((client, n) => client.waitFor(baselines[n] + 10, 15_000)));
    await new Promise((resolve) => setTimeout(resolve, 500));

    for (const [n, client] of clients.entries()) {
      const events = client.received
        .slice(baselines[n])
        .map((event) => event.data!.pipelineChanged)
        .filter((event) => event.opportunity.name !== 'warm-up');
      expect(events.map((event) => event.opportunity.name)).toEqual(names);
      expect(events.every((event) => event.opportunity.account.name === 'Wayne Enterprises')).toBe(
        true,
      );
      const ids = client.received.map((event) => event.data!.pipelineChanged.eventId);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });
});
