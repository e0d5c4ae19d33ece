import { useId, useState } from 'preact/hooks';
import { t } from '@/components/i18n';
import { backupJson, collectBackup } from '@/storage/backup';
import type { ComebackDb } from '@/storage/db';
import { logCsv } from '@/storage/log-csv';
import { datedFileName, downloadFile } from './download';

/** A spreadsheet opens a CSV as UTF-8 only when it starts with a byte order mark. */
const BYTE_ORDER_MARK = '\uFEFF';

/** Download a copy: everything as JSON (to import again), or the log as CSV (for a spreadsheet). */
export function ExportPanel({ db, doc = document }: { db: ComebackDb; doc?: Document }) {
  const headingId = useId();
  const [status, setStatus] = useState('');

  async function download(make: () => Promise<[name: string, content: string, type: string]>) {
    try {
      const [name, content, type] = await make();
      downloadFile(doc, name, content, type);
      setStatus(t('dataExportStarted'));
    } catch {
      setStatus(t('errorGeneric'));
    }
  }

  const everything = () =>
    download(async () => {
      const backup = await collectBackup(db);
      return [datedFileName('backup', 'json', backup.exportedAt), backupJson(backup), 'application/json'];
    });

  const log = () =>
    download(async () => {
      const [rejections, applications] = await Promise.all([
        db.rejections.toArray(),
        db.applications.toArray(),
      ]);
      const csv = BYTE_ORDER_MARK + logCsv(rejections, applications);
      return [datedFileName('log', 'csv', Date.now()), csv, 'text/csv;charset=utf-8'];
    });

  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>{t('dataExportHeading')}</h3>
      <p class="cb-muted">{t('dataExportHint')}</p>
      <div class="cb-actions">
        <button type="button" onClick={everything}>
          {t('dataExportJson')}
        </button>
        <button type="button" class="cb-secondary" onClick={log}>
          {t('dataExportCsv')}
        </button>
      </div>
      <p class="cb-status" role="status">
        {status}
      </p>
    </section>
  );
}
