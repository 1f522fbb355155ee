import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiKeyService, type ApiKeyView, type CreatedApiKey } from '#domain';
import { PositiveIntPipe } from '../common/identifier.pipe.js';
import { NoQueryDto } from '../common/no-query.dto.js';
import { ApiKeySchema, CreatedApiKeySchema } from '../openapi/api-key.schema.js';
import { CreateApiKeyDto } from './api-key.dto.js';
import { RequireRole } from './require-role.decorator.js';

/** Key management for admins (the CLI's `apikey` command does the same without a key). */
@ApiTags('api-keys')
@RequireRole('admin')
@Controller('api-keys')
export class ApiKeysController {
  constructor(private readonly keys: ApiKeyService) {}

  @Get()
  @ApiOperation({ summary: 'The API keys (never the keys themselves)' })
  @ApiOkResponse({ type: [ApiKeySchema] })
  list(@Query() _query: NoQueryDto): Promise<ApiKeyView[]> {
    return this.keys.list();
  }

  @Post()
  @ApiOperation({ summary: 'Creates a key; the response is the only time it is shown' })
  @ApiCreatedResponse({ type: CreatedApiKeySchema })
  create(@Body() body: CreateApiKeyDto, @Query() _query: NoQueryDto): Promise<CreatedApiKey> {
    return this.keys.create(body);
  }

  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Revokes a key' })
  @ApiNoContentResponse()
  async revoke(@Param('id', new PositiveIntPipe('id')) id: number, @Query() _query: NoQueryDto): Promise<void> {
    await this.keys.revoke(id);
  }
}
