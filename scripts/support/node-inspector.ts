import { readFileSync } from 'node:fs';
import WebSocket from 'ws';

/** What `process.memoryUsage()` reports inside a Node.js process, in bytes. */
export interface ProcessMemory {
  rss: number;
  heapTotal: number;
  heapUsed: number;
  external: number;
  arrayBuffers: number;
}

/**
 * The node process tsx started for `entryPoint`: tsx runs each script in a child of its own
 * launcher process, and only that child holds the script's memory.
 */
export function tsxChildProcessId(launcherPid: number, entryPoint: string): number {
  const child = readFileSync(`/proc/${launcherPid}/task/${launcherPid}/children`, 'utf8')
    .split(' ')
    .filter(Boolean)
    .map(Number)
    .find((pid) => readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(entryPoint));
  if (child === undefined) {
    throw new Error(`no process running ${entryPoint} among the children of pid ${launcherPid}`);
  }

  return child;
}

/** The NODE_OPTIONS flag that gives a process's inspector this loopback port once it opens. */
export function inspectorPortOption(port: number): string {
  return `--inspect-port=127.0.0.1:${port}`;
}

interface InspectorReply {
  id?: number;
  result?: { result: { value: string } };
  error?: { message: string };
}

/**
 * A connection to a running Node.js process's inspector (the Chrome DevTools protocol), used to
 * read its memory after forced garbage collections, from outside and without changing its code.
 */
export class NodeInspector {
  private nextId = 0;
  private readonly waiting = new Map<number, (reply: InspectorReply) => void>();

  private constructor(private readonly socket: WebSocket) {
    socket.on('message', (data) => {
      const reply = JSON.parse(String(data)) as InspectorReply;
      if (reply.id !== undefined) {
        this.waiting.get(reply.id)?.(reply);
        this.waiting.delete(reply.id);
      }
    });
  }

  /**
   * Opens the inspector of `pid` with SIGUSR1 and connects to it. The process must have been
   * started with `inspectorPortOption(port)`; the inspector then listens on 127.0.0.1 only.
   */
  static async open(pid: number, port: number, timeoutMs = 10_000): Promise<NodeInspector> {
    process.kill(pid, 'SIGUSR1');
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const targets = await fetch(`http://127.0.0.1:${port}/json/list`).then(
        (response) => response.json() as Promise<{ webSocketDebuggerUrl: string }[]>,
        () => [],
      );
      if (targets.length > 0) {
        const socket = new WebSocket(targets[0].webSocketDebuggerUrl);
        await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));

        return new NodeInspector(socket);
      }
      if (Date.now() > deadline) {
        throw new Error(`the inspector of pid ${pid} did not open within ${timeoutMs} ms`);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** The process's memory after two full collections, as it reports it itself. */
  async memoryAfterFullGc(): Promise<ProcessMemory> {
    await this.send('HeapProfiler.collectGarbage');
    await this.send('HeapProfiler.collectGarbage');
    const reply = await this.send('Runtime.evaluate', {
      expression: 'JSON.stringify(process.memoryUsage())',
      returnByValue: true,
    });

    return JSON.parse(reply.result!.result.value) as ProcessMemory;
  }

  close(): void {
    this.socket.close();
  }

  private send(method: string, params: Record<string, unknown> = {}): Promise<InspectorReply> {
    const id = (this.nextId += 1);
    this.socket.send(JSON.stringify({ id, method, params }));

    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no answer to ${method}`)), 30_000);
      this.waiting.set(id, (reply) => {
        clearTimeout(timer);
        if (reply.error) {
          reject(new Error(`${method}: ${reply.error.message}`));
        } else {
          resolve(reply);
        }
      });
    });
  }
}
