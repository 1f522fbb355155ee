import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator, type HealthCheckResult } from '@nestjs/terminus';
import { NoQueryDto } from '../common/no-query.dto.js';
import { RedisHealthIndicator } from './redis.health.js';
import { OpenDataHealthIndicator } from './open-data.health.js';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly redis: RedisHealthIndicator,
    private readonly openData: OpenDataHealthIndicator,
  ) {}

  @Get()
  @HealthCheck()
  @ApiOperation({
    summary:
      'The database and Redis: 200 when both answer, 503 naming the one that does not; `opendata.bijgewerktTot` says until when the open data is current',
  })
  @ApiOkResponse({ description: 'Both up' })
  @ApiServiceUnavailableResponse({ description: 'One is down; `details` says which' })
  check(@Query() _query: NoQueryDto): Promise<HealthCheckResult> {
    return this.health.check([() => this.db.pingCheck('database', { timeout: 1000 }), () => this.redis.check('redis'), () => this.openData.check('opendata')]);
  }
}
