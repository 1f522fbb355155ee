// What the database (or the disk under it) says when it cannot take a write: no space, a read-only file or database,
// an I/O error, no privilege. These are not a fault of the document, so the import stops with EX_IOERR instead of
// going on to fail the same way for every file after it.
const SQLITE_CODES = /^SQLITE_(FULL|IOERR|READONLY|CANTOPEN|PERM)/;
// PostgreSQL SQLSTATEs: 53xxx insufficient resources (53100 disk full), 42501 insufficient privilege,
// 25006 read-only transaction (a hot standby or default_transaction_read_only).
const PG_CODES = /^(53\d{3}|42501|25006)$/;
const NODE_CODES = new Set(['ENOSPC', 'EROFS', 'EACCES', 'EPERM', 'EFBIG', 'EDQUOT', 'EIO']);

/** A one-line reason when `error` means the storage refused a write, else null. */
export function storageFailure(error: unknown): string | null {
  const driver = (error as { driverError?: { code?: unknown; message?: unknown } }).driverError ?? (error as { code?: unknown; message?: unknown });
  const code = typeof driver?.code === 'string' ? driver.code : '';
  if (!SQLITE_CODES.test(code) && !PG_CODES.test(code) && !NODE_CODES.has(code)) return null;
  const message = typeof driver.message === 'string' ? driver.message : '';
  return `${message || 'write refused'} (${code})`;
}
