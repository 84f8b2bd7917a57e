import { randomUUID } from 'node:crypto';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { IDENTITY_CONNECTION_PARAM } from '../../../platform/graphql/subgraph-websocket';
import { querySubgraph } from '../../../test/support/graphql-client';
import { forwardedIdentityHeader } from '../../../test/support/identities';
import { useSubgraphUnderTest } from '../../../test/support/subgraph-under-test';
import { startAccountsSubgraph } from '../accounts-subgraph';

const underTest = useSubgraphUnderTest(startAccountsSubgraph);
const clients: Client[] = [];

afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.dispose()));
  await waitUntil(() => underTest.subgraph.events.subscriberCount === 0, 'subscriptions to end');
});

interface ContactEventResult {
  eventId: string;
  kind: 'CREATED' | 'UPDATED';
  occurredAt: string;
  previousEmail: string | null;
  contact: {
    id: string;
    firstName: string | null;
    lastName: string;
    name: string;
    email: string | null;
    account: { id: string } | null;
  };
}

const CONTACT_CHANGED = `subscription ($after: ID) {
  contactChanged(after: $after) {
    eventId kind occurredAt previousEmail
    contact { id firstName lastName name email account { id } }
  }
}`;

const CONTACT_FIELDS = 'id firstName lastName email account { id }';

async function waitUntil(condition: () => boolean, what: string, timeoutMs = 5000) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) {
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

interface Recorded {
  events: ContactEventResult[];
  failures: unknown[];
}

/** Subscribes as a reader and returns, once the subgraph holds it, what it receives. */
async function subscribe(after?: string): Promise<Recorded> {
  const before = underTest.subgraph.events.subscriberCount;
  const identity = await forwardedIdentityHeader(['accounts:read']);
  const client = createClient({
    url: underTest.subgraph.url.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: { [IDENTITY_CONNECTION_PARAM]: identity },
    lazy: true,
    retryAttempts: 0,
  });
  clients.push(client);
  const recorded: Recorded = { events: [], failures: [] };
  client.subscribe<{ contactChanged: ContactEventResult }>(
    { query: CONTACT_CHANGED, variables: { after: after ?? null } },
    {
      next: (result) => {
        if (result.data) {
          recorded.events.push(result.data.contactChanged);
        }
        recorded.failures.push(...(result.errors ?? []));
      },
      error: (error) => recorded.failures.push(error),
      complete: () => undefined,
    },
  );
  await waitUntil(
    () => underTest.subgraph.events.subscriberCount > before || recorded.failures.length > 0,
    'the subscription to open',
  );

  return recorded;
}

/** Waits until `done` holds for the events received, and returns them. */
async function eventsWhen(
  recorded: Recorded,
  done: (events: ContactEventResult[]) => boolean,
  what: string,
): Promise<ContactEventResult[]> {
  await waitUntil(() => done(recorded.events) || recorded.failures.length > 0, what);
  expect(recorded.failures).toEqual([]);

  return recorded.events;
}

function eventsOf(recorded: Recorded, count: number): Promise<ContactEventResult[]> {
  return eventsWhen(recorded, (events) => events.length >= count, `${count} events`);
}

async function createAccount(): Promise<string> {
  const result = await querySubgraph<{ createAccount: { account: { id: string } } }>(
    underTest.subgraph.url,
    'mutation { createAccount(input: { name: "Harvard Computation Lab" }) { account { id } } }',
  );

  return result.data!.createAccount.account.id;
}

async function createContact(input: Record<string, unknown>) {
  const result = await querySubgraph<{
    createContact: {
      contact: ContactEventResult['contact'] | null;
      userErrors: { code: string }[];
    };
  }>(
    underTest.subgraph.url,
    `mutation ($input: CreateContactInput!) {
      createContact(input: $input) { contact { ${CONTACT_FIELDS} } userErrors { code } }
    }`,
    { input },
  );

  return result;
}

async function updateContact(input: Record<string, unknown>) {
  return querySubgraph<{
    updateContact: {
      contact: ContactEventResult['contact'] | null;
      userErrors: { code: string }[];
    };
  }>(
    underTest.subgraph.url,
    `mutation ($input: UpdateContactInput!) {
      updateContact(input: $input) { contact { ${CONTACT_FIELDS} } userErrors { code } }
    }`,
    { input },
  );
}

async function registerLeadConversion(input: Record<string, unknown>) {
  return querySubgraph<{
    registerLeadConversion: { contact: { id: string } | null; userErrors: { code: string }[] };
  }>(
    underTest.subgraph.url,
    `mutation ($input: RegisterLeadConversionInput!) {
      registerLeadConversion(input: $input) { contact { id } userErrors { code } }
    }`,
    { input },
  );
}

function expectIncreasingIds(events: ContactEventResult[]): void {
  const ids = events.map((event) => BigInt(event.eventId));
  ids.slice(1).forEach((id, index) => expect(id > ids[index]).toBe(true));
}

describe('Subscription.contactChanged', () => {
  it('delivers one event per created, updated and converted contact, in commit order', async () => {
    const accountId = await createAccount();
    const received = await subscribe();

    const created = await createContact({
      firstName: 'Grace',
      lastName: 'Hopper',
      email: ' Grace@Example.com ',
      accountId,
    });
    const contactId = created.data!.createContact.contact!.id;
    await updateContact({ id: contactId, email: 'grace.hopper@example.com', accountId: null });
    await updateContact({ id: contactId, title: 'Rear Admiral' });
    const converted = await registerLeadConversion({
      conversionId: randomUUID(),
      accountId,
      contact: { firstName: 'Howard', lastName: 'Aiken', email: 'Howard@example.com' },
    });
    const convertedId = converted.data!.registerLeadConversion.contact!.id;
    const events = await eventsOf(received, 4);

    expect(events).toEqual([
      {
        eventId: expect.stringMatching(/^\d+$/),
        kind: 'CREATED',
        occurredAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T.*Z$/),
        previousEmail: null,
        contact: {
          id: contactId,
          firstName: 'Grace',
          lastName: 'Hopper',
          name: 'Grace Hopper',
          email: 'grace@example.com',
          account: { id: accountId },
        },
      },
      expect.objectContaining({
        kind: 'UPDATED',
        previousEmail: 'grace@example.com',
        contact: expect.objectContaining({ email: 'grace.hopper@example.com', account: null }),
      }),
      expect.objectContaining({
        kind: 'UPDATED',
        previousEmail: null,
        contact: expect.objectContaining({ id: contactId, email: 'grace.hopper@example.com' }),
      }),
      expect.objectContaining({
        kind: 'CREATED',
        previousEmail: null,
        contact: expect.objectContaining({
          id: convertedId,
          email: 'howard@example.com',
          account: { id: accountId },
        }),
      }),
    ]);
    expectIncreasingIds(events);
  });

  it('emits nothing for a write that is refused, fails or repeats a conversion', async () => {
    const existing = await createContact({ lastName: 'Babbage', email: 'charles@example.com' });
    const contactId = existing.data!.createContact.contact!.id;
    const conversion = {
      conversionId: randomUUID(),
      account: { name: 'Difference Engines' },
      contact: { lastName: 'Menabrea' },
    };
    await registerLeadConversion(conversion);
    const received = await subscribe();

    const unknownAccount = await createContact({ lastName: 'Nobody', accountId: randomUUID() });
    const badEmail = await updateContact({ id: contactId, email: 'not an email' });
    const missing = await updateContact({ id: randomUUID(), lastName: 'Ghost' });
    const movedToUnknown = await updateContact({ id: contactId, accountId: randomUUID() });
    const repeated = await registerLeadConversion(conversion);
    const convertedToUnknown = await registerLeadConversion({
      conversionId: randomUUID(),
      accountId: randomUUID(),
      contact: { lastName: 'Nobody' },
    });
    const marker = await createContact({ lastName: 'Marker', email: 'marker@example.com' });
    const events = await eventsOf(received, 1);

    expect(unknownAccount.data!.createContact.userErrors).toEqual([{ code: 'NOT_FOUND' }]);
    expect(badEmail.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(movedToUnknown.data!.updateContact.userErrors).toEqual([{ code: 'NOT_FOUND' }]);
    expect(repeated.data!.registerLeadConversion.userErrors).toEqual([]);
    expect(convertedToUnknown.data!.registerLeadConversion.userErrors).toEqual([
      { code: 'NOT_FOUND' },
    ]);
    expect(events.map((event) => [event.kind, event.contact.id])).toEqual([
      ['CREATED', marker.data!.createContact.contact!.id],
    ]);
  });

  it('resumes after a given event with what followed it, each as it was then', async () => {
    const live = await subscribe();
    const ada = await createContact({ lastName: 'Lovelace', email: 'ada@example.com' });
    const adaId = ada.data!.createContact.contact!.id;
    await updateContact({ id: adaId, email: 'ada.lovelace@example.com' });
    await createContact({ lastName: 'Somerville', email: 'mary@example.com' });
    const [adaCreated, renamed, mary] = await eventsOf(live, 3);

    const resumed = await subscribe(renamed.eventId);
    await createContact({ lastName: 'Herschel', email: 'caroline@example.com' });
    const replayed = await eventsOf(resumed, 2);

    expect(replayed[0]).toEqual(mary);
    expect(replayed[1]).toMatchObject({
      kind: 'CREATED',
      contact: { lastName: 'Herschel', email: 'caroline@example.com' },
    });
    expectIncreasingIds(replayed);
    expect(adaCreated).toMatchObject({
      kind: 'CREATED',
      contact: { id: adaId, email: 'ada@example.com' },
    });

    const fromStart = await subscribe('0');
    const all = await eventsWhen(
      fromStart,
      (events) => events.some((event) => event.eventId === replayed[1].eventId),
      'every event since the first',
    );
    expect(all.filter((event) => event.contact.id === adaId)).toEqual([adaCreated, renamed]);
    expectIncreasingIds(all);
  });
});
