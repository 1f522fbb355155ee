// A small evaluator for the OData v4 $filter expressions the sync sends (and a few more), for the fixture server:
// comparisons (eq ne gt ge lt le) of properties, paths through a single navigation property (Zaak/Soort), strings,
// DateTimeOffset and GUID literals, true/false/null; and, or, not, parentheses. Timestamps compare as instants.

type Row = Record<string, unknown>;
type Value = string | number | boolean | null | { instant: number } | undefined;
export type Predicate = (row: Row) => boolean;

const TOKEN =
  /\s*(\(|\)|'(?:[^']|'')*'|\d{4}-\d{2}-\d{2}T[\d:.]+(?:Z|[+-]\d{2}:\d{2})|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|[A-Za-z_][\w/]*|-?\d+(?:\.\d+)?)/y;
const DATETIME = /^\d{4}-\d{2}-\d{2}T[\d:.]+(?:Z|[+-]\d{2}:\d{2})$/;

function tokenize(text: string): string[] {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  let at = 0;
  while (at < text.length) {
    if (/^\s*$/.test(text.slice(at))) break;
    TOKEN.lastIndex = at;
    const m = TOKEN.exec(text);
    if (!m) throw new Error(`cannot read $filter at "${text.slice(at, at + 30)}"`);
    tokens.push(m[1]);
    at = TOKEN.lastIndex;
  }
  return tokens;
}

function instantOf(value: unknown): number | null {
  return typeof value === 'string' && DATETIME.test(value) ? Date.parse(value) : null;
}

function compare(left: Value, op: string, right: Value): boolean {
  const li = typeof left === 'object' && left !== null ? left.instant : instantOf(left);
  const ri = typeof right === 'object' && right !== null ? right.instant : instantOf(right);
  let a: unknown = left;
  let b: unknown = right;
  if (li !== null && ri !== null) [a, b] = [li, ri];
  else if (typeof a === 'string' && typeof b === 'string') [a, b] = [a.toLowerCase(), b.toLowerCase()];
  if (a === undefined) a = null;
  switch (op) {
    case 'eq':
      return a === b;
    case 'ne':
      return a !== b;
    case 'gt':
      return a !== null && b !== null && (a as number) > (b as number);
    case 'ge':
      return a !== null && b !== null && (a as number) >= (b as number);
    case 'lt':
      return a !== null && b !== null && (a as number) < (b as number);
    case 'le':
      return a !== null && b !== null && (a as number) <= (b as number);
    default:
      throw new Error(`unknown operator ${op}`);
  }
}

export function compileFilter(text: string | null): Predicate {
  if (!text) return () => true;
  const tokens = tokenize(text);
  let i = 0;
  const peek = () => tokens[i];
  const next = () => tokens[i++];

  const operand = (): ((row: Row) => Value) => {
    const t = next();
    if (t === undefined) throw new Error('unexpected end of $filter');
    if (t.startsWith("'")) {
      const s = t.slice(1, -1).replace(/''/g, "'");
      return () => s;
    }
    if (t === 'true' || t === 'false') return () => t === 'true';
    if (t === 'null') return () => null;
    if (DATETIME.test(t)) {
      const instant = Date.parse(t);
      return () => ({ instant });
    }
    if (/^[0-9a-fA-F]{8}-/.test(t)) return () => t;
    if (/^-?\d/.test(t)) return () => Number(t);
    const path = t.split('/');
    return (row) => {
      let value: unknown = row;
      for (const key of path) value = value && typeof value === 'object' && !Array.isArray(value) ? (value as Row)[key] : undefined;
      return value as Value;
    };
  };

  const primary = (): Predicate => {
    if (peek() === '(') {
      next();
      const inner = or();
      if (next() !== ')') throw new Error('missing ) in $filter');
      return inner;
    }
    if (peek() === 'not') {
      next();
      const inner = primary();
      return (row) => !inner(row);
    }
    const left = operand();
    const op = next();
    const right = operand();
    return (row) => compare(left(row), op, right(row));
  };
  const and = (): Predicate => {
    let left = primary();
    while (peek() === 'and') {
      next();
      const [l, r] = [left, primary()];
      left = (row) => l(row) && r(row);
    }
    return left;
  };
  const or = (): Predicate => {
    let left = and();
    while (peek() === 'or') {
      next();
      const [l, r] = [left, and()];
      left = (row) => l(row) || r(row);
    }
    return left;
  };
  const predicate = or();
  if (i !== tokens.length) throw new Error(`unexpected "${tokens[i]}" in $filter`);
  return predicate;
}
