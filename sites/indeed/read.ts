import { readStatusRows } from '@/sites/status/read';
import type { StatusRead } from '@/sites/status/types';
import { indeed } from './selectors';

/** The applications listed on Indeed's "My jobs" in `doc`. */
export const readIndeed = (doc: Document): StatusRead => readStatusRows(doc, indeed);
