/**
 * The one registry of error codes a client can see in `extensions.code`. Codes are stable:
 * clients branch on them, so a code is never renamed or reused for another meaning.
 */
export const ErrorCode = {
  /** No valid bearer token, or a subgraph request that did not come through the gateway. */
  Unauthenticated: 'UNAUTHENTICATED',
  /** The token is valid but lacks the scope named in `extensions.scope`. */
  Forbidden: 'FORBIDDEN',
  /** An argument is malformed; `extensions.field` holds its path. Nothing was written. */
  BadUserInput: 'BAD_USER_INPUT',
  /** No record has the given id (or the caller may not see it). */
  NotFound: 'NOT_FOUND',
  /** A resume point older than the event retention window; events after it are gone. */
  EventsExpired: 'EVENTS_EXPIRED',
  /**
   * Another subgraph the operation depends on, named in `extensions.subgraph`, could not be
   * reached or failed on its side. Nothing was written; the same request may succeed later.
   */
  ServiceUnavailable: 'SERVICE_UNAVAILABLE',
  /**
   * A field the schema promises a value for could not be completed, typically because a record
   * refers to an entity its owning subgraph does not have; the nearest nullable field above it
   * (`data` itself when there is none) was set to null. `path` names the field. The cause is on
   * our side and logged; asking again gives the same answer until the data is repaired.
   */
  IncompleteData: 'INCOMPLETE_DATA',
  /** Something failed on our side; details are in the server log, never in the response. */
  Internal: 'INTERNAL_SERVER_ERROR',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/**
 * Codes of business-rule failures returned in a mutation payload's `userErrors`.
 */
export const UserErrorCode = {
  Invalid: 'INVALID',
  NotFound: 'NOT_FOUND',
  Duplicate: 'DUPLICATE',
  InvalidTransition: 'INVALID_TRANSITION',
  HierarchyCycle: 'HIERARCHY_CYCLE',
} as const;

export type UserErrorCode = (typeof UserErrorCode)[keyof typeof UserErrorCode];
