import { EntitySchema } from 'typeorm';
import { AccountEntity } from './account.entity';

export interface Contact {
  id: string;
  firstName: string | null;
  lastName: string;
  /** Lower-cased and trimmed. */
  email: string | null;
  phone: string | null;
  title: string | null;
  accountId: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export const ContactEntity = new EntitySchema<Contact>({
  name: 'Contact',
  tableName: 'contact',
  columns: {
    id: {
      type: 'uuid',
      primary: true,
      generated: 'uuid',
      primaryKeyConstraintName: 'contact_pkey',
    },
    firstName: { name: 'first_name', type: 'text', nullable: true },
    lastName: { name: 'last_name', type: 'text' },
    email: { type: 'text', nullable: true },
    phone: { type: 'text', nullable: true },
    title: { type: 'text', nullable: true },
    accountId: {
      name: 'account_id',
      type: 'uuid',
      nullable: true,
      foreignKey: { target: AccountEntity, name: 'contact_account_id_fkey' },
    },
    createdAt: { name: 'created_at', type: 'timestamptz', createDate: true },
    updatedAt: { name: 'updated_at', type: 'timestamptz', updateDate: true },
  },
  checks: [{ name: 'contact_email_check', expression: 'email = lower(email)' }],
  indices: [
    { name: 'contact_account_idx', columns: ['accountId', 'lastName', 'id'] },
    { name: 'contact_account_created_at_idx', columns: ['accountId', 'createdAt', 'id'] },
    { name: 'contact_email_idx', columns: ['email'] },
    { name: 'contact_last_name_idx', columns: ['lastName', 'id'] },
    { name: 'contact_created_at_idx', columns: ['createdAt', 'id'] },
  ],
});
