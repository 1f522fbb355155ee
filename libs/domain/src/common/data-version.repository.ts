import type { DataSource } from 'typeorm';

/** The data's version: write_lock.counter, which every write transaction bumps first (see writeTransaction). */
export class DataVersionRepository {
  constructor(private readonly dataSource: DataSource) {}

  async current(): Promise<number> {
    const [row] = await this.dataSource.query<{ counter: number | string }[]>('SELECT counter FROM write_lock WHERE id = 1');
    return Number(row?.counter ?? 0);
  }
}
