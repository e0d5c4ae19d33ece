import { companiesFromLinks, domainLabel, labelToName, NAME, tidyCompany } from './company';
import type { Sender } from './sender';

/**
 * Fills in who to thank and where to write: the company (never the job board that relayed the news), the role,
 * the recruiter's name and a reply address. Each source proposes names with a weight; names that several
 * sources agree on win.
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

/** First letter of a keyword in either case: company names are matched case-sensitively. */
function ci(words: string): string {
  return words.replace(/\b([a-z])/g, (_, c: string) => `[${c}${c.toUpperCase()}]`);
}

/** Body phrases that put the employer's name right after (or, for relays, right before) a job word. */
const COMPANY_IN_TEXT: RegExp[] = [
  new RegExp(
    `\\b(?:${ci('position|role|job|opportunity|opportunities|opening|vacancy|internship|interest|interview|interviewing|candidacy|application|career|careers|everyone|here|team|employment|time|work|working|apply|applying|applied')})(?:[ \\t]+[^\\s.,;:!?]+){0,8}?[ \\t]+(?:at|with|@)[ \\t]+${NAME}`,
    'gu',
  ),
  new RegExp(
    `\\b(?:${ci('interest in|interest in joining|interest in working at|interest in working for|interest in working with')})[ \\t]+${NAME}`,
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
  new RegExp(`\\b(?:${ci('update from|news from|message from')})[ \\t]+${NAME}`, 'gu'),
  new RegExp(
    `${NAME}[ \\t]+(?:has|have|had)[ \\t]+(?:(?:now|recently|carefully|unfortunately)[ \\t]+)?(?:decided|reviewed|moved|chosen|selected|filled|closed|made)\\b`,
    'gu',
  ),
];

/** Team names in a signature or sender name: "The Acme Recruiting Team", "Acme Talent Acquisition". */
const TEAM_NAME = new RegExp(
  `^(?:${ci('the')}[ \\t]+)?${NAME}[ \\t]+(?:Talent|Recruiting|Recruitment|Hiring|People|HR|Careers|Jobs|Team|Human Resources)\\b`,
  'u',
);
const VIA = /^(.+?)\s+(?:via|through|on behalf of)\s+(.+)$/i;
const PERSON_AT = /^(.+?)\s+(?:at|from|@|\||-|–)\s+(.+)$/i;
const PERSON_NAME =
  /^\p{Lu}[\p{L}'’.-]+(?:\s+(?:\p{Lu}[\p{L}'’.-]*|van|von|de|da|del|der|di|la|le|du|dos|das|ten|ter)){0,3}$/u;
const NOT_A_PERSON =
  /\b(?:team|talent|recruit\w*|hiring|careers?|jobs?|hr|people|notifications?|no-?reply|support|info|admin|office|inc|llc|ltd|gmbh|group|linkedin|indeed|greenhouse|lever|workday|acquisition|department|services?|the|via|manager|director|partner|specialist|coordinator|lead|head|senior|engineer|recruiter|regards|best|thanks|sincerely|human|resources|company|corp|corporation|foundation|university|bank)\b/i;
const JOB_TITLE_WORDS =
  /\b(?:recruit\w*|talent|acquisition|hr|people|hiring|manager|partner|sourcer|coordinator|specialist|lead|director|head|officer|generalist|business|engineer|founder|ceo|cto|coo|vp|president|consultant|advisor|associate|assistant)\b/i;

const ROLE_WORDS =
  /\b(?:engineer|engineering|developer|manager|designer|analyst|scientist|specialist|intern|internship|lead|director|consultant|associate|coordinator|officer|architect|administrator|representative|assistant|head|vp|sales|marketing|product|data|software|frontend|backend|full[- ]?stack|devops|researcher|writer|editor|accountant|executive|nurse|teacher|technician|operator|advisor|strategist|recruiter|partner|owner|programmer|tester|qa|sre|support|success|counsel|lawyer|paralegal|clerk|agent|cook|chef|driver|werkstudent|entwickler|ingenieur|praktikum|stagiaire|alternance|desarrollador|ingeniero|ontwikkelaar|desenvolvedor|analista|gerente)\b/i;

const ROLE_STOP =
  /\b(?:you|your|we|our|us|i|my|me|this|that|it|time|which|who|applied|apply|application|interest|interested|consideration|decision|process|candidates?|opportunity|experience|skills|background|team|company|other|another|future|for|to|with|at|interview|has|have|had|was|were|is|are|been|will|not|would)\b/i;
const ROLE_VAGUE =
  /^(?:open|current|above|exciting|same|right|particular|specific|advertised|available|following|aforementioned|new|posted|vacant|\s)+$/i;

/** A captured role, or undefined when the capture is a phrase rather than a job title. */
function tidyRole(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const role = raw
    // Subjects often carry emoji ("Your application for Designer 🌱"); a job title never does.
    .replace(/[\p{Extended_Pictographic}\u200D\uFE0F]+/gu, ' ')
    .trim()
    .replace(/^(?:the|a|an|our|your|this)\s+/i, '')
    .replace(/^["'“‘«]+|["'”’»,:;.!?-]+$/gu, '')
    .trim();
  if (role.length < 2 || role.length > 80 || role.split(/\s+/).length > 10) return undefined;
  if (ROLE_STOP.test(role) || ROLE_VAGUE.test(role)) return undefined;
  return role;
}

/** Role phrases; `titled` ones must contain a job-title word ("applying to Initech" names no role). */
const ROLE_IN_TEXT: { re: RegExp; titled: boolean }[] = [
  {
    re: /\b(?:position|role|job|post)\s+(?:of|as)\s+(?:an?\s+)?([^\n.,;:!?()]{2,80}?)(?=\s+(?:at|with|in|here|within|on|for)\b|[\n.,;:!?()]|$)/giu,
    titled: false,
  },
  {
    re: /\b(?:the|our|your|this|a|an)\s+([^\n.,;:!?()]{2,80}?)\s+(?:position|role|opening|vacancy|job|opportunity|post|internship)\b/giu,
    titled: false,
  },
  {
    re: /\b(?:application|applying|applied)\s+(?:for|to)\s+(?:the\s+)?([^\n.,;:!?()]{2,80}?)(?=\s+(?:at|with|-|–|\|)\s|\s*[\n.,;:!?(]|$)/giu,
    titled: true,
  },
  { re: /^\s*(?:position|role|job title|job)\s*:\s*([^\n]{2,80})$/gimu, titled: false },
];

const tidyTitledRole = (raw: string | undefined) => (raw && ROLE_WORDS.test(raw) ? tidyRole(raw) : undefined);

/** The first capture of `re` in `text` that `tidy` accepts, trying every start so a bad early capture cannot hide a good one. */
function firstTidy(
  re: RegExp,
  text: string,
  tidy: (raw: string | undefined) => string | undefined,
): string | undefined {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const value = tidy(m[1]);
    if (value) return value;
    re.lastIndex = m.index + 1;
  }
  return undefined;
}

function stripSubjectPrefixes(subject: string): string {
  return subject.replace(/^(?:\s*(?:re|fwd?|aw|wg|tr|rv|res|enc)\s*:\s*)+/i, '').trim();
}

interface SubjectParts {
  role?: string;
  company?: string;
}

/** Reads "Your application to ROLE at COMPANY", "Update from COMPANY", "ROLE – COMPANY" and similar subjects. */
function readSubject(subject: string): SubjectParts {
  const s = stripSubjectPrefixes(subject);
  const applied =
    /\b(?:application|applying|applied|candidature|candidacy|bewerbung)\s+(?:for|to|at|with|als|pour|para|voor)\s+(?:the\s+)?(.+?)(?:\s+(?:position|role|job))?(?:\s+(?:at|with|@|bei|chez|en|bij|na)\s+(.+?))?\s*$/iu.exec(
      s,
    );
  if (applied) {
    const first = applied[1] ?? '';
    if (applied[2]) return { role: tidyRole(first), company: tidyCompany(applied[2]) };
    return ROLE_WORDS.test(first) ? { role: tidyRole(first) } : { company: tidyCompany(first) };
  }
  const from = /\b(?:update|news|message|decision)\s+from\s+(.+?)\s*$/iu.exec(s);
  if (from) return { company: tidyCompany(from[1]) };
  const parts: SubjectParts = {};
  for (const piece of s.split(/\s+[-–—|:]\s+|:\s+/)) {
    const at = /^(.+?)\s+(?:at|@)\s+(.+)$/u.exec(piece);
    if (at && ROLE_WORDS.test(at[1] ?? '')) {
      parts.role ??= tidyRole(at[1]);
      parts.company ??= tidyCompany(at[2]);
    } else if (
      ROLE_WORDS.test(piece) &&
      piece.split(/\s+/).length <= 8 &&
      !/\b(?:your|application)\b/i.test(piece)
    ) {
      parts.role ??= tidyRole(piece);
    }
  }
  return parts;
}

interface SenderParts {
  person?: string;
  company?: string;
}

function looksLikePerson(name: string): boolean {
  return PERSON_NAME.test(name) && !NOT_A_PERSON.test(name);
}

function readSenderName(sender: Sender): SenderParts {
  const name = sender.name.replace(/\s*\(.*?\)\s*/g, ' ').trim();
  if (!name || name.includes('@')) return {};
  const via = VIA.exec(name);
  if (via) {
    // "Acme via Greenhouse": the part before names the employer the system writes for.
    return { company: tidyCompany(via[1]) };
  }
  const personAt = PERSON_AT.exec(name);
  if (personAt && looksLikePerson(personAt[1] ?? ''))
    return { person: personAt[1], company: tidyCompany(personAt[2]) };
  const team = TEAM_NAME.exec(name);
  if (team) return { company: tidyCompany(team[1]) };
  if (sender.platform?.relay) return {};
  const label = domainLabel(sender.domain);
  const words = name.split(/\s+/);
  if (words.length >= 2 && looksLikePerson(name)) return { person: name };
  if (words.length === 1) {
    const lower = name.toLowerCase();
    if (sender.platform || label?.includes(lower.replace(/[^a-z0-9]/g, '')))
      return { company: tidyCompany(name) };
    if (looksLikePerson(name) && sender.local.startsWith(lower)) return { person: name };
  }
  return looksLikePerson(name) || !label ? {} : { company: tidyCompany(name) };
}

interface SignatureParts {
  person?: string;
  company?: string;
  email?: string;
}

function readSignature(lines: string[]): SignatureParts {
  const parts: SignatureParts = {};
  for (const line of lines.slice(0, 8)) {
    const team = TEAM_NAME.exec(line);
    if (team) parts.company ??= tidyCompany(team[1]);
    const email = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/.exec(line)?.[0];
    if (email) parts.email ??= email.toLowerCase();
    const pieces = line.split(/\s*(?:\||,|–|—|•|·|\s-\s|\bat\b|@)\s*/u).filter(Boolean);
    const first = pieces[0]?.trim() ?? '';
    if (!parts.person && !team && looksLikePerson(first) && !ROLE_WORDS.test(first)) {
      parts.person = first;
      continue;
    }
    if (parts.person && pieces.length >= 2 && JOB_TITLE_WORDS.test(first))
      parts.company ??= tidyCompany(pieces[pieces.length - 1]);
  }
  return parts;
}

const NO_REPLY_LOCAL =
  /^(?:no-?reply|do-?not-?reply|donotreply|notifications?|mailer-daemon|bounces?|alerts?)\b|no-?reply/i;

const normal = (name: string) => name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * Picks the proposed company with the most weight. Names that contain one another ("Acme", "Acme Labs") support
 * each other; within such a group the name proposed most strongly as written wins, the longer one on a tie.
 */
function chooseCompany(proposals: [string | undefined, number][]): string | undefined {
  const valid = proposals.filter(
    (p): p is [string, number] => Boolean(p[0]) && normal(p[0] as string) !== '',
  );
  const related = (a: string, b: string) => a.startsWith(b) || b.startsWith(a);
  let best: { name: string; group: number; own: number } | undefined;
  for (const [name] of valid) {
    const key = normal(name);
    let group = 0;
    let own = 0;
    for (const [other, weight] of valid) {
      const otherKey = normal(other);
      if (otherKey === key) own += weight;
      if (related(key, otherKey)) group += weight;
    }
    const better =
      !best ||
      group > best.group ||
      (group === best.group && (own > best.own || (own === best.own && name.length > best.name.length)));
    if (better) best = { name, group, own };
  }
  return best?.name;
}

export function extract(input: ExtractInput): Extraction {
  const { sender } = input;
  const subject = readSubject(input.subject);
  const fromName = readSenderName(sender);
  const signature = readSignature(input.signature);
  const signatureText = input.signature.join('\n');

  const inBody = COMPANY_IN_TEXT.map((re) => firstTidy(re, input.body, tidyCompany));
  const inSignature = COMPANY_IN_TEXT.map((re) => firstTidy(re, signatureText, tidyCompany));
  const platform = sender.platform;
  const atsLocal = platform && !platform.relay && !sender.noReply ? labelToName(sender.local) : undefined;
  const ownDomain = platform ? undefined : domainLabel(sender.domain);
  const company = chooseCompany([
    ...inBody.map((name): [string | undefined, number] => [name, 3]),
    [subject.company, 3],
    ...inSignature.map((name): [string | undefined, number] => [name, 2]),
    [signature.company, 2],
    [fromName.company, 2],
    ...companiesFromLinks(input.links).map((name): [string | undefined, number] => [name, 2]),
    [atsLocal, 1.5],
    [ownDomain ? labelToName(ownDomain) : undefined, 1],
  ]);

  const role =
    subject.role ??
    ROLE_IN_TEXT.map(({ re, titled }) => firstTidy(re, input.body, titled ? tidyTitledRole : tidyRole)).find(
      (r) => r !== undefined,
    );

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
