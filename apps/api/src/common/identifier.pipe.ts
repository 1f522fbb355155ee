import { BadRequestException, type PipeTransform } from '@nestjs/common';

/** A zaak number (2022Z01519), a question set key or a document id (ah-tk-20212022-1915): letters, digits, - . _ */
export class IdentifierPipe implements PipeTransform<string, string> {
  constructor(private readonly name: string) {}

  transform(value: string): string {
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,59}$/.test(value)) {
      throw new BadRequestException(`${this.name} must be a zaak number (like 2022Z01519) or a document id (like ah-tk-20212022-1915)`);
    }
    return value;
  }
}

// Ids are `integer` columns: PostgreSQL refuses a larger number with an error, not an empty result.
const MAX_ID = 2_147_483_647;

/** A positive integer id, within the range of an integer column. */
export class PositiveIntPipe implements PipeTransform<string, number> {
  constructor(private readonly name: string) {}

  transform(value: string): number {
    if (!/^[1-9][0-9]{0,14}$/.test(value)) throw new BadRequestException(`${this.name} must be a positive integer`);
    if (Number(value) > MAX_ID) throw new BadRequestException(`${this.name} must be a positive integer of at most ${MAX_ID}`);
    return Number(value);
  }
}
