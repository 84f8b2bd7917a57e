import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { AccountEntity, type Account } from './entities/account.entity';
import { ContactEntity, type Contact } from './entities/contact.entity';
import { indexBy } from '../../platform/database/batch';
import { ParentConnectionLoader } from '../../platform/graphql/parent-connections';

/** Per-request DataLoaders of the Accounts subgraph; each turns N lookups into one query. */
export interface AccountsLoaders {
  accountById: DataLoader<string, Account | null>;
  contactById: DataLoader<string, Contact | null>;
  /** `Account.contacts` pages, per account. */
  contactsOfAccount: ParentConnectionLoader<Contact>;
  /** `Account.children` pages, per parent account. */
  childrenOfAccount: ParentConnectionLoader<Account>;
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
    contactsOfAccount: new ParentConnectionLoader<Contact>({
      column: 'contact.account_id',
      property: 'accountId',
    }),
    childrenOfAccount: new ParentConnectionLoader<Account>({
      column: 'account.parent_id',
      property: 'parentId',
    }),
  };
}
