import { EntitySchema } from 'typeorm';

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
    id: { type: 'uuid', primary: true, generated: 'uuid' },
    firstName: { name: 'first_name', type: 'text', nullable: true },
    lastName: { name: 'last_name', type: 'text' },
    email: { type: 'text', nullable: true },
    phone: { type: 'text', nullable: true },
    title: { type: 'text', nullable: true },
    accountId: { name: 'account_id', type: 'uuid', nullable: true },
    createdAt: { name: 'created_at', type: 'timestamptz', createDate: true },
    updatedAt: { name: 'updated_at', type: 'timestamptz', updateDate: true },
  },
});
