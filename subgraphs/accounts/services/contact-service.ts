import type { DataSource } from 'typeorm';
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
import type { CreateContactInput, UpdateContactInput } from '../generated/resolvers-types';
import type { ContactPayload } from '../models';

type ContactFields = Omit<Contact, 'id' | 'createdAt' | 'updatedAt'>;

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
  if (!(await accountExists(dataSource, fields.accountId))) {
    return { contact: null, userErrors: [missingAccount()] };
  }
  const contacts = dataSource.getRepository(ContactEntity);
  const contact = await contacts.save(contacts.create(fields));

  return { contact, userErrors: [] };
}

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
  const contacts = dataSource.getRepository(ContactEntity);
  const contact = await contacts.findOneBy({ id });
  if (contact === null) {
    throw new NotFoundError('Contact', id, 'input.id');
  }
  if (changes.accountId && !(await accountExists(dataSource, changes.accountId))) {
    return { contact: null, userErrors: [missingAccount()] };
  }
  const updated = await contacts.save(contacts.merge(contact, changes));

  return { contact: updated, userErrors: [] };
}

async function accountExists(dataSource: DataSource, accountId: string | null): Promise<boolean> {
  return accountId === null || dataSource.getRepository(AccountEntity).existsBy({ id: accountId });
}

function missingAccount() {
  return userError(UserErrorCode.NotFound, 'The account does not exist', ['input', 'accountId']);
}
