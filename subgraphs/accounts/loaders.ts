import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { AccountEntity, type Account } from './entities/account.entity';
import { ContactEntity, type Contact } from './entities/contact.entity';
import { groupBy, indexBy } from '../../platform/database/batch';

/** Per-request DataLoaders of the Accounts subgraph; each turns N lookups into one query. */
export interface AccountsLoaders {
  accountById: DataLoader<string, Account | null>;
  contactById: DataLoader<string, Contact | null>;
  contactsByAccountId: DataLoader<string, Contact[]>;
  childrenByParentId: DataLoader<string, Account[]>;
}

export function createAccountsLoaders(dataSource: DataSource): AccountsLoaders {
  const accounts = dataSource.getRepository(AccountEntity);
  const contacts = dataSource.getRepository(ContactEntity);

  return {
    accountById: new DataLoader(async (ids) =>
      indexBy(await accounts.findBy({ id: In([...ids]) }), ids, (account) => account.id),
    ),
    contactById: new DataLoader(async (ids) =>
      indexBy(await contacts.findBy({ id: In([...ids]) }), ids, (contact) => contact.id),
    ),
    contactsByAccountId: new DataLoader(async (accountIds) =>
      groupBy(
        await contacts.find({
          where: { accountId: In([...accountIds]) },
          order: { lastName: 'ASC', id: 'ASC' },
        }),
        accountIds,
        (contact) => contact.accountId,
      ),
    ),
    childrenByParentId: new DataLoader(async (parentIds) =>
      groupBy(
        await accounts.find({
          where: { parentId: In([...parentIds]) },
          order: { name: 'ASC', id: 'ASC' },
        }),
        parentIds,
        (account) => account.parentId,
      ),
    ),
  };
}
