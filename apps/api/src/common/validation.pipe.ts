import { BadRequestException, ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';

/** Every constraint message, with the path of nested fields, so a 400 names each field at fault. */
function messages(errors: ValidationError[], parent = ''): string[] {
  return errors.flatMap((e) => {
    const path = parent ? `${parent}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((m) => (parent ? `${parent}.${m}` : m));
    return [...own, ...messages(e.children ?? [], path)];
  });
}

/**
 * Path parameters reach their own pipes (PositiveIntPipe) as the text that was sent. Nest's ValidationPipe would
 * first turn an `id: number` parameter into Number(text), and Number('0x6'), Number('6.0') and Number('1e3') are
 * numbers: /documents/0x6 answered document 6 (issue 14, finding 13).
 */
class ApiValidationPipe extends ValidationPipe {
  protected override transformPrimitive(value: unknown, metadata: ArgumentMetadata): unknown {
    return metadata.type === 'param' ? value : super.transformPrimitive(value, metadata);
  }
}

/** The global pipe: unknown fields are refused (not dropped), values are converted to the DTO's types. */
export function apiValidationPipe(): ValidationPipe {
  return new ApiValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new BadRequestException(messages(errors).join('; ')),
  });
}
