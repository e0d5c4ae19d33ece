import { readStatusRows } from '@/sites/status/read';
import type { StatusRead } from '@/sites/status/types';
import { workday } from './selectors';

/** The applications listed on Workday's candidate home in `doc`. */
export const readWorkday = (doc: Document): StatusRead => readStatusRows(doc, workday);
