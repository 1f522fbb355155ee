import { BadRequestException, ValidationPipe, type ValidationError } from '@nestjs/common';

/** Every constraint message, with the path of nested fields, so a 400 names each field at fault. */
function messages(errors: ValidationError[], parent = ''): string[] {
  return errors.flatMap((e) => {
    const path = parent ? `${parent}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((m) => (parent ? `${parent}.${m}` : m));
    return [...own, ...messages(e.children ?? [], path)];
  });
}

/** The global pipe: unknown fields are refused (not dropped), values are converted to the DTO's types. */
export function apiValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new BadRequestException(messages(errors).join('; ')),
  });
}
