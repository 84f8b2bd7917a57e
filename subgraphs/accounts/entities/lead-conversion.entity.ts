import { EntitySchema } from 'typeorm';
import { AccountEntity } from './account.entity';
import { ContactEntity } from './contact.entity';

/**
 * The account and contact one lead conversion (named by Marketing's id) created or used; for a
 * conversion superseded before it registered anything, those of the conversion that took its
 * place.
 */
export interface LeadConversion {
  conversionId: string;
  accountId: string;
  contactId: string;
  /** True when this conversion created its account (rather than naming or taking over one). */
  createdAccount: boolean;
  createdAt: Date;
}

export const LeadConversionEntity = new EntitySchema<LeadConversion>({
  name: 'LeadConversion',
  tableName: 'lead_conversion',
  columns: {
    conversionId: {
      name: 'conversion_id',
      type: 'uuid',
      primary: true,
      primaryKeyConstraintName: 'lead_conversion_pkey',
    },
    accountId: {
      name: 'account_id',
      type: 'uuid',
      foreignKey: { target: AccountEntity, name: 'lead_conversion_account_id_fkey' },
    },
    contactId: {
      name: 'contact_id',
      type: 'uuid',
      foreignKey: { target: ContactEntity, name: 'lead_conversion_contact_id_fkey' },
    },
    createdAccount: { name: 'created_account', type: 'boolean', default: false },
    createdAt: { name: 'created_at', type: 'timestamptz', createDate: true },
  },
});
