import type { DataSource } from 'typeorm';
import { escapeLike } from '../../../platform/database/like-pattern';
import { loadConnection, type SortKey } from '../../../platform/graphql/connection';
import { optionalId } from '../../../platform/graphql/input-validation';
import { AccountEntity } from '../entities/account.entity';
import { ContactEntity } from '../entities/contact.entity';
import type { QueryAccountsArgs, QueryContactsArgs } from '../generated/resolvers-types';
import type { AccountConnection, ContactConnection } from '../models';

const ACCOUNT_SORT: Record<string, Omit<SortKey, 'direction'>> = {
  NAME: { property: 'name', column: 'account.name', idColumn: 'account.id', kind: 'text' },
  CREATED_AT: {
    property: 'createdAt',
    column: 'account.created_at',
    idColumn: 'account.id',
    kind: 'timestamp',
  },
};

const CONTACT_SORT: Record<string, Omit<SortKey, 'direction'>> = {
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
  const order = args.orderBy ?? { field: 'NAME', direction: 'ASC' };

  return loadConnection(
    query,
    { ...ACCOUNT_SORT[order.field], direction: order.direction ?? 'ASC' },
    args,
  );
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
  const order = args.orderBy ?? { field: 'LAST_NAME', direction: 'ASC' };

  return loadConnection(
    query,
    { ...CONTACT_SORT[order.field], direction: order.direction ?? 'ASC' },
    args,
  );
}
