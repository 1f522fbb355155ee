import { applyDecorators, SetMetadata, UseGuards } from '@nestjs/common';
import { ApiForbiddenResponse, ApiSecurity, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { ApiKeyRole } from '#domain';
import { ApiErrorSchema } from '../openapi/api-error.schema.js';
import { ApiKeyGuard } from './api-key.guard.js';

import { REQUIRED_ROLE } from './required-role.metadata.js';

/** The endpoint needs an API key with this role or a higher one (admin includes editor). */
export function RequireRole(role: ApiKeyRole): MethodDecorator & ClassDecorator {
  return applyDecorators(
    SetMetadata(REQUIRED_ROLE, role),
    UseGuards(ApiKeyGuard),
    ApiSecurity('apiKey'),
    ApiUnauthorizedResponse({ type: ApiErrorSchema, description: 'No API key, or an unknown or revoked one' }),
    ApiForbiddenResponse({ type: ApiErrorSchema, description: `The key's role is not allowed here (needs ${role})` }),
  );
}
