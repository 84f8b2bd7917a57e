import type { IncomingMessage, ServerResponse } from 'node:http';
import { writeJson } from './graphql-http';

/** Liveness answers while the process runs; readiness also asks its dependencies. */
export const LIVENESS_PATH = '/health/live';
export const READINESS_PATH = '/health/ready';

export type ReadinessCheck = () => Promise<void>;

/** Answers the two health paths; returns false for any other request. */
export async function serveHealth(
  request: IncomingMessage,
  response: ServerResponse,
  isReady: ReadinessCheck,
): Promise<boolean> {
  const path = (request.url ?? '').split('?')[0];
  if (path === LIVENESS_PATH) {
    writeJson(response, 200, { status: 'live' });

    return true;
  }
  if (path === READINESS_PATH) {
    try {
      await isReady();
      writeJson(response, 200, { status: 'ready' });
    } catch {
      writeJson(response, 503, { status: 'unavailable' });
    }

    return true;
  }

  return false;
}
