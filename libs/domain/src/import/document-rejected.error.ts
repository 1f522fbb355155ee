/** A document the product refuses to store, with the line that decided it when there is one. Maps to CLI exit 65 / HTTP 422. */
export class DocumentRejectedError extends Error {
  constructor(
    message: string,
    readonly line: number | null = null,
  ) {
    super(message);
    this.name = 'DocumentRejectedError';
  }
}
