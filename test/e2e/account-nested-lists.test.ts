import { randomUUID } from 'node:crypto';
import { startGraphUnderTest, type GraphUnderTest } from '../support/graph-under-test';

let graph: GraphUnderTest;
/** The account whose lists are paged, and another whose rows must never show in them. */
let accountId: string;
let otherAccountId: string;
/** The contact of the account that every odd case of it is about. */
let oddCasesContactId: string;
const PRIORITIES = ['LOW', 'MEDIUM', 'HIGH', 'URGENT'];

async function send<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const result = await graph.query<T>(query, variables);
  expect(result.errors).toBeUndefined();

  return result.data!;
}

async function createAccount(input: Record<string, unknown>): Promise<string> {
  const data = await send<{ createAccount: { account: { id: string } } }>(
    `mutation ($input: CreateAccountInput!) { createAccount(input: $input) { account { id } } }`,
    { input },
  );

  return data.createAccount.account.id;
}

/**
 * Twelve rows of each list for `parentId`, with ties in every sort column so that the id has to
 * break them: close dates and amounts repeat, a third of the deals are won, contacts share last
 * names, subsidiaries share names, and cases cycle through the priorities, every fourth closed.
 */
async function createRows(parentId: string, rows: number): Promise<string[]> {
  const contactIds: string[] = [];
  for (let n = 0; n < rows; n += 1) {
    await createAccount({ name: `Subsidiary ${n % 5}`, parentId });
    const contact = await send<{ createContact: { contact: { id: string } } }>(
      `mutation ($input: CreateContactInput!) { createContact(input: $input) { contact { id } } }`,
      {
        input: { firstName: `F${n}`, lastName: ['Lee', 'Khan', 'Ng'][n % 3], accountId: parentId },
      },
    );
    contactIds.push(contact.createContact.contact.id);
    const opportunity = await send<{ createOpportunity: { userErrors: unknown[] } }>(
      `mutation ($input: CreateOpportunityInput!) {
        createOpportunity(input: $input) { userErrors { field message } }
      }`,
      {
        input: {
          accountId: parentId,
          name: `Deal ${String(n).padStart(2, '0')}`,
          amount: String((n % 3) * 100),
          closeDate: `2027-0${(n % 4) + 1}-15`,
          ownerId: `owner-${n % 2}`,
          ...(n % 3 === 0 ? { stage: 'Closed Won' } : {}),
        },
      },
    );
    expect(opportunity.createOpportunity.userErrors).toEqual([]);
    const opened = await send<{ openCase: { case: { id: string } } }>(
      `mutation ($input: OpenCaseInput!) { openCase(input: $input) { case { id } } }`,
      {
        input: {
          subject: `Case ${n}`,
          priority: PRIORITIES[n % 4],
          accountId: parentId,
          contactId: contactIds[n % 2],
          ownerId: `owner-${n % 2}`,
        },
      },
    );
    if (n % 4 === 0) {
      await send(
        `mutation ($input: ChangeCaseStatusInput!) { changeCaseStatus(input: $input) { userErrors { code } } }`,
        { input: { id: opened.openCase.case.id, status: 'CLOSED' } },
      );
    }
  }

  return contactIds;
}

beforeAll(async () => {
  graph = await startGraphUnderTest();
  accountId = await createAccount({ name: 'Paging Co' });
  otherAccountId = await createAccount({ name: 'Other Co' });
  oddCasesContactId = (await createRows(accountId, 12))[1];
  await createRows(otherAccountId, 3);
}, 120_000);

afterAll(async () => {
  await graph.close();
});

interface Page {
  totalCount: number;
  edges: { cursor: string; node: { id: string } }[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
}

const PAGE = `totalCount edges { cursor node { id } }
  pageInfo { hasNextPage hasPreviousPage startCursor endCursor }`;

type NestedList = 'opportunities' | 'cases' | 'contacts' | 'children';

/** The type of each nested list's filter, for those that take one. */
const FILTER_TYPE: Partial<Record<NestedList, string>> = {
  opportunities: 'AccountOpportunityFilter',
  cases: 'AccountCaseFilter',
};

/** The type of each nested list's order. */
const ORDER_TYPE: Record<NestedList, string> = {
  opportunities: 'OpportunityOrder',
  cases: 'CaseOrder',
  contacts: 'ContactOrder',
  children: 'AccountOrder',
};

/** One page of a nested list of `id`; null where the account came back null, with errors. */
function nestedPage(list: NestedList, id: string, args: Record<string, unknown>) {
  const filterType = FILTER_TYPE[list];
  const filter = filterType === undefined ? '' : `, $filter: ${filterType}`;

  return graph.query<{ account: Record<NestedList, Page> | null }>(
    `query ($id: ID!, $first: Int, $after: String, $orderBy: ${ORDER_TYPE[list]}${filter}) {
      account(id: $id) {
        ${list}(first: $first, after: $after, orderBy: $orderBy${filter ? ', filter: $filter' : ''}) {
          ${PAGE}
        }
      }
    }`,
    { id, ...args },
  );
}

/** Follows endCursor from the first page to the last, checking each page on the way. */
async function pageThrough(
  list: NestedList,
  args: Record<string, unknown>,
  first: number,
): Promise<string[]> {
  const seen: string[] = [];
  let after: string | null = null;
  for (let page = 0; page < 50; page += 1) {
    const result = await nestedPage(list, accountId, { ...args, first, after });
    expect(result.errors).toBeUndefined();
    const connection: Page = result.data!.account![list];
    seen.push(...connection.edges.map((edge) => edge.node.id));
    expect(connection.pageInfo.hasPreviousPage).toBe(after !== null);
    expect(connection.pageInfo.startCursor).toBe(connection.edges[0]?.cursor ?? null);
    expect(connection.pageInfo.endCursor).toBe(connection.edges.at(-1)?.cursor ?? null);
    expect(connection.edges.length).toBeLessThanOrEqual(first);
    if (!connection.pageInfo.hasNextPage) {
      expect(connection.totalCount).toBe(seen.length);

      return seen;
    }
    after = connection.pageInfo.endCursor;
  }
  throw new Error(`${list} did not reach its last page`);
}

/** The ids a root list gives for the same rows, in one page of 100. */
async function rootIds(
  field: string,
  filterType: string,
  orderType: string,
  args: Record<string, unknown>,
) {
  const data = await send<Record<string, { edges: { node: { id: string } }[] }>>(
    `query ($filter: ${filterType}, $orderBy: ${orderType}) {
      ${field}(first: 100, filter: $filter, orderBy: $orderBy) { edges { node { id } } }
    }`,
    args,
  );

  return data[field].edges.map((edge) => edge.node.id);
}

interface ListCase {
  list: NestedList;
  /** The nested list's arguments. */
  args: () => Record<string, unknown>;
  /** The root list that holds the same rows, in the same order. */
  root: [field: string, filterType: string, orderType: string, args: () => Record<string, unknown>];
  /** How many rows of the account's twelve the arguments let through. */
  rows: number;
}

const LIST_CASES: [string, ListCase][] = [
  [
    'opportunities, all of them by close date by default',
    {
      list: 'opportunities',
      args: () => ({}),
      root: [
        'opportunities',
        'OpportunityFilter',
        'OpportunityOrder',
        () => ({ filter: { accountId } }),
      ],
      rows: 12,
    },
  ],
  ...(['AMOUNT', 'NAME', 'CREATED_AT', 'CLOSE_DATE'] as const).map((field): [string, ListCase] => [
    `opportunities by ${field} descending`,
    {
      list: 'opportunities',
      args: () => ({ orderBy: { field, direction: 'DESC' } }),
      root: [
        'opportunities',
        'OpportunityFilter',
        'OpportunityOrder',
        () => ({ filter: { accountId }, orderBy: { field, direction: 'DESC' } }),
      ],
      rows: 12,
    },
  ]),
  [
    'open opportunities of one owner from a close date, by amount',
    {
      list: 'opportunities',
      args: () => ({
        filter: { status: 'OPEN', ownerId: 'owner-1', closeDateFrom: '2027-02-01' },
        orderBy: { field: 'AMOUNT' },
      }),
      root: [
        'opportunities',
        'OpportunityFilter',
        'OpportunityOrder',
        () => ({
          filter: { accountId, isClosed: false, ownerId: 'owner-1', closeDateFrom: '2027-02-01' },
          orderBy: { field: 'AMOUNT' },
        }),
      ],
      rows: 4,
    },
  ],
  [
    'closed opportunities',
    {
      list: 'opportunities',
      args: () => ({ filter: { status: 'CLOSED' } }),
      root: [
        'opportunities',
        'OpportunityFilter',
        'OpportunityOrder',
        () => ({ filter: { accountId, isClosed: true } }),
      ],
      rows: 4,
    },
  ],
  [
    'cases, the open ones most recently opened first by default',
    {
      list: 'cases',
      args: () => ({}),
      root: ['cases', 'CaseFilter', 'CaseOrder', () => ({ filter: { accountId, isOpen: true } })],
      rows: 9,
    },
  ],
  [
    'cases of every status, the most urgent first',
    {
      list: 'cases',
      args: () => ({
        filter: { status: 'ALL' },
        orderBy: { field: 'PRIORITY', direction: 'DESC' },
      }),
      root: [
        'cases',
        'CaseFilter',
        'CaseOrder',
        () => ({ filter: { accountId }, orderBy: { field: 'PRIORITY', direction: 'DESC' } }),
      ],
      rows: 12,
    },
  ],
  [
    'closed cases, oldest first',
    {
      list: 'cases',
      args: () => ({ filter: { status: 'CLOSED' }, orderBy: { field: 'CREATED_AT' } }),
      root: [
        'cases',
        'CaseFilter',
        'CaseOrder',
        () => ({ filter: { accountId, isOpen: false }, orderBy: { field: 'CREATED_AT' } }),
      ],
      rows: 3,
    },
  ],
  [
    'open cases of one contact, the oldest first',
    {
      list: 'cases',
      args: () => ({ filter: { contactId: oddCasesContactId }, orderBy: { field: 'OPENED_AT' } }),
      root: [
        'cases',
        'CaseFilter',
        'CaseOrder',
        () => ({
          filter: { accountId, isOpen: true, contactId: oddCasesContactId },
          orderBy: { field: 'OPENED_AT' },
        }),
      ],
      rows: 6,
    },
  ],
  [
    'open cases of one owner and priority',
    {
      list: 'cases',
      args: () => ({
        filter: { priority: 'MEDIUM', ownerId: 'owner-1' },
        orderBy: { field: 'OPENED_AT' },
      }),
      root: [
        'cases',
        'CaseFilter',
        'CaseOrder',
        () => ({
          filter: { accountId, isOpen: true, priority: 'MEDIUM', ownerId: 'owner-1' },
          orderBy: { field: 'OPENED_AT' },
        }),
      ],
      rows: 3,
    },
  ],
  [
    'contacts, by last name by default',
    {
      list: 'contacts',
      args: () => ({}),
      root: ['contacts', 'ContactFilter', 'ContactOrder', () => ({ filter: { accountId } })],
      rows: 12,
    },
  ],
  [
    'contacts, the newest first',
    {
      list: 'contacts',
      args: () => ({ orderBy: { field: 'CREATED_AT', direction: 'DESC' } }),
      root: [
        'contacts',
        'ContactFilter',
        'ContactOrder',
        () => ({ filter: { accountId }, orderBy: { field: 'CREATED_AT', direction: 'DESC' } }),
      ],
      rows: 12,
    },
  ],
  [
    'children, by name by default',
    {
      list: 'children',
      args: () => ({}),
      root: [
        'accounts',
        'AccountFilter',
        'AccountOrder',
        () => ({ filter: { parentId: accountId } }),
      ],
      rows: 12,
    },
  ],
  [
    'children, the newest first',
    {
      list: 'children',
      args: () => ({ orderBy: { field: 'CREATED_AT', direction: 'DESC' } }),
      root: [
        'accounts',
        'AccountFilter',
        'AccountOrder',
        () => ({
          filter: { parentId: accountId },
          orderBy: { field: 'CREATED_AT', direction: 'DESC' },
        }),
      ],
      rows: 12,
    },
  ],
];

describe('a list nested in an account', () => {
  it.each(LIST_CASES)(
    'pages through %s with first and after, every row once and in order',
    async (_name, { list, args, root, rows }) => {
      const [field, filterType, orderType, rootArgs] = root;
      const expected = await rootIds(field, filterType, orderType, rootArgs());

      const inFives = await pageThrough(list, args(), 5);
      const inOnes = await pageThrough(list, args(), 1);

      expect(expected).toHaveLength(rows);
      expect(inFives).toEqual(expected);
      expect(inOnes).toEqual(expected);
    },
  );

  it('cuts the page of each account apart when several accounts are read together', async () => {
    const data = await send<Record<'mine' | 'other', Record<NestedList, Page>>>(
      `query ($mine: ID!, $other: ID!) {
        mine: account(id: $mine) { ...lists }
        other: account(id: $other) { ...lists }
      }
      fragment lists on Account {
        opportunities(first: 2) { ${PAGE} }
        cases(first: 2) { ${PAGE} }
        contacts(first: 2) { ${PAGE} }
        children(first: 2) { ${PAGE} }
      }`,
      { mine: accountId, other: otherAccountId },
    );

    for (const list of ['opportunities', 'cases', 'contacts', 'children'] as const) {
      for (const [key, id] of [
        ['mine', accountId],
        ['other', otherAccountId],
      ] as const) {
        const alone = await nestedPage(list, id, { first: 2 });
        expect(data[key][list]).toEqual(alone.data!.account![list]);
        expect(data[key][list].edges).toHaveLength(2);
      }
    }
    expect(data.other.cases.totalCount).toBe(2);
    expect(data.other.opportunities.totalCount).toBe(3);
  });

  it('answers 20 rows when first is not given, and at most 100', async () => {
    const many = await createAccount({ name: 'Many Subsidiaries' });
    for (let n = 0; n < 25; n += 1) {
      await createAccount({ name: `Unit ${String(n).padStart(2, '0')}`, parentId: many });
    }

    const byDefault = await nestedPage('children', many, {});
    const hundred = await nestedPage('children', many, { first: 100 });

    expect(byDefault.data!.account!.children.edges).toHaveLength(20);
    expect(byDefault.data!.account!.children.pageInfo.hasNextPage).toBe(true);
    expect(hundred.data!.account!.children.edges).toHaveLength(25);
    expect(hundred.data!.account!.children.totalCount).toBe(25);
  });
});

describe('bad arguments of a nested list', () => {
  const LISTS: NestedList[] = ['opportunities', 'cases', 'contacts', 'children'];

  function refusal(result: { errors?: { extensions?: Record<string, unknown> }[] }) {
    return result.errors?.map(({ extensions }) => ({
      code: extensions?.code,
      field: extensions?.field,
    }));
  }

  it.each(LISTS)(
    'refuses first over 100 or below 0 on %s as BAD_USER_INPUT on first',
    async (list) => {
      for (const first of [101, 1000, -1]) {
        const result = await nestedPage(list, accountId, { first });

        expect(refusal(result)).toEqual([{ code: 'BAD_USER_INPUT', field: 'first' }]);
      }
    },
  );

  /** Each list with its orders, what each order's cursor holds, and values of another kind. */
  const ORDERS: [NestedList, string, string[]][] = [
    ['opportunities', 'CLOSE_DATE', ['2026-02-30', '0000-01-01', 'Deal 01']],
    ['opportunities', 'AMOUNT', ['NaN', '1e400', '2027-01-15']],
    ['opportunities', 'CREATED_AT', ['2026-01-01T24:00:00Z', '2026-01-01', 'x']],
    ['opportunities', 'NAME', ['Nul\u0000Co']],
    ['cases', 'OPENED_AT', ['2026-13-01T00:00:00Z', 'NaN']],
    ['cases', 'PRIORITY', ['99999999999999999999.99999999999999999999', 'Infinity', 'HIGH']],
    ['cases', 'CREATED_AT', ['0000-12-31T23:59:59.999Z']],
    ['contacts', 'LAST_NAME', ['Nul\u0000Co']],
    ['contacts', 'CREATED_AT', ['2026-01-01T00:00:00+16:00', 'Lee']],
    ['children', 'NAME', ['Nul\u0000Co']],
    ['children', 'CREATED_AT', ['2026-02-30T10:00:00Z', 'Subsidiary 1']],
  ];
  const encode = (json: string): string => Buffer.from(json).toString('base64url');
  const FORGED_PAYLOADS = [
    'not-a-cursor',
    encode('null'),
    encode(JSON.stringify([12, randomUUID()])),
    encode(JSON.stringify(['2027-01-15', 'not-a-uuid'])),
    encode(JSON.stringify(['2027-01-15'])),
    encode(`${'['.repeat(5000)}${']'.repeat(5000)}`),
  ];

  it.each(ORDERS)(
    'refuses a forged cursor on %s by %s as BAD_USER_INPUT on after',
    async (list, field, values) => {
      const forged = [
        ...values.map((value) => encode(JSON.stringify([value, randomUUID()]))),
        ...FORGED_PAYLOADS,
      ];

      for (const after of forged) {
        const result = await nestedPage(list, accountId, { first: 5, after, orderBy: { field } });

        expect({ after, refusal: refusal(result) }).toEqual({
          after,
          refusal: [{ code: 'BAD_USER_INPUT', field: 'after' }],
        });
      }
    },
  );

  it('refuses a filter it cannot apply as BAD_USER_INPUT naming the field', async () => {
    const backwards = await nestedPage('opportunities', accountId, {
      filter: { closeDateFrom: '2027-05-01', closeDateTo: '2027-01-01' },
    });
    const contact = await nestedPage('cases', accountId, { filter: { contactId: 'nope' } });

    expect(refusal(backwards)).toEqual([{ code: 'BAD_USER_INPUT', field: 'filter.closeDateTo' }]);
    expect(refusal(contact)).toEqual([{ code: 'BAD_USER_INPUT', field: 'filter.contactId' }]);
  });
});
