import type { DataSource } from 'typeorm';
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
import { LeadConversionEntity } from '../entities/lead-conversion.entity';
import type {
  LeadConversionAccountInput,
  LeadConversionContactInput,
  RegisterLeadConversionInput,
} from '../generated/resolvers-types';
import type { LeadConversionPayload } from '../models';
import { recordContactChange } from './contact-events';

type AccountFields = Omit<Account, 'id' | 'createdAt' | 'updatedAt'>;
type ContactFields = Omit<Contact, 'id' | 'accountId' | 'createdAt' | 'updatedAt'>;

/**
 * Creates the account (unless an existing one is named) and the contact of a lead conversion,
 * and records them under the conversion id in the same transaction, with the contact's `contact`
 * event. A second call with the same conversion id writes nothing and returns the records of the
 * first, whatever else it carries.
 */
export async function registerLeadConversion(
  dataSource: DataSource,
  input: RegisterLeadConversionInput,
): Promise<LeadConversionPayload> {
  const conversionId = requireId(input.conversionId, 'input.conversionId');
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
    // Concurrent calls for one conversion wait here, so the second finds what the first wrote.
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
      `accounts:lead-conversion:${conversionId}`,
    ]);
    const accounts = manager.getRepository(AccountEntity);
    const contacts = manager.getRepository(ContactEntity);
    const conversions = manager.getRepository(LeadConversionEntity);
    const earlier = await conversions.findOneBy({ conversionId });
    if (earlier !== null) {
      return {
        account: await accounts.findOneByOrFail({ id: earlier.accountId }),
        contact: await contacts.findOneByOrFail({ id: earlier.contactId }),
        userErrors: [],
      };
    }
    const account =
      accountId === null
        ? await accounts.save(accounts.create(newAccount as AccountFields))
        : await accounts.findOne({ where: { id: accountId }, lock: { mode: 'pessimistic_read' } });
    if (account === null) {
      return {
        account: null,
        contact: null,
        userErrors: [
          userError(UserErrorCode.NotFound, 'The account does not exist', ['input', 'accountId']),
        ],
      };
    }
    const contact = await contacts.save(
      contacts.create({ ...contactFields, accountId: account.id }),
    );
    await conversions.insert({ conversionId, accountId: account.id, contactId: contact.id });
    await recordContactChange(manager, null, contact);

    return { account, contact, userErrors: [] };
  });
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
