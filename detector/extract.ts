import { withCheapBoundaries } from './boundary';
import { companiesFromLinks, domainLabel, foldName, labelToName, NAME, tidyCompany } from './company';
import { lazyRegExp } from './lazy';
import { ci, readSenderName, readSignature } from './people';
import {
  firstTidy,
  ROLE_WORDS,
  roleFromSubjectPieces,
  roleInText,
  stripSubjectPrefixes,
  tidyRole,
  tidyTitledRole,
} from './role';
import type { Sender } from './sender';

/**
 * Fills in who to thank and where to write: the company (never the job board that relayed the news), the role,
 * the recruiter's name and a reply address. Each source proposes company names with a weight; names that
 * several sources agree on win.
 */

export interface Extraction {
  company?: string;
  role?: string;
  recruiter?: string;
  replyTo?: string;
}

export interface ExtractInput {
  sender: Sender;
  subject: string;
  body: string;
  signature: string[];
  /** Raw text and HTML, searched only for ATS links that name the company. */
  links: string;
}

const JOB_WORDS =
  'position|role|job|opportunity|opportunities|opening|vacancy|internship|interest|interview|interviewing|candidacy|application|career|careers|everyone|here|team|employment|time|work|working|apply|applying|applied|stelle|position|bewerbung|interesse|poste|candidature|intérêt|puesto|vacante|candidatura|solicitud|interés|vaga|functie|sollicitatie|vacature';

/** Body phrases that put the employer's name right after (or, for relays, right before) a job word. */
const COMPANY_IN_TEXT: RegExp[] = [
  new RegExp(
    `\\b(?:${ci(JOB_WORDS)})(?:[ \\t]+[^\\s.,;:!?]+){0,8}?[ \\t]+(?:at|with|@|bei|chez|auprès de|en|bij|na|no|em)[ \\t]+(?:(?:der|die|dem|den|el|la|le|les|l'|het|de|a|o)[ \\t]+)?${NAME}`,
    'gu',
  ),
  new RegExp(
    `\\b(?:${ci('interest in|interest in joining|interest in working at|interest in working for|interest in working with|interesse an|intérêt pour|interés en|interesse na|interesse no|interesse pela|interesse pelo|interesse in')})[ \\t]+(?:(?:der|die|dem|el|la|le|l'|het|de)[ \\t]+)?${NAME}`,
    'gu',
  ),
  new RegExp(
    `\\b(?:${ci('applying to|applied to|apply to|applying at|applied at|applying with|applied with|joining|to join|on behalf of')})[ \\t]+${NAME}`,
    'gu',
  ),
  new RegExp(
    `\\b(?:${ci('the')})[ \\t]+${NAME}[ \\t]+(?:${ci('team|family|recruiting team|recruitment team|talent team|talent acquisition team|hiring team|people team|careers team|HR team')})\\b`,
    'gu',
  ),
  new RegExp(
    `\\b(?:${ci("l'équipe|équipe|el equipo de|equipo de|equipe|equipe da|equipe do|het team van|team van|ihr team von|team von|das team von")})(?:[ \\t]+(?:Recrutement|RH|Talent Acquisition|Talents|Talento|Recursos Humanos|Recruitment))?[ \\t]*[–—-]?[ \\t]*(?:de[ \\t]+|du[ \\t]+)?${NAME}`,
    'gu',
  ),
  new RegExp(
    `\\b(?:${ci('update from|news from|message from|novedades de|mise à jour de|atualização de|neuigkeiten von|nieuws van|update van')})[ \\t]+${NAME}`,
    'gu',
  ),
  // Relayed decisions start with the employer: "Globex has decided…", "Farmacia Robles ha revisado…".
  new RegExp(
    `(?:^|[.!?][ \\t]+|\\n)(?:(?:The|La|Le|El|A|O|Die|Der|De|Het)[ \\t]+)?${NAME}[ \\t]+(?:has|have|had|reviewed|decided|is|ha|han|hat|haben|heeft|hebben|a|ont|analisou|decidiu|revisou|revisó|decidió|não|ne|n'a|no)\\b`,
    'gu',
  ),
];

/** Recruitment agencies pass on their client's decision: the client is the company. */
const AGENCY =
  /\b(?:recruitment|recruiting|staffing|personnel|search|resourcing|headhunt\w*|talent\s+partners|personalberatung|reclutamiento|recrutement|werving)\b/i;
const CLIENT_MENTION = new RegExp(
  `\\b(?:${ci('feedback from|heard back from|hear back from|news from|word from|response from|my client|our client|on behalf of our client')}),?[ \\t]+${NAME}`,
  'gu',
);

/** Subjects that name the employer: "Your application to ROLE at COMPANY", "Update from COMPANY". */
const SUBJECT_COMPANY: RegExp[] = [
  new RegExp(
    `\\b(?:${ci('application|applying|applied|candidature|candidacy|candidatura|bewerbung|sollicitatie|solicitud')})[ \\t]+(?:[^@]{1,80}?[ \\t]+)?(?:at|with|@|bei|chez|en|bij|na|no|em)[ \\t]+(?:(?:der|die|el|la|le|l'|het|de|a|o)[ \\t]+)?${NAME}`,
    'gu',
  ),
  new RegExp(
    `\\b(?:${ci('update from|news from|message from|novedades de|mise à jour de|atualização de|neuigkeiten von|nieuws van|update van')})[ \\t]+${NAME}`,
    'gu',
  ),
];

/**
 * Subjects that name the role: "Your application for ROLE", "Ihre Bewerbung als ROLE", "candidature au poste de
 * ROLE". After "to" a job title is needed: "Your application to Initech" names the company.
 */
const SUBJECT_ROLE = lazyRegExp(() =>
  withCheapBoundaries(
    /\b(?:application|applying|applied|candidature|candidacy|candidatura|bewerbung|sollicitatie|solicitud)\s+(for|to|als|pour|para|voor|naar|au\s+poste\s+de|al\s+puesto\s+de|para\s+a\s+vaga\s+de|naar\s+de\s+functie)\s+(?:the\s+|le\s+poste\s+de\s+|el\s+puesto\s+de\s+|a\s+vaga\s+de\s+|de\s+functie\s+)?([^\n]{2,80}?)(?:\s+(?:position|role|job))?(?=\s+(?:at|with|@|bei|chez|en|bij|na|no|em|has|ha|was|wurde|a\s+été|is|foi)\b|\s*[(|–—-]|\s*$)/iu,
  ),
);

const NO_REPLY_LOCAL =
  /^(?:no-?reply|do-?not-?reply|donotreply|notifications?|mailer-daemon|bounces?|alerts?)\b|no-?reply/i;

type Proposal = [string | undefined, number];

/** Below this, a name rests on the address alone and yields to any fuller name a real source wrote. */
const SOLID = 2;

/**
 * Picks the proposed company with the most weight. Names that contain one another ("Acme", "Acme Labs") support
 * each other as a group; within the winning group the fullest name a solid source wrote wins ("Quillstone
 * Software GmbH" over "Quillstone"), and names as written beat names rebuilt from an address ("Grünwald" over
 * "Gruenwald").
 */
function chooseCompany(proposals: Proposal[]): string | undefined {
  // One entry per name, its weights added (halves, so the sums are exact): links may repeat a name thousands of
  // times, and names are weighed against each other in pairs.
  const weights = new Map<string, number>();
  for (const [name, weight] of proposals) if (name) weights.set(name, (weights.get(name) ?? 0) + weight);
  const valid = [...weights]
    .map(([name, weight]) => ({ name, weight, key: foldName(name) }))
    .filter((p) => p.key !== '');
  const related = (a: string, b: string) =>
    a.startsWith(b) ||
    b.startsWith(a) ||
    (a.length >= 5 && b.includes(a)) ||
    (b.length >= 5 && a.includes(b));
  const groupWeight = (key: string) =>
    valid.reduce((sum, o) => sum + (related(key, o.key) ? o.weight : 0), 0);
  let leader: (typeof valid)[number] | undefined;
  let leaderWeight = 0;
  for (const p of valid) {
    const weight = groupWeight(p.key);
    if (!leader || weight > leaderWeight) [leader, leaderWeight] = [p, weight];
  }
  if (!leader) return undefined;
  const group = valid.filter((p) => related(p.key, (leader as (typeof valid)[number]).key));
  const solid = group.filter((p) => p.weight >= SOLID);
  const pool = solid.length ? solid : group;
  return pool.reduce((best, p) => {
    const longer = p.key.length > best.key.length;
    const sameKeyHeavier = p.key === best.key && p.weight > best.weight;
    return longer || sameKeyHeavier ? p : best;
  }).name;
}

const inText = (patterns: RegExp[], text: string, weight: number): Proposal[] =>
  patterns.map((re) => [firstTidy(re, text, tidyCompany), weight]);

/** "Your application to Brindle": a company unless the words are a job title ("to Senior Engineer"). */
const APPLICATION_TO = new RegExp(
  `\\b(?:${ci('application|applying|applied')})[ \\t]+to[ \\t]+(?:the[ \\t]+)?${NAME}`,
  'gu',
);
const companyUnlessRole = (raw: string | undefined) =>
  raw && !ROLE_WORDS.test(raw) ? tidyCompany(raw) : undefined;

export function extract(input: ExtractInput): Extraction {
  const { sender } = input;
  const subject = stripSubjectPrefixes(input.subject);
  const fromName = readSenderName(sender);
  const signature = readSignature(input.signature);
  const platform = sender.platform;
  const atsLocal = platform && !platform.relay && !sender.noReply ? labelToName(sender.local) : undefined;
  const ownDomain = platform ? undefined : domainLabel(sender.domain);

  const agency =
    AGENCY.test(sender.name) || input.signature.some((line) => AGENCY.test(line) && !/\bteam\b/i.test(line));
  const client = agency ? firstTidy(CLIENT_MENTION, `${input.body}\n${subject}`, tidyCompany) : undefined;
  const company = chooseCompany([
    [client, 8],
    [fromName.company, 3],
    ...inText(SUBJECT_COMPANY, subject, 2.5),
    [firstTidy(APPLICATION_TO, subject, companyUnlessRole), 2.5],
    ...inText(COMPANY_IN_TEXT, input.body, 2.5),
    ...inText(COMPANY_IN_TEXT, input.signature.join('\n'), 2),
    [signature.company, 2],
    ...companiesFromLinks(input.links).map((name): Proposal => [name, 2]),
    [atsLocal, 1.5],
    [ownDomain ? labelToName(ownDomain) : undefined, 1],
  ]);

  const subjectRole = SUBJECT_ROLE.exec(subject);
  const tidySubjectRole = subjectRole?.[1]?.toLowerCase() === 'to' ? tidyTitledRole : tidyRole;
  const role =
    tidySubjectRole(subjectRole?.[2]) ?? roleInText(input.body) ?? roleFromSubjectPieces(subject, company);

  let recruiter = signature.person ?? fromName.person;
  if (signature.person && fromName.person?.startsWith(`${signature.person} `)) recruiter = fromName.person;

  const replyTo =
    sender.address && !sender.noReply
      ? sender.address
      : signature.email && !NO_REPLY_LOCAL.test(signature.email.split('@')[0] ?? '')
        ? signature.email
        : undefined;

  return { company, role, recruiter, replyTo };
}
