import { EntitySchema } from 'typeorm';

/** The account and contact one lead conversion (named by Marketing's id) created or used. */
export interface LeadConversion {
  conversionId: string;
  accountId: string;
  contactId: string;
  createdAt: Date;
}

export const LeadConversionEntity = new EntitySchema<LeadConversion>({
  name: 'LeadConversion',
  tableName: 'lead_conversion',
  columns: {
    conversionId: { name: 'conversion_id', type: 'uuid', primary: true },
    accountId: { name: 'account_id', type: 'uuid' },
    contactId: { name: 'contact_id', type: 'uuid' },
    createdAt: { name: 'created_at', type: 'timestamptz', createDate: true },
  },
});
