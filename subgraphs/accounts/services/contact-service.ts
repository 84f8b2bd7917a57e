import type { DataSource, EntityManager } from 'typeorm';
import { NotFoundError, ValidationError, userError } from '../../../platform/errors/domain-errors';
import { UserErrorCode } from '../../../platform/errors/error-codes';
import {
  optionalEmail,
  optionalId,
  optionalText,
  requireId,
  requireText,
} from '../../../platform/graphql/input-validation';
import { AccountEntity } from '../entities/account.entity';
import { ContactEntity, type Contact } from '../entities/contact.entity';
import { toContactSnapshot } from '../events/contact-event-payload';
import type { CreateContactInput, UpdateContactInput } from '../generated/resolvers-types';
import type { ContactPayload } from '../models';
import { recordContactChange } from './contact-events';

type ContactFields = Omit<Contact, 'id' | 'createdAt' | 'updatedAt'>;

/** Creates a contact and its `contact` event in one transaction. */
export async function createContact(
  dataSource: DataSource,
  input: CreateContactInput,
): Promise<ContactPayload> {
  const fields: ContactFields = {
    firstName: optionalText(input.firstName, 'input.firstName', 100),
    lastName: requireText(input.lastName, 'input.lastName', 100),
    email: optionalEmail(input.email, 'input.email'),
    phone: optionalText(input.phone, 'input.phone', 50),
    title: optionalText(input.title, 'input.title', 100),
    accountId: optionalId(input.accountId, 'input.accountId'),
  };

  return dataSource.transaction(async (manager) => {
    if (!(await accountExists(manager, fields.accountId))) {
      return { contact: null, userErrors: [missingAccount()] };
    }
    const contacts = manager.getRepository(ContactEntity);
    const contact = await contacts.save(contacts.create(fields));
    await recordContactChange(manager, null, contact);

    return { contact, userErrors: [] };
  });
}

/**
 * Changes the given fields of a contact and records its `contact` event in one transaction; the
 * row is locked meanwhile, so concurrent updates each see the email the previous one left.
 */
export async function updateContact(
  dataSource: DataSource,
  input: UpdateContactInput,
): Promise<ContactPayload> {
  const id = requireId(input.id, 'input.id');
  const changes: Partial<ContactFields> = {};
  if (input.lastName !== undefined) {
    if (input.lastName === null) {
      throw new ValidationError('input.lastName', 'input.lastName cannot be cleared');
    }
    changes.lastName = requireText(input.lastName, 'input.lastName', 100);
  }
  if (input.firstName !== undefined) {
    changes.firstName = optionalText(input.firstName, 'input.firstName', 100);
  }
  if (input.email !== undefined) {
    changes.email = optionalEmail(input.email, 'input.email');
  }
  if (input.phone !== undefined) {
    changes.phone = optionalText(input.phone, 'input.phone', 50);
  }
  if (input.title !== undefined) {
    changes.title = optionalText(input.title, 'input.title', 100);
  }
  if (input.accountId !== undefined) {
    changes.accountId = optionalId(input.accountId, 'input.accountId');
  }

  return dataSource.transaction(async (manager) => {
    const contacts = manager.getRepository(ContactEntity);
    const contact = await contacts.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (contact === null) {
      throw new NotFoundError('Contact', id, 'input.id');
    }
    if (changes.accountId && !(await accountExists(manager, changes.accountId))) {
      return { contact: null, userErrors: [missingAccount()] };
    }
    const before = toContactSnapshot(contact);
    const updated = await contacts.save(contacts.merge(contact, changes));
    await recordContactChange(manager, before, updated);

    return { contact: updated, userErrors: [] };
  });
}

async function accountExists(manager: EntityManager, accountId: string | null): Promise<boolean> {
  return accountId === null || manager.getRepository(AccountEntity).existsBy({ id: accountId });
}

function missingAccount() {
  return userError(UserErrorCode.NotFound, 'The account does not exist', ['input', 'accountId']);
}
