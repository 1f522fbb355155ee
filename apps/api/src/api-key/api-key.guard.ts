import { ForbiddenException, Injectable, UnauthorizedException, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiKeyService, type ApiKeyPrincipal, type ApiKeyRole } from '#domain';
import type { Request } from 'express';
import { REQUIRED_ROLE } from './required-role.metadata.js';

const RANK: Record<ApiKeyRole, number> = { editor: 1, admin: 2 };

/** The key from `X-Api-Key`, or from `Authorization: Bearer <key>`. */
function presentedKey(request: Request): string | null {
  const header = request.headers['x-api-key'];
  if (typeof header === 'string' && header.trim()) return header.trim();
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '');
  return match ? match[1] : null;
}

/** Writes need an API key; the key's role must reach the endpoint's. The key itself is never logged. */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(
    private readonly keys: ApiKeyService,
    private readonly reflector: Reflector,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const required = this.reflector.getAllAndOverride<ApiKeyRole>(REQUIRED_ROLE, [context.getHandler(), context.getClass()]) ?? 'admin';
    const request = context.switchToHttp().getRequest<Request & { apiKey?: ApiKeyPrincipal }>();
    const key = presentedKey(request);
    if (!key) throw new UnauthorizedException('an API key is required: send it in the X-Api-Key header (or Authorization: Bearer)');
    const principal = await this.keys.verify(key);
    if (!principal) throw new UnauthorizedException('the API key is unknown or revoked');
    if (RANK[principal.role] < RANK[required]) throw new ForbiddenException(`this needs an API key with role ${required}; yours has role ${principal.role}`);
    request.apiKey = principal;
    return true;
  }
}
