import { Injectable } from '@nestjs/common';
import { HealthIndicatorService, type HealthIndicatorResult } from '@nestjs/terminus';
import { dataCurrentUntil } from '#domain';
import { DataSource } from 'typeorm';

/**
 * Until when the open data is current ("bijgewerkt tot"): informative, never unhealthy. A sync that has not yet read
 * every feed to its end says null; a database that does not answer is reported by the database check.
 */
@Injectable()
export class OpenDataHealthIndicator {
  constructor(
    private readonly dataSource: DataSource,
    private readonly indicators: HealthIndicatorService,
  ) {}

  async check(key: string): Promise<HealthIndicatorResult> {
    const indicator = this.indicators.check(key);
    const bijgewerktTot = await dataCurrentUntil(this.dataSource).catch(() => null);
    return indicator.up({ bijgewerktTot });
  }
}
