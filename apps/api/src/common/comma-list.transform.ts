import { Transform } from 'class-transformer';

/** `a,b` → ['a', 'b']; a repeated parameter (?x=a&x=b) is taken as a list too. */
export function CommaList(): PropertyDecorator {
  return Transform(({ value }: { value: unknown }): unknown[] => {
    const items: unknown[] = Array.isArray(value) ? value : [value];
    return items.flatMap((v) => (typeof v === 'string' ? v.split(',').map((s) => s.trim()) : [v])).filter((v) => v !== '');
  });
}
