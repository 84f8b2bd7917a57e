import { userError, type UserError } from '../../../platform/errors/domain-errors';
import { UserErrorCode } from '../../../platform/errors/error-codes';
import type { LeadStatus } from '../entities/lead.entity';

/**
 * Where a lead may go from each status. QUALIFIED is entered only through qualifyLead (which may
 * also requalify a qualified lead), UNQUALIFIED only through disqualifyLead and CONVERTED only
 * through convertLead; the mutation checks that it is the one moving the lead there.
 */
const ALLOWED_MOVES: Record<LeadStatus, readonly LeadStatus[]> = {
  OPEN: ['WORKING', 'NURTURING', 'QUALIFIED', 'UNQUALIFIED'],
  WORKING: ['NURTURING', 'QUALIFIED', 'UNQUALIFIED'],
  NURTURING: ['WORKING', 'QUALIFIED', 'UNQUALIFIED'],
  QUALIFIED: ['WORKING', 'NURTURING', 'QUALIFIED', 'UNQUALIFIED', 'CONVERTED'],
  UNQUALIFIED: ['WORKING', 'NURTURING'],
  CONVERTED: [],
};

/** The mutations that move a lead to the statuses updateLead may not set. */
const STATUS_MUTATIONS: Partial<Record<LeadStatus, string>> = {
  QUALIFIED: 'qualifyLead',
  UNQUALIFIED: 'disqualifyLead',
};

/** The statuses updateLead may set; the others have a mutation of their own. */
const EDITABLE_STATUSES: readonly LeadStatus[] = ['OPEN', 'WORKING', 'NURTURING'];

/** Null when a lead may move from `from` to `to`; otherwise the INVALID_TRANSITION to report. */
export function transitionProblem(
  from: LeadStatus,
  to: LeadStatus,
  field: string,
): UserError | null {
  if (ALLOWED_MOVES[from].includes(to)) {
    return null;
  }

  return userError(UserErrorCode.InvalidTransition, `A lead cannot move from ${from} to ${to}`, [
    'input',
    field,
  ]);
}

/**
 * Null when updateLead may set status `to` on a lead in `from`: staying put is always allowed,
 * otherwise only OPEN, WORKING and NURTURING along the allowed moves.
 */
export function editProblem(from: LeadStatus, to: LeadStatus): UserError | null {
  if (from === to) {
    return null;
  }
  if (!EDITABLE_STATUSES.includes(to)) {
    const mutation = STATUS_MUTATIONS[to];

    return userError(
      UserErrorCode.InvalidTransition,
      mutation === undefined
        ? 'A lead becomes CONVERTED only by being converted'
        : `A lead becomes ${to} only through ${mutation}`,
      ['input', 'status'],
    );
  }

  return transitionProblem(from, to, 'status');
}
