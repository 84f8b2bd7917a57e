import { In, type DataSource, type EntityManager } from 'typeorm';
import { ValidationError, userError } from '../../../platform/errors/domain-errors';
import { UserErrorCode } from '../../../platform/errors/error-codes';
import {
  integerInRange,
  money,
  optionalEmail,
  optionalId,
  optionalText,
  optionalUrl,
  requireId,
  requireText,
} from '../../../platform/graphql/input-validation';
import { AccountEntity, type Account } from '../entities/account.entity';
import { ContactEntity, type Contact } from '../entities/contact.entity';
import { LeadConversionEntity, type LeadConversion } from '../entities/lead-conversion.entity';
import { toContactSnapshot, type ContactSnapshot } from '../events/contact-event-payload';
import type {
  LeadConversionAccountInput,
  LeadConversionContactInput,
  RegisterLeadConversionInput,
} from '../generated/resolvers-types';
import type { LeadConversionPayload } from '../models';
import { recordContactChange } from './contact-events';

type AccountFields = Omit<Account, 'id' | 'createdAt' | 'updatedAt'>;
type ContactFields = Omit<Contact, 'id' | 'accountId' | 'createdAt' | 'updatedAt'>;

/** How many superseded conversions one call may name. */
const MAX_SUPERSEDED = 1000;

/**
 * Creates the account (unless an existing one is named) and the contact of a lead conversion,
 * and records them under the conversion id in the same transaction, with the contact's `contact`
 * event. A second call with the same conversion id writes nothing and returns the records of the
 * first, whatever else it carries.
 *
 * A conversion may supersede earlier ones of the same lead that failed in Marketing, perhaps
 * after this subgraph registered their contact (Sales refused, or Marketing gave up without
 * hearing the answer). The person is then the contact registered already, so it is taken over
 * and moved where this conversion wants it rather than created again; withdrawing it instead
 * would delete a contact whose `contact` event other subgraphs have already followed. The
 * superseded conversions that have no registration yet get this one's records, so that a late
 * call for one of them cannot register a second contact after this one took its place. All the
 * conversion ids of a call are locked first, in one order, so such calls wait for each other.
 */
export async function registerLeadConversion(
  dataSource: DataSource,
  input: RegisterLeadConversionInput,
): Promise<LeadConversionPayload> {
  const conversionId = requireId(input.conversionId, 'input.conversionId');
  const supersedes = supersededIds(input.supersedes, conversionId);
  const accountId = optionalId(input.accountId, 'input.accountId');
  const newAccount = input.account ? accountFields(input.account) : null;
  if (accountId !== null && newAccount !== null) {
    throw new ValidationError('input.account', 'Give either input.accountId or input.account');
  }
  if (accountId === null && newAccount === null) {
    throw new ValidationError('input.account', 'input.account is required without input.accountId');
  }
  const contactFields = contactFieldsOf(input.contact);

  return dataSource.transaction(async (manager) => {
    for (const id of [conversionId, ...supersedes].sort()) {
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
        `accounts:lead-conversion:${id}`,
      ]);
    }
    const conversions = manager.getRepository(LeadConversionEntity);
    const earlier = await conversions.findOneBy({ conversionId });
    if (earlier !== null) {
      return {
        account: await manager
          .getRepository(AccountEntity)
          .findOneByOrFail({ id: earlier.accountId }),
        contact: await manager
          .getRepository(ContactEntity)
          .findOneByOrFail({ id: earlier.contactId }),
        userErrors: [],
      };
    }
    const registered = supersedes.length === 0 ? [] : await registrationsOf(manager, supersedes);
    const target = await targetAccount(manager, accountId, newAccount, registered);
    if (target === null) {
      return {
        account: null,
        contact: null,
        userErrors: [
          userError(UserErrorCode.NotFound, 'The account does not exist', ['input', 'accountId']),
        ],
      };
    }
    const { before, contact } = await placeContact(
      manager,
      registered[0] ?? null,
      contactFields,
      target.account,
    );
    const unregistered = supersedes.filter(
      (id) => !registered.some((registration) => registration.conversionId === id),
    );
    await conversions.insert([
      {
        conversionId,
        accountId: target.account.id,
        contactId: contact.id,
        createdAccount: target.created,
      },
      ...unregistered.map((id) => ({
        conversionId: id,
        accountId: target.account.id,
        contactId: contact.id,
      })),
    ]);
    if (before === null || before.accountId !== contact.accountId) {
      await recordContactChange(manager, before, contact);
    }

    return { account: target.account, contact, userErrors: [] };
  });
}

/**
 * The conversion's contact at `account`: the one `takenOver` registered, moved there if it is
 * elsewhere, with its snapshot from before; or a new one made of `fields`, without a before.
 */
async function placeContact(
  manager: EntityManager,
  takenOver: LeadConversion | null,
  fields: ContactFields,
  account: Account,
): Promise<{ before: ContactSnapshot | null; contact: Contact }> {
  const contacts = manager.getRepository(ContactEntity);
  if (takenOver === null) {
    return {
      before: null,
      contact: await contacts.save(contacts.create({ ...fields, accountId: account.id })),
    };
  }
  const contact = await contacts.findOneOrFail({
    where: { id: takenOver.contactId },
    lock: { mode: 'pessimistic_write' },
  });
  const before = toContactSnapshot(contact);
  if (contact.accountId === account.id) {
    return { before, contact };
  }

  return { before, contact: await contacts.save({ ...contact, accountId: account.id }) };
}

/** The superseded ids, checked, without repeats and without the conversion's own id. */
function supersededIds(ids: readonly string[] | null | undefined, conversionId: string): string[] {
  if (ids === null || ids === undefined) {
    return [];
  }
  if (ids.length > MAX_SUPERSEDED) {
    throw new ValidationError(
      'input.supersedes',
      `input.supersedes must hold at most ${MAX_SUPERSEDED} ids`,
    );
  }
  const checked = ids.map((id, index) => requireId(id, `input.supersedes.${index}`));

  return [...new Set(checked)].filter((id) => id !== conversionId);
}

/** The registrations of `conversionIds`, the latest first. */
function registrationsOf(
  manager: EntityManager,
  conversionIds: string[],
): Promise<LeadConversion[]> {
  return manager.getRepository(LeadConversionEntity).find({
    where: { conversionId: In(conversionIds) },
    order: { createdAt: 'DESC', conversionId: 'ASC' },
  });
}

/**
 * The account the contact belongs at: the named one (null when it does not exist), else the one
 * a superseded conversion created, else a new one, which `created` tells.
 */
async function targetAccount(
  manager: EntityManager,
  accountId: string | null,
  newAccount: AccountFields | null,
  registered: LeadConversion[],
): Promise<{ account: Account; created: boolean } | null> {
  const accounts = manager.getRepository(AccountEntity);
  if (accountId !== null) {
    const named = await accounts.findOne({
      where: { id: accountId },
      lock: { mode: 'pessimistic_read' },
    });

    return named === null ? null : { account: named, created: false };
  }
  const creator = registered.find((registration) => registration.createdAccount);
  if (creator !== undefined) {
    return { account: await accounts.findOneByOrFail({ id: creator.accountId }), created: false };
  }

  return {
    account: await accounts.save(accounts.create(newAccount as AccountFields)),
    created: true,
  };
}

function accountFields(input: LeadConversionAccountInput): AccountFields {
  return {
    name: requireText(input.name, 'input.account.name', 200),
    industry: optionalText(input.industry, 'input.account.industry', 100),
    website: optionalUrl(input.website, 'input.account.website'),
    annualRevenue: money(input.annualRevenue ?? null, 'input.account.annualRevenue'),
    employeeCount: integerInRange(
      input.employeeCount,
      'input.account.employeeCount',
      0,
      10_000_000,
    ),
    tier: input.tier ?? 'SMALL_BUSINESS',
    ownerId: optionalText(input.ownerId, 'input.account.ownerId', 200),
    parentId: null,
  };
}

function contactFieldsOf(input: LeadConversionContactInput): ContactFields {
  return {
    firstName: optionalText(input.firstName, 'input.contact.firstName', 100),
    lastName: requireText(input.lastName, 'input.contact.lastName', 100),
    email: optionalEmail(input.email, 'input.contact.email'),
    phone: optionalText(input.phone, 'input.contact.phone', 50),
    title: optionalText(input.title, 'input.contact.title', 100),
  };
}
