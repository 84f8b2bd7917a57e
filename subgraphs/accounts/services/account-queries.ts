import type { DataSource } from 'typeorm';
import { escapeLike } from '../../../platform/database/like-pattern';
import { loadConnection, pageRequest, type SortKey } from '../../../platform/graphql/connection';
import { optionalId } from '../../../platform/graphql/input-validation';
import type { ParentListRequest } from '../../../platform/graphql/parent-connections';
import { AccountEntity, type Account } from '../entities/account.entity';
import { ContactEntity, type Contact } from '../entities/contact.entity';
import type {
  AccountChildrenArgs,
  AccountContactsArgs,
  AccountOrder,
  AccountOrderField,
  ContactOrder,
  ContactOrderField,
  QueryAccountsArgs,
  QueryContactsArgs,
} from '../generated/resolvers-types';
import type { AccountConnection, ContactConnection } from '../models';

const ACCOUNT_SORT: Record<AccountOrderField, Omit<SortKey, 'direction'>> = {
  NAME: { property: 'name', column: 'account.name', idColumn: 'account.id', kind: 'text' },
  CREATED_AT: {
    property: 'createdAt',
    column: 'account.created_at',
    idColumn: 'account.id',
    kind: 'timestamp',
  },
};

const CONTACT_SORT: Record<ContactOrderField, Omit<SortKey, 'direction'>> = {
  LAST_NAME: {
    property: 'lastName',
    column: 'contact.last_name',
    idColumn: 'contact.id',
    kind: 'text',
  },
  CREATED_AT: {
    property: 'createdAt',
    column: 'contact.created_at',
    idColumn: 'contact.id',
    kind: 'timestamp',
  },
};

const DEFAULT_ACCOUNT_ORDER: AccountOrder = { field: 'NAME', direction: 'ASC' };
const DEFAULT_CONTACT_ORDER: ContactOrder = { field: 'LAST_NAME', direction: 'ASC' };

export function listAccounts(
  dataSource: DataSource,
  args: QueryAccountsArgs,
): Promise<AccountConnection> {
  const query = dataSource.getRepository(AccountEntity).createQueryBuilder('account');
  const filter = args.filter ?? {};
  if (filter.nameContains) {
    query.andWhere('account.name ILIKE :name', { name: `%${escapeLike(filter.nameContains)}%` });
  }
  if (filter.industry) {
    query.andWhere('account.industry = :industry', { industry: filter.industry });
  }
  if (filter.tier) {
    query.andWhere('account.tier = :tier', { tier: filter.tier });
  }
  if (filter.ownerId) {
    query.andWhere('account.owner_id = :ownerId', { ownerId: filter.ownerId });
  }
  const parentId = optionalId(filter.parentId, 'filter.parentId');
  if (parentId !== null) {
    query.andWhere('account.parent_id = :parentId', { parentId });
  }

  return loadConnection(query, accountSort(args.orderBy), args);
}

export function listContacts(
  dataSource: DataSource,
  args: QueryContactsArgs,
): Promise<ContactConnection> {
  const query = dataSource.getRepository(ContactEntity).createQueryBuilder('contact');
  const filter = args.filter ?? {};
  const accountId = optionalId(filter.accountId, 'filter.accountId');
  if (accountId !== null) {
    query.andWhere('contact.account_id = :accountId', { accountId });
  }
  if (filter.email) {
    query.andWhere('contact.email = :email', { email: filter.email.trim().toLowerCase() });
  }
  if (filter.nameContains) {
    query.andWhere(
      "(contact.first_name || ' ' || contact.last_name) ILIKE :name OR contact.last_name ILIKE :name",
      { name: `%${escapeLike(filter.nameContains)}%` },
    );
  }

  return loadConnection(query, contactSort(args.orderBy), args);
}

/** `Account.children` as a field asks for it: by name unless told otherwise. */
export function accountChildren(
  dataSource: DataSource,
  args: AccountChildrenArgs,
): ParentListRequest<Account> {
  const sort = accountSort(args.orderBy);

  return {
    query: dataSource.getRepository(AccountEntity).createQueryBuilder('account'),
    sort,
    page: pageRequest(args, sort),
  };
}

/** `Account.contacts` as a field asks for it: by last name unless told otherwise. */
export function accountContacts(
  dataSource: DataSource,
  args: AccountContactsArgs,
): ParentListRequest<Contact> {
  const sort = contactSort(args.orderBy);

  return {
    query: dataSource.getRepository(ContactEntity).createQueryBuilder('contact'),
    sort,
    page: pageRequest(args, sort),
  };
}

function accountSort(order: AccountOrder | null | undefined): SortKey {
  const { field, direction } = order ?? DEFAULT_ACCOUNT_ORDER;

  return { ...ACCOUNT_SORT[field], direction: direction ?? 'ASC' };
}

function contactSort(order: ContactOrder | null | undefined): SortKey {
  const { field, direction } = order ?? DEFAULT_CONTACT_ORDER;

  return { ...CONTACT_SORT[field], direction: direction ?? 'ASC' };
}
