import { describe, expect, it } from '@jest/globals';
import { BadRequestException, HttpException, InternalServerErrorException, Logger, type ArgumentsHost } from '@nestjs/common';
import { DocumentRejectedError, InvalidInputError, NotFoundError } from '#domain';
import { ParseError } from '#parsing';
import { ApiExceptionFilter } from './api-exception.filter.js';

/** Runs the filter on one error and returns what the client would get. */
function answer(error: unknown): { status: number; body: Record<string, unknown>; type: string } {
  const sent = { status: 0, body: {} as Record<string, unknown>, type: '' };
  const response = {
    headersSent: false,
    status(code: number) {
      sent.status = code;
      return this;
    },
    type(t: string) {
      sent.type = t;
      return this;
    },
    json(body: Record<string, unknown>) {
      sent.body = body;
      return this;
    },
  };
  const host = { switchToHttp: () => ({ getResponse: () => response }) } as unknown as ArgumentsHost;
  Logger.overrideLogger(false);
  new ApiExceptionFilter().catch(error, host);
  return sent;
}

describe('ApiExceptionFilter', () => {
  it('maps domain errors: 404, 400, 422 with the line', () => {
    expect(answer(new NotFoundError('no question set with zaak or id X'))).toMatchObject({
      status: 404,
      body: { statusCode: 404, error: 'Not Found', message: 'no question set with zaak or id X' },
    });
    expect(answer(new InvalidInputError('role', 'must be one of editor, admin')).body).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: 'role: must be one of editor, admin',
    });
    expect(answer(new ParseError('no questions found', 12)).body).toEqual({
      statusCode: 422,
      error: 'Unprocessable Entity',
      message: 'line 12: no questions found',
      line: 12,
    });
    expect(answer(new DocumentRejectedError('too large')).body).toEqual({ statusCode: 422, error: 'Unprocessable Entity', message: 'too large', line: null });
  });

  it('keeps a 4xx message (joined when a list) and the extra fields given with it', () => {
    expect(answer(new BadRequestException(['a must be x', 'b must be y'])).body).toMatchObject({ statusCode: 400, message: 'a must be x; b must be y' });
    expect(answer(new BadRequestException({ statusCode: 400, message: 'invalid subscription', problems: ['email'] })).body).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: 'invalid subscription',
      problems: ['email'],
    });
  });

  it('never sends what an unexpected error says, nor its stack', () => {
    const internal = answer(new Error('SQLITE_CORRUPT at /srv/app/dist/x.js:10:5'));
    expect(internal).toEqual({
      status: 500,
      type: 'application/json',
      body: { statusCode: 500, error: 'Internal Server Error', message: 'Internal Server Error' },
    });
    expect(answer(new InternalServerErrorException('password=hunter2')).body.message).toBe('Internal Server Error');
    expect(answer('a string thrown').status).toBe(500);
    expect(JSON.stringify(answer(new HttpException({ message: 'x', stack: 'at y (z.ts:1:1)' }, 409)).body)).not.toContain('z.ts');
  });
});
