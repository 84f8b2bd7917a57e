import { ErrorCode, type UserErrorCode } from './error-codes';

/** Base of every error a client is allowed to see. Anything else is masked at the edge. */
export abstract class DomainError extends Error {
  abstract readonly code: ErrorCode;
  readonly extensions: Record<string, unknown> = {};
}

export class ValidationError extends DomainError {
  readonly code = ErrorCode.BadUserInput;

  /** @param field path of the offending argument, for example `input.email`. */
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.extensions.field = field;
  }
}

export class NotFoundError extends DomainError {
  readonly code = ErrorCode.NotFound;

  constructor(entity: string, id: string, field?: string) {
    super(`${entity} ${id} was not found`);
    this.extensions.entity = entity;
    if (field !== undefined) {
      this.extensions.field = field;
    }
  }
}

export class UnauthenticatedError extends DomainError {
  readonly code = ErrorCode.Unauthenticated;
}

export class ForbiddenError extends DomainError {
  readonly code = ErrorCode.Forbidden;

  constructor(readonly scope: string) {
    super(`This operation requires the scope "${scope}"`);
    this.extensions.scope = scope;
  }
}

export class EventsExpiredError extends DomainError {
  readonly code = ErrorCode.EventsExpired;

  constructor(after: string) {
    super(
      `Events after ${after} are older than the retention window; subscribe without a resume point`,
    );
  }
}

/** Thrown before anything is written, when a subgraph the operation must consult cannot answer. */
export class ServiceUnavailableError extends DomainError {
  readonly code = ErrorCode.ServiceUnavailable;

  /**
   * @param subgraph the subgraph that could not be reached, such as `Accounts`
   * @param reason what went wrong, in words a client may see (no addresses or internals)
   */
  constructor(subgraph: string, reason: string) {
    super(`${reason}; nothing was written, and the request may succeed if sent again later`);
    this.extensions.subgraph = subgraph;
  }
}

/** A value the schema promises that the merged results of the subgraphs do not hold. */
export class IncompleteDataError extends DomainError {
  readonly code = ErrorCode.IncompleteData;
}

/** A business-rule failure reported in a payload's `userErrors` instead of being thrown. */
export interface UserError {
  field: string[] | null;
  message: string;
  code: UserErrorCode;
}

export function userError(code: UserErrorCode, message: string, field?: string[]): UserError {
  return { code, message, field: field ?? null };
}
