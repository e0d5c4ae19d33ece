import { readField } from '@/sites/fallbacks';
import type { StatusField, StatusFields, StatusRead, StatusRow } from './types';
import { foldStatus } from './vocabulary';

/**
 * An id for an application whose page shows none: the same company and role always give the same id, however
 * the names are spaced or cased (FNV-1a, 32 bits, which is plenty among one person's applications).
 */
export function fallbackId(company: string, role = ''): string {
  let hash = 0x811c9dc5;
  for (const char of `${foldStatus(company)}\n${foldStatus(role)}`) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `h-${hash.toString(36)}`;
}

/**
 * Every application listed in `doc` that shows a status. The list's absence is not a miss here (a page may be
 * loading, or be no status page at all); the watcher judges that over time. A list that holds elements but no
 * recognisable row is a miss, and so is a row without its status, company or role.
 */
export function readStatusRows(doc: Document, fields: StatusFields): StatusRead {
  const misses = new Set<StatusField>();
  const need = <Value>(field: StatusField, value: Value | undefined): Value | undefined => {
    if (value === undefined) misses.add(field);
    return value;
  };
  const result = (rows: StatusRow[]): StatusRead => ({ rows, misses: [...misses] });

  const list = readField(fields.list, doc);
  if (!list) return result([]);
  const found = readField(fields.rows, list);
  if (!found) {
    // An empty list is a new account's list, not a change of markup.
    if (list.childElementCount > 0) misses.add('rows');
    return result([]);
  }

  const rows: StatusRow[] = [];
  for (const row of found) {
    const status = need('status', readField(fields.status, row));
    const company = need('company', readField(fields.company, row));
    const role = need('role', readField(fields.role, row));
    if (!status || !company) continue;
    rows.push({
      applicationId: readField(fields.applicationId, row) ?? fallbackId(company, role),
      company,
      role,
      status,
      appliedAt: readField(fields.appliedAt, row),
    });
  }
  return result(rows);
}
