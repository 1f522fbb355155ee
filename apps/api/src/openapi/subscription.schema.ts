import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ALERT_RULE_NAMES, DIGEST_CHOICES } from '#domain';

// POST /subscriptions for the OpenAPI document. The controller checks the body itself (SubscriptionService lists
// every problem at once, as `problems`), so these classes describe the shapes and validate nothing.

export class SubscriptionRequestSchema {
  @ApiProperty({ example: 'griffie@example.nl', description: 'One plain address; a Unicode domain is stored in punycode' }) email: string;
  @ApiPropertyOptional({ example: 'bz', description: 'Ministry slug, abbreviation or name' }) ministry?: string;
  @ApiPropertyOptional({ example: 'Hoekstra', maxLength: 200, description: 'An answerer’s name or the minister label' }) minister?: string;
  @ApiPropertyOptional({ example: 'sjoerdsma', maxLength: 200, description: 'A submitting member' }) submitter?: string;
  @ApiPropertyOptional({ example: 'VVD', maxLength: 80 }) party?: string;
  @ApiPropertyOptional({ example: 'ict', maxLength: 120 }) topic?: string;
  @ApiPropertyOptional({ enum: ALERT_RULE_NAMES, isArray: true, description: 'Default: all rules; [] for a digest only' }) rules?: string[];
  @ApiPropertyOptional({ enum: DIGEST_CHOICES, default: 'weekly' }) digest?: string;
}

export class SubscriptionAcceptedSchema {
  @ApiProperty() id: number;
  @ApiProperty({ enum: ['pending'] }) status: string;
  @ApiProperty({ example: 'Bevestig het abonnement met de link in de e-mail aan griffie@example.nl. Tot dan ontvangt u niets.' }) message: string;
}

export class SubscriptionProblemsSchema {
  @ApiProperty({ example: 400 }) statusCode: number;
  @ApiProperty({ example: 'Bad Request' }) error: string;
  @ApiProperty({ example: 'invalid subscription' }) message: string;
  @ApiProperty({ type: [String], example: ['digest=hourly (none, daily or weekly)'] }) problems: string[];
}
