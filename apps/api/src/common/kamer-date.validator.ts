import { isKamerDate } from '#domain';
import { ValidateBy, type ValidationArguments, type ValidationOptions } from 'class-validator';

/** A real calendar date written YYYY-MM-DD: 2023-02-31 is refused. */
export function IsKamerDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isKamerDate',
      validator: {
        validate: (value: unknown) => isKamerDate(value),
        defaultMessage: (args?: ValidationArguments) => `${args?.property} must be a real calendar date as YYYY-MM-DD`,
      },
    },
    options,
  );
}

/** This date is not before the one in `otherField` (when both are given). */
export function IsNotBefore(otherField: string, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isNotBefore',
      constraints: [otherField],
      validator: {
        validate: (value: unknown, args?: ValidationArguments) => {
          const other = (args?.object as Record<string, unknown>)[otherField];
          return typeof value !== 'string' || typeof other !== 'string' || !isKamerDate(other) || value >= other;
        },
        defaultMessage: (args?: ValidationArguments) => `${args?.property} must not be before ${otherField}`,
      },
    },
    options,
  );
}
