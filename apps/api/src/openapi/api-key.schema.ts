import { ApiProperty } from '@nestjs/swagger';
import { API_KEY_ROLES } from '#domain';

export class ApiKeySchema {
  @ApiProperty() id: number;
  @ApiProperty() name: string;
  @ApiProperty({ enum: API_KEY_ROLES }) role: string;
  @ApiProperty() createdAt: string;
  @ApiProperty({ nullable: true, type: String }) lastUsedAt: string | null;
  @ApiProperty({ nullable: true, type: String }) revokedAt: string | null;
}

export class CreatedApiKeySchema {
  @ApiProperty() id: number;
  @ApiProperty() name: string;
  @ApiProperty({ enum: API_KEY_ROLES }) role: string;
  @ApiProperty({ description: 'Shown once; only its hash is stored', example: 'tw_…' }) key: string;
}
