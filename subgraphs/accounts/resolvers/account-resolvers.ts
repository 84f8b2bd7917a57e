import { NotFoundError } from '../../../platform/errors/domain-errors';
import { requireId } from '../../../platform/graphql/input-validation';
import type { Resolvers } from '../generated/resolvers-types';
import { createAccount, updateAccount } from '../services/account-service';
import { accountChildren, accountContacts, listAccounts } from '../services/account-queries';

export const accountResolvers: Resolvers = {
  Query: {
    account: async (_parent, { id }, { loaders }) => {
      const account = await loaders.accountById.load(requireId(id, 'id'));
      if (account === null) {
        throw new NotFoundError('Account', id, 'id');
      }

      return account;
    },
    accounts: (_parent, args, { dataSource }) => listAccounts(dataSource, args),
  },
  Mutation: {
    createAccount: (_parent, { input }, { dataSource }) => createAccount(dataSource, input),
    updateAccount: (_parent, { input }, { dataSource }) => updateAccount(dataSource, input),
  },
  Account: {
    __resolveReference: (reference, { loaders }) =>
      loaders.accountById.load(requireId(reference.id, 'representations.id')),
    parent: (account, _args, { loaders }) =>
      account.parentId === null ? null : loaders.accountById.load(account.parentId),
    children: (account, args, { dataSource, loaders }) =>
      loaders.childrenOfAccount.load(account.id, accountChildren(dataSource, args)),
    contacts: (account, args, { dataSource, loaders }) =>
      loaders.contactsOfAccount.load(account.id, accountContacts(dataSource, args)),
  },
};
