import { createServer } from 'node:net';

/** The preferred port when nothing listens on it, otherwise one the system picks. */
export async function findFreePort(preferred = 0): Promise<number> {
  try {
    return await tryPort(preferred);
  } catch {
    return tryPort(0);
  }
}

function tryPort(port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const bound = typeof address === 'object' && address !== null ? address.port : port;
      server.close(() => resolve(bound));
    });
  });
}
