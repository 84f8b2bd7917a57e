import type { DataSource, EntityManager } from 'typeorm';
import {
  NotFoundError,
  ServiceUnavailableError,
  ValidationError,
  userError,
} from '../../../platform/errors/domain-errors';
import { UserErrorCode } from '../../../platform/errors/error-codes';
import type { AccountReferences } from '../../../platform/federation/account-references';
import { optionalId, requireId } from '../../../platform/graphql/input-validation';
import { CampaignEntity } from '../entities/campaign.entity';
import {
  CampaignMemberEntity,
  RESPONDED_STATUSES,
  type CampaignMember,
  type CampaignMemberStatus,
} from '../entities/campaign-member.entity';
import { LeadEntity } from '../entities/lead.entity';
import type { LeadActivityKind } from '../entities/lead-activity.entity';
import type {
  AddCampaignMemberInput,
  UpdateCampaignMemberInput,
} from '../generated/resolvers-types';
import type { CampaignMemberPayload } from '../models';
import { insertActivities } from '../scoring/activities';
import { recomputeScores } from '../scoring/score-recompute';

/**
 * Adds a lead or a contact to a campaign. A contact is Accounts' record, so Accounts is asked
 * whether it has it before anything is written, and before the transaction opens, so no row
 * stays locked while Accounts answers (contacts are never deleted, so the answer still holds).
 * `accounts` is null when Marketing runs without Accounts: a contact cannot be added then. A
 * member already in the campaign is refused with DUPLICATE; a member added as having responded
 * counts as a response of its lead straight away.
 */
export async function addCampaignMember(
  dataSource: DataSource,
  accounts: AccountReferences | null,
  input: AddCampaignMemberInput,
): Promise<CampaignMemberPayload> {
  const campaignId = requireId(input.campaignId, 'input.campaignId');
  const leadId = optionalId(input.leadId, 'input.leadId');
  const contactId = optionalId(input.contactId, 'input.contactId');
  if ((leadId === null) === (contactId === null)) {
    throw new ValidationError(
      'input.leadId',
      'Give exactly one of input.leadId and input.contactId',
    );
  }
  if (contactId !== null && !(await contactExists(accounts, contactId))) {
    return refused(UserErrorCode.NotFound, `Contact ${contactId} was not found`, 'contactId');
  }

  return dataSource.transaction((manager) =>
    insertMember(manager, { campaignId, leadId, contactId, status: input.status ?? 'SENT' }),
  );
}

/** Whether Accounts has the contact; throws ServiceUnavailableError when it cannot say. */
async function contactExists(
  accounts: AccountReferences | null,
  contactId: string,
): Promise<boolean> {
  if (accounts === null) {
    throw new ServiceUnavailableError('Accounts', 'Accounts is not configured for Marketing');
  }
  const found = await accounts.lookUp({ accountIds: [], contactIds: [contactId] });

  return found.contacts.has(contactId);
}

/** Writes a checked membership, once its campaign and lead are found. */
async function insertMember(
  manager: EntityManager,
  request: Pick<CampaignMember, 'campaignId' | 'leadId' | 'contactId' | 'status'>,
): Promise<CampaignMemberPayload> {
  const { campaignId, leadId, contactId, status } = request;
  if (!(await manager.getRepository(CampaignEntity).existsBy({ id: campaignId }))) {
    return refused(UserErrorCode.NotFound, 'The campaign does not exist', 'campaignId');
  }
  if (leadId !== null && !(await manager.getRepository(LeadEntity).existsBy({ id: leadId }))) {
    return refused(UserErrorCode.NotFound, 'The lead does not exist', 'leadId');
  }
  const rows: { id: string }[] = await manager.query(
    `INSERT INTO marketing.campaign_member (campaign_id, lead_id, contact_id, status)
     VALUES ($1, $2, $3, $4)
     ON CONFLICT DO NOTHING
     RETURNING id`,
    [campaignId, leadId, contactId, status],
  );
  if (rows.length === 0) {
    return refused(
      UserErrorCode.Duplicate,
      'The member already belongs to this campaign',
      leadId !== null ? 'leadId' : 'contactId',
    );
  }
  const members = manager.getRepository(CampaignMemberEntity);
  const member = await members.findOneByOrFail({ id: rows[0].id });

  return { member: await recordEngagement(manager, member, null), userErrors: [] };
}

/** Moves a member to another status; reaching a responded status first records a response. */
export async function updateCampaignMember(
  manager: EntityManager,
  input: UpdateCampaignMemberInput,
): Promise<CampaignMemberPayload> {
  const id = requireId(input.id, 'input.id');
  const members = manager.getRepository(CampaignMemberEntity);
  const member = await members.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  if (member === null) {
    throw new NotFoundError('CampaignMember', id, 'input.id');
  }
  const previousStatus = member.status;
  const updated = await members.save(members.merge(member, { status: input.status }));

  return { member: await recordEngagement(manager, updated, previousStatus), userErrors: [] };
}

/**
 * The first time a member reaches a responded status it is marked as having responded and its
 * lead gains a RESPONDED activity; entering ATTENDED also counts as EVENT_ATTENDED. The lead
 * (unless converted, which is final) is rescored.
 */
async function recordEngagement(
  manager: EntityManager,
  member: CampaignMember,
  previousStatus: CampaignMemberStatus | null,
): Promise<CampaignMember> {
  const kinds: LeadActivityKind[] = [];
  let current = member;
  if (!member.hasResponded && RESPONDED_STATUSES.includes(member.status)) {
    const members = manager.getRepository(CampaignMemberEntity);
    current = await members.save(
      members.merge(member, { hasResponded: true, firstRespondedAt: new Date() }),
    );
    kinds.push('RESPONDED');
  }
  if (member.status === 'ATTENDED' && previousStatus !== 'ATTENDED') {
    kinds.push('EVENT_ATTENDED');
  }
  if (member.leadId === null || kinds.length === 0) {
    return current;
  }
  const lead = await manager.getRepository(LeadEntity).findOneByOrFail({ id: member.leadId });
  if (lead.status !== 'CONVERTED') {
    for (const kind of kinds) {
      await insertActivities(manager, [lead.id], kind);
    }
    await recomputeScores(manager, { leadIds: [lead.id] });
  }

  return current;
}

function refused(code: UserErrorCode, message: string, field: string): CampaignMemberPayload {
  return { member: null, userErrors: [userError(code, message, ['input', field])] };
}
