/** Who is calling, as verified by the gateway from the client's bearer token. */
export interface Identity {
  /** The token's `sub` claim. */
  subject: string;
  /** Granted scopes, from the space-separated `scope` claim. */
  scopes: readonly string[];
  /** The partner organisation a partner token is limited to (`partner_id` claim). */
  partnerId: string | null;
  /** When the client's token expires, in seconds since the epoch (`exp`), if it does. */
  expiresAt: number | null;
}
