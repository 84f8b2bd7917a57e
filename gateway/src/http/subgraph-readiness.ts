import { READINESS_PATH } from '../../../platform/http/health';

/** The gateway is ready when every subgraph answers its own readiness check. */
export async function subgraphsReady(urls: Record<string, string>): Promise<void> {
  await Promise.all(
    Object.values(urls).map(async (url) => {
      const response = await fetch(new URL(READINESS_PATH, url), {
        signal: AbortSignal.timeout(2000),
      });
      if (!response.ok) {
        throw new Error(`${url} is not ready`);
      }
    }),
  );
}
