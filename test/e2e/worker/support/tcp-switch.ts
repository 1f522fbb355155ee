import net, { type AddressInfo } from 'node:net';

/**
 * A TCP relay to Redis that the test can cut and restore: "Redis is down" for whatever connects through it,
 * without touching the real Redis the other tests (and developers) use.
 */
export class TcpSwitch {
  private server: net.Server | null = null;
  private readonly sockets = new Set<net.Socket>();

  private constructor(
    readonly port: number,
    private readonly target: { host: string; port: number },
  ) {}

  /** Reserves a port and starts cut (nothing listens, so connections are refused). */
  static async reserve(target: { host: string; port: number }): Promise<TcpSwitch> {
    const probe = net.createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', () => resolve()));
    const port = (probe.address() as AddressInfo).port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    return new TcpSwitch(port, target);
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async connect(): Promise<void> {
    this.server = net.createServer((client) => {
      const upstream = net.connect(this.target);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => s.destroy());
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, '127.0.0.1', () => resolve()));
  }

  async cut(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    if (this.server) await new Promise<void>((resolve) => this.server!.close(() => resolve()));
    this.server = null;
  }
}
