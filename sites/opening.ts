import { EXCERPT_MAX_LENGTH } from '@/storage/defaults';
import { clipExcerpt } from '@/storage/excerpt';

/** How much of a message is looked at for its opening: plenty for the excerpt, cheap however long the mail. */
const READ_AT_MOST = 4 * EXCERPT_MAX_LENGTH;

/** Salutations in the languages the detector reads, as a line's first word(s). */
const SALUTATION =
  /^(?:hi|hello|hey|dear|greetings|good (?:morning|afternoon|evening|day)|hallo|guten (?:tag|morgen)|liebe[rs]?|sehr geehrte[rs]?|moin|bonjour|bonsoir|salut|ch[èe]re?s?|madame|monsieur|hola|buen(?:os|as) (?:días|dias|tardes)|estimad[oa]s?|querid[oa]s?|beste|geachte|goedemiddag|goedemorgen|olá|ola|oi|prezad[oa]s?|car[oa]s?)(?=[\s,!:.]|$)/i;
/** Longer than this, a line says more than hello. */
const LONGEST_GREETING = 80;
const NAME_AND_COMMA = /^[^,.!?]{1,40},$/;

/**
 * A line that only greets: a name and a comma ("Priya,"), or a salutation that ends the line's thought
 * ("Dear Alex,", "Guten Tag Herr Weber"). "Hi Alex, sadly we went another way." says more, and is kept.
 */
function isGreeting(line: string): boolean {
  if (line.length > LONGEST_GREETING) return false;
  if (NAME_AND_COMMA.test(line)) return true;
  return SALUTATION.test(line) && (/[,:!]$/.test(line) || line.split(' ').length <= 4);
}

/**
 * The opening of a message, to recognise it by in the plan: its first lines after any greeting line, whitespace
 * collapsed, clipped on a word boundary to the excerpt's budget.
 */
export function messageOpening(text: string): string {
  const lines = text
    .slice(0, READ_AT_MOST)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const opening = lines[0] !== undefined && isGreeting(lines[0]) ? lines.slice(1) : lines;
  return clipExcerpt(opening.join(' '));
}
