import { useSubgraphWithAccounts } from '../../../test/support/subgraph-under-test';
import { startServiceSubgraph } from '../service-subgraph';
import { querySubgraph } from '../../../test/support/graphql-client';

const underTest = useSubgraphWithAccounts(startServiceSubgraph);

const CASE_FIELDS = `id caseNumber subject description status priority origin isOpen ownerId
  account { id } contact { id } openedAt firstRespondedAt resolvedAt closedAt createdAt updatedAt`;

const OPEN = `mutation ($input: OpenCaseInput!) {
  openCase(input: $input) { case { ${CASE_FIELDS} } userErrors { field message code } }
}`;
const CHANGE_STATUS = `mutation ($input: ChangeCaseStatusInput!) {
  changeCaseStatus(input: $input) { case { ${CASE_FIELDS} } userErrors { field message code } }
}`;
const RESPOND = `mutation ($input: RespondToCaseInput!) {
  respondToCase(input: $input) { case { ${CASE_FIELDS} } userErrors { field message code } }
}`;
const UPDATE = `mutation ($input: UpdateCaseInput!) {
  updateCase(input: $input) { case { ${CASE_FIELDS} } userErrors { field message code } }
}`;

interface CaseResult {
  id: string;
  caseNumber: string;
  subject: string;
  description: string | null;
  status: string;
  priority: string;
  isOpen: boolean;
  ownerId: string;
  openedAt: string;
  firstRespondedAt: string | null;
  resolvedAt: string | null;
  closedAt: string | null;
}
type Payload<K extends string> = Record<
  K,
  { case: CaseResult | null; userErrors: { field: string[] | null; code: string }[] }
>;

async function openCase(input: Record<string, unknown> = {}): Promise<CaseResult> {
  const result = await querySubgraph<Payload<'openCase'>>(underTest.subgraph.url, OPEN, {
    input: { subject: 'Printer on fire', ...input },
  });
  expect(result.errors).toBeUndefined();

  return result.data!.openCase.case!;
}

async function changeStatus(id: string, status: string) {
  const result = await querySubgraph<Payload<'changeCaseStatus'>>(
    underTest.subgraph.url,
    CHANGE_STATUS,
    {
      input: { id, status },
    },
  );
  expect(result.errors).toBeUndefined();

  return result.data!.changeCaseStatus;
}

describe('Service subgraph case lifecycle', () => {
  it('opens a NEW case with a case number, the defaults and the caller as owner', async () => {
    const accountId = await underTest.accounts.createAccount();
    const opened = await openCase({
      subject: '  Cannot log in to the portal  ',
      description: 'Since this morning',
      accountId,
    });

    expect(opened).toMatchObject({
      caseNumber: expect.stringMatching(/^CS-\d{6}$/),
      subject: 'Cannot log in to the portal',
      description: 'Since this morning',
      status: 'NEW',
      priority: 'MEDIUM',
      origin: 'WEB',
      isOpen: true,
      ownerId: 'user-1',
      account: { id: accountId },
      contact: null,
      firstRespondedAt: null,
      resolvedAt: null,
      closedAt: null,
    });
    expect(Date.parse(opened.openedAt)).not.toBeNaN();
  });

  it('numbers cases one after the other', async () => {
    const first = await openCase();
    const second = await openCase();

    expect(Number(second.caseNumber.slice(3))).toBe(Number(first.caseNumber.slice(3)) + 1);
  });

  it('records the first response on the first move out of NEW and keeps it afterwards', async () => {
    const opened = await openCase();
    const working = await changeStatus(opened.id, 'WORKING');
    const escalated = await changeStatus(opened.id, 'ESCALATED');

    expect(working.userErrors).toEqual([]);
    expect(working.case?.firstRespondedAt).not.toBeNull();
    expect(escalated.case?.firstRespondedAt).toBe(working.case?.firstRespondedAt);
  });

  it('stamps resolvedAt on RESOLVED and closedAt on CLOSED, and the case stops being open', async () => {
    const opened = await openCase();
    const resolved = await changeStatus(opened.id, 'RESOLVED');
    const closed = await changeStatus(opened.id, 'CLOSED');

    expect(resolved.case).toMatchObject({ status: 'RESOLVED', isOpen: false, closedAt: null });
    expect(resolved.case?.resolvedAt).not.toBeNull();
    expect(closed.case).toMatchObject({
      status: 'CLOSED',
      isOpen: false,
      resolvedAt: resolved.case?.resolvedAt,
    });
    expect(closed.case?.closedAt).not.toBeNull();
  });

  it('reopens a closed case to WORKING and clears its resolution times', async () => {
    const opened = await openCase();
    await changeStatus(opened.id, 'RESOLVED');
    const closed = await changeStatus(opened.id, 'CLOSED');
    const reopened = await changeStatus(opened.id, 'WORKING');

    expect(reopened.userErrors).toEqual([]);
    expect(reopened.case).toMatchObject({
      status: 'WORKING',
      isOpen: true,
      resolvedAt: null,
      closedAt: null,
      firstRespondedAt: closed.case?.firstRespondedAt,
    });
  });

  it('refuses to move a closed case anywhere but WORKING and leaves it closed', async () => {
    const opened = await openCase();
    await changeStatus(opened.id, 'CLOSED');
    const refused = await changeStatus(opened.id, 'ESCALATED');
    const reread = await querySubgraph<{ case: CaseResult }>(
      underTest.subgraph.url,
      'query ($id: ID!) { case(id: $id) { status } }',
      { id: opened.id },
    );

    expect(refused).toEqual({
      case: null,
      userErrors: [
        { field: ['input', 'status'], message: expect.any(String), code: 'INVALID_TRANSITION' },
      ],
    });
    expect(reread.data?.case.status).toBe('CLOSED');
  });

  it('refuses to move a case back to NEW or to the status it already has', async () => {
    const opened = await openCase();
    const same = await changeStatus(opened.id, 'NEW');
    await changeStatus(opened.id, 'WORKING');
    const back = await changeStatus(opened.id, 'NEW');

    expect(same.userErrors[0].code).toBe('INVALID_TRANSITION');
    expect(back.userErrors[0].code).toBe('INVALID_TRANSITION');
  });

  it('records a response without changing the status, and keeps the first one', async () => {
    const opened = await openCase();
    const first = await querySubgraph<Payload<'respondToCase'>>(underTest.subgraph.url, RESPOND, {
      input: { id: opened.id },
    });
    const again = await querySubgraph<Payload<'respondToCase'>>(underTest.subgraph.url, RESPOND, {
      input: { id: opened.id },
    });

    expect(first.data?.respondToCase.case).toMatchObject({ status: 'NEW' });
    expect(first.data?.respondToCase.case?.firstRespondedAt).not.toBeNull();
    expect(again.data?.respondToCase.case?.firstRespondedAt).toBe(
      first.data?.respondToCase.case?.firstRespondedAt,
    );
  });

  it('changes only the fields given and clears the description when it is set to null', async () => {
    const opened = await openCase({ description: 'Smoke everywhere', priority: 'LOW' });
    const result = await querySubgraph<Payload<'updateCase'>>(underTest.subgraph.url, UPDATE, {
      input: { id: opened.id, priority: 'URGENT', description: null, ownerId: 'mia.patel' },
    });

    expect(result.data?.updateCase).toMatchObject({
      case: {
        subject: 'Printer on fire',
        description: null,
        priority: 'URGENT',
        ownerId: 'mia.patel',
      },
      userErrors: [],
    });
  });

  it('refuses to edit a closed case until it is reopened', async () => {
    const opened = await openCase();
    await changeStatus(opened.id, 'CLOSED');
    const result = await querySubgraph<Payload<'updateCase'>>(underTest.subgraph.url, UPDATE, {
      input: { id: opened.id, subject: 'Too late' },
    });

    expect(result.data?.updateCase).toEqual({
      case: null,
      userErrors: [{ field: ['input', 'id'], message: expect.any(String), code: 'INVALID' }],
    });
  });

  it('answers NOT_FOUND for a case id nobody has', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    const query = await querySubgraph(
      underTest.subgraph.url,
      'query ($id: ID!) { case(id: $id) { id } }',
      {
        id: missing,
      },
    );
    const mutation = await querySubgraph(underTest.subgraph.url, CHANGE_STATUS, {
      input: { id: missing, status: 'WORKING' },
    });

    expect(query.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'id' });
    expect(mutation.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.id' });
  });
});
