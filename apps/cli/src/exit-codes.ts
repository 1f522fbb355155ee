/**
 * Exit codes scripts rely on (sysexits): 0 ok, 65 a document or argument was refused (EX_DATAERR), 74 storage refused a
 * write (EX_IOERR), 1 an internal error.
 */
export const EXIT_OK = 0;
export const EXIT_INTERNAL = 1;
export const EXIT_DATA_ERROR = 65;
/** EX_IOERR: the database or the disk refused a write (full, read-only, no privilege). */
export const EXIT_IO_ERROR = 74;

/** An error the user can fix, printed without a stack trace and mapped to an exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT_DATA_ERROR,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
