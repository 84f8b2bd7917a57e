import { NotFoundError } from '../../../platform/errors/domain-errors';
import { requireId } from '../../../platform/graphql/input-validation';
import type { Resolvers } from '../generated/resolvers-types';
import { createContact, updateContact } from '../services/contact-service';
import { listContacts } from '../services/account-queries';

export const contactResolvers: Resolvers = {
  Query: {
    contact: async (_parent, { id }, { loaders }) => {
      const contact = await loaders.contactById.load(requireId(id, 'id'));
      if (contact === null) {
        throw new NotFoundError('Contact', id, 'id');
      }

      return contact;
    },
    contacts: (_parent, args, { dataSource }) => listContacts(dataSource, args),
  },
  Mutation: {
    createContact: (_parent, { input }, { dataSource }) => createContact(dataSource, input),
    updateContact: (_parent, { input }, { dataSource }) => updateContact(dataSource, input),
  },
  Contact: {
    __resolveReference: (reference, { loaders }) =>
      loaders.contactById.load(requireId(reference.id, 'representations.id')),
    name: (contact) => [contact.firstName, contact.lastName].filter(Boolean).join(' '),
    account: (contact, _args, { loaders }) =>
      contact.accountId === null ? null : loaders.accountById.load(contact.accountId),
  },
};
