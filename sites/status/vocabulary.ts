/**
 * The words candidate status pages use for where an application stands, in the languages the users apply in.
 * Statuses are short labels, so they are matched as phrases after folding case, accents and punctuation.
 *
 * Only a decision about the candidacy counts as a no. Left out on purpose:
 * - the candidate's own steps: "Withdrawn", "No longer interested", "Offer declined";
 * - "Inactive" and "Archived" alone: Workday's "Inactive" tab also holds withdrawn applications and postings
 *   that closed without a decision (a real decision shows its own status there, e.g. "Not Selected"), and users
 *   archive applications themselves on Indeed;
 * - "Closed" alone, and a closed or expired posting: nothing was decided about the candidate. "Closed" counts
 *   only when it names the candidacy ("Candidacy closed").
 */

/** Lower case, no accents, punctuation as spaces, single spaces: "Não selecionado(a)" → "nao selecionado a". */
export function foldStatus(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Decisions against the candidate, as folded phrases (regex sources). */
const DECLINED = [
  // English
  'not selected',
  'not been selected',
  'no longer (?:under|in|being) consideration',
  'no longer being considered',
  'not (?:moving|progressing|proceeding) forward',
  'not progress(?:ed|ing)',
  'not shortlisted',
  'not (?:hired|successful)',
  'unsuccessful',
  'rejected',
  'declined',
  'disqualified',
  '(?:position|job|role|vacancy|requisition) (?:has been |was |is )?filled',
  'candidacy closed',
  // German
  '(?:wird |wurde )?(?:vom arbeitgeber )?nicht (?:mehr )?(?:ausgewahlt|berucksichtigt|in betracht gezogen|in der engeren wahl|erfolgreich|weiter ?verfolgt)',
  'nicht vom arbeitgeber ausgewahlt',
  'abgelehnt',
  'absage',
  '(?:stelle|position|vakanz) (?:ist |wurde )?(?:bereits )?(?:besetzt|vergeben)',
  // French
  'non (?:retenue?s?|selectionnee?s?)',
  '(?:candidature )?(?:refusee?s?|rejetee?s?|declinee?s?)',
  'n est plus (?:a l etude|en cours d examen|considere)',
  'poste (?:deja )?pourvu',
  // Spanish
  'no (?:ha sido )?seleccionad[oa]s?',
  'rechazad[oa]s?',
  'descartad[oa]s?',
  'ya no (?:esta )?en consideracion',
  'ya no se (?:esta )?consider(?:a|ando)',
  '(?:puesto|vacante|posicion) (?:ya )?cubiert[oa]',
  // Dutch
  'niet (?:geselecteerd|aangenomen|succesvol|weerhouden)',
  'afgewezen',
  'niet (?:langer|meer) in (?:overweging|behandeling)',
  '(?:vacature|functie|positie) (?:is )?(?:al )?vervuld',
  // Portuguese
  'nao (?:foi )?(?:selecionad[oa]s?|aprovad[oa]s?)',
  'reprovad[oa]s?',
  'rejeitad[oa]s?',
  'recusad[oa]s?',
  '(?:ja )?nao (?:esta )?mais em consideracao',
  '(?:vaga|posicao) (?:ja )?preenchida',
];

/** The candidate's own choices, which may share words with a decision ("Offer declined"). */
const OWN_CHOICE = [
  'withdrawn',
  'withdrew',
  'no longer interested',
  'not interested',
  'offer (?:declined|rejected)',
  '(?:declined|rejected) (?:the )?offer',
  '(?:declined|withdrawn) by (?:you|me|candidate|the candidate)',
  'zuruckgezogen',
  'kein interesse',
  'retiree?s?',
  'desistiu',
  'desistencia',
  'retirad[oa]s?',
  'ingetrokken',
];

/** Statuses that decide nothing yet, or nothing about the candidate: recognised so a row's status can be found. */
const UNDECIDED = [
  'applied',
  'application (?:submitted|received|sent|viewed|in progress|under review)',
  'submitted',
  'received',
  'viewed(?: by employer)?',
  'in (?:review|progress|process|consideration)',
  'under (?:review|consideration)',
  'being reviewed',
  'reviewed',
  'interview(?:ing| scheduled| requested)?',
  'assessment',
  'screening',
  'offer(?: received| extended| made)?',
  'hired',
  'active',
  'inactive',
  'archived',
  'closed',
  'job (?:posting )?(?:closed|expired|no longer available)',
  'draft',
  'incomplete',
  'beworben',
  'in (?:prufung|bearbeitung)',
  'eingegangen',
  'postule',
  'en cours(?: d examen)?',
  'postulad[oa]',
  'en revision',
  'gesolliciteerd',
  'in behandeling',
  'candidatado',
  'candidatura enviada',
  'em analise',
];

const phrases = (list: readonly string[]) => list.join('|');
const CONTAINS_DECLINED = new RegExp(`\\b(?:${phrases(DECLINED)})\\b`);
const CONTAINS_OWN_CHOICE = new RegExp(`\\b(?:${phrases(OWN_CHOICE)})\\b`);
/** What may stand before a status: "Status: Not selected", "Application unsuccessful". */
const LEAD =
  '(?:status |estado |statut |situacao )?(?:(?:application|candidacy|candidature|candidatura|bewerbung|sollicitatie) )?';
/** Who decided, as job boards add it: "Not selected by employer", "Non retenu par l'employeur". */
const BY_EMPLOYER =
  '(?: (?:by(?: the)?|par l|por el|por la|pelo|pela|door(?: de)?) (?:employer|recruiter|company|employeur|entreprise|empleador|empresa|empregador|werkgever))?';
const STATUS = `${LEAD}(?:${phrases([...DECLINED, ...OWN_CHOICE, ...UNDECIDED])})${BY_EMPLOYER}`;
/** A label that is a status and nothing else. */
const EXACT_STATUS = new RegExp(`^${STATUS}$`);
/**
 * A label that is a status, maybe followed by a date ("Applied on Mar 5"): "Applied Scientist" is a job title,
 * not the status "Applied", so nothing else may follow the phrase.
 */
const DATED_STATUS = new RegExp(
  `^${STATUS}(?: (?:by|on|since|am|le|el|em|op|par|por|pelo|door|vom|von|del|de|du) .*| \\d.*)?$`,
);

/** Whether a status label says the employer decided against the candidate. */
export function isDeclined(status: string): boolean {
  const folded = foldStatus(status);
  return CONTAINS_DECLINED.test(folded) && !CONTAINS_OWN_CHOICE.test(folded);
}

/**
 * Whether a piece of text is a status label as a whole, decided or not (how a row's status is told apart), and
 * how well it fits: `exact` when it is a status and nothing else, `noted` when a date or a note follows
 * ("Not Selected · Mar 5", "Applied 3 days ago"), undefined when it is no status.
 */
export function statusFit(text: string): 'exact' | 'noted' | undefined {
  if (text.length > 80) return undefined;
  const folded = foldStatus(text);
  if (EXACT_STATUS.test(folded)) return 'exact';
  // A note after a separator is not part of the label.
  const [label = ''] = text.split(/\s*[·•|–—(\n]\s*/);
  return DATED_STATUS.test(foldStatus(label)) ? 'noted' : undefined;
}
