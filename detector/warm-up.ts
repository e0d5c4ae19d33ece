/**
 * A page's first judgement builds every regex the message's language needs, and the engine compiles each one twice
 * (for its first run, then to machine code for the next): one task of some 40 ms on the page's main thread. Here
 * that work is cut into steps, one regex each, which a page runs between its own tasks before the first judgement.
 */
import { pickLanguage } from './language';
import { LAZY_PATTERNS, type Pattern } from './lazy';
import { isPhrasePattern } from './phrases/pattern';
import type { PhraseSet } from './phrases/types';
import type { MailInput } from './types';

/** Run twice, so the engine has compiled it for good; on a few words, so the runs themselves cost nothing. */
const SAMPLES = ['Thank you for your application.', 'Vielen Dank, merci, gracias, bedankt, obrigado.'];

const warmed = new WeakSet<Pattern>();

function warm(pattern: Pattern): void {
  if (warmed.has(pattern)) return;
  warmed.add(pattern);
  for (const sample of SAMPLES) {
    pattern.lastIndex = 0;
    pattern.exec(sample);
  }
  pattern.lastIndex = 0;
}

const phrasesOf = new Map<PhraseSet, Pattern[]>();

/** Every phrase pattern of a language's tables, however deep they sit. */
function phrasePatterns(set: PhraseSet): Pattern[] {
  const known = phrasesOf.get(set);
  if (known) return known;
  const found = new Set<Pattern>();
  const visit = (value: unknown) => {
    if (isPhrasePattern(value)) found.add(value);
    else if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') Object.values(value).forEach(visit);
  };
  visit(set);
  const patterns = [...found];
  phrasesOf.set(set, patterns);
  return patterns;
}

/**
 * The steps that build what judging `input` will need (its language's phrases, the regexes every language shares,
 * and `more` from a file of their own), each one regex; none for what earlier steps built. Running them is optional:
 * judging builds the rest.
 */
export function warmUpSteps(
  input: MailInput,
  sets: readonly PhraseSet[],
  more: readonly Pattern[] = [],
): (() => void)[] {
  const text = `${input.subject ?? ''}\n${input.text || input.html || ''}`;
  const set = pickLanguage(text, sets);
  return [...phrasePatterns(set), ...LAZY_PATTERNS, ...more]
    .filter((pattern) => !warmed.has(pattern))
    .map((pattern) => () => warm(pattern));
}
