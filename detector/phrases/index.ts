import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { nl } from './nl';
import { pt } from './pt';
import type { PhraseSet } from './types';

/** English first: it wins ties when a message is too short to tell. */
export const PHRASE_SETS: readonly PhraseSet[] = [en, de, fr, es, nl, pt];
