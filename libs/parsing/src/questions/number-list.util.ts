// "1", "2 en 3", "1 en 4", "2, 3 en 4", "2 t/m 4", "2 tot en met 4", "2-4": the numbers a heading covers.
// Numbers have 1–3 digits and a range spans at most MAX_RANGE, so a hostile "1 t/m 999" cannot blow up.

export const RANGE_DASH_PATTERN = /(\d) *[-–] *(\d)/g;
export const LIST_SEPARATOR_PATTERN = /[ ,&]+/;

const MAX_RANGE = 50;

function toNumber(token: string): number | null {
  if (token.length === 0 || token.length > 3) return null;
  for (let i = 0; i < token.length; i++) {
    const code = token.charCodeAt(i);
    if (code < 48 || code > 57) return null;
  }
  const value = Number(token);
  return value >= 1 ? value : null;
}

export function parseNumberList(text: string): number[] | null {
  const single = toNumber(text);
  if (single !== null) return [single];
  const normalised = text.toLowerCase().replace('tot en met', ' t/m ').replace(RANGE_DASH_PATTERN, '$1 t/m $2');
  const tokens = normalised.split(LIST_SEPARATOR_PATTERN).filter((t) => t.length > 0);
  const numbers: number[] = [];
  let rangeFrom: number | null = null;
  let expectNumber = true;
  for (const token of tokens) {
    if (token === 'en' || token === 't/m') {
      if (expectNumber || numbers.length === 0) return null;
      if (token === 't/m') rangeFrom = numbers[numbers.length - 1];
      expectNumber = true;
      continue;
    }
    const value = toNumber(token);
    if (value === null) return null;
    if (rangeFrom !== null) {
      if (value <= rangeFrom || value - rangeFrom > MAX_RANGE) return null;
      for (let n = rangeFrom + 1; n <= value; n++) numbers.push(n);
      rangeFrom = null;
    } else {
      numbers.push(value);
    }
    expectNumber = false;
  }
  if (numbers.length === 0 || expectNumber) return null;
  return [...new Set(numbers)];
}
