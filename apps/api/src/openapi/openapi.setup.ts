import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';

/** The OpenAPI document at /docs-json and its UI at /docs. */
export function setUpOpenApi(app: INestApplication): void {
  const config = new DocumentBuilder()
    .setTitle('termijnwacht')
    .setDescription(
      'Written questions to the Dutch government: answer terms, deferrals, commitments and reports. Reads are public; ' +
        'writes need an API key in the X-Api-Key header (or Authorization: Bearer). Dates are YYYY-MM-DD, Europe/Amsterdam; ' +
        'every status is told as of a date (asOf, default today). Errors are {statusCode, error, message}.',
    )
    .setVersion('1')
    .addApiKey({ type: 'apiKey', in: 'header', name: 'X-Api-Key' }, 'apiKey')
    .build();
  const document = SwaggerModule.createDocument(app, config);
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs-json' });
}
