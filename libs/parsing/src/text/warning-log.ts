// Collects the non-fatal oddities of one document. Capped, so a hostile 50 MB text cannot produce a
// million warnings; the last entry then says how many were left out.
const MAX_WARNINGS = 100;

export class WarningLog {
  private readonly items: string[] = [];
  private readonly seen = new Set<string>();
  private dropped = 0;

  add(message: string, line: number | null = null): void {
    const text = line === null ? message : `line ${line}: ${message}`;
    if (this.seen.has(text)) return;
    if (this.items.length >= MAX_WARNINGS) {
      this.dropped++;
      return;
    }
    this.seen.add(text);
    this.items.push(text);
  }

  toArray(): string[] {
    return this.dropped === 0 ? [...this.items] : [...this.items, `${this.dropped} more warnings left out`];
  }
}
