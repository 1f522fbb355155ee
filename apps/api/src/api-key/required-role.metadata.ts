// The metadata key that RequireRole writes and ApiKeyGuard reads, in a file of its own so neither imports the other.
export const REQUIRED_ROLE = 'termijnwacht:requiredRole';
