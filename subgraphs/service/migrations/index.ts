import { CreateSupportCases1764806400000 } from './1764806400000-create-support-cases';
import { CreateOutbox1764892800000 } from './1764892800000-create-outbox';
import { CreateSlaPoliciesAndTargets1764892800001 } from './1764892800001-create-sla-policies-and-targets';
import { SeedSlaPolicies1764892800002 } from './1764892800002-seed-sla-policies';
import { RecordPriorityRankExpression1765497600000 } from './1765497600000-record-priority-rank-expression';
import { IndexAccountCases1765670400002 } from './1765670400002-index-account-cases';

/** Every migration of the `service` schema, oldest first. */
export const serviceMigrations = [
  CreateSupportCases1764806400000,
  CreateOutbox1764892800000,
  CreateSlaPoliciesAndTargets1764892800001,
  SeedSlaPolicies1764892800002,
  RecordPriorityRankExpression1765497600000,
  IndexAccountCases1765670400002,
];
