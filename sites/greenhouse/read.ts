import { readStatusRows } from '@/sites/status/read';
import type { StatusRead } from '@/sites/status/types';
import { greenhouse } from './selectors';

/** The applications listed on MyGreenhouse in `doc`. */
export const readGreenhouse = (doc: Document): StatusRead => readStatusRows(doc, greenhouse);
