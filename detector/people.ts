import { domainLabel, foldName, LEADING_TEAM, NAME, tidyCompany } from './company';
import { isBusinessWord } from './label-words';
import { LETTER, UPPER } from './letters';
import { rememberingAnswers } from './per-message';
import type { Sender } from './sender';

/**
 * Who wrote: the sender's display name is either a person ("Jane Doe") or an organisation ("Hollis Medical
 * Devices", "Acme via Greenhouse"), and the signature names the recruiter and often the company.
 */

export interface Parties {
  person?: string;
  company?: string;
}

/** First letter of a keyword in either case: names are matched case-sensitively. */
export function ci(words: string): string {
  return words.replace(/\b([a-z])/g, (_, c: string) => `[${c}${c.toUpperCase()}]`);
}

const PERSON_NAME = new RegExp(
  `^[${UPPER}][${LETTER}'’.-]+(?:\\s+(?:[${UPPER}][${LETTER}'’.-]*|van|von|de|da|del|der|di|la|le|du|dos|das|ten|ter)){0,3}$`,
  'u',
);

/**
 * Words that name organisations, departments or job titles rather than people, in the languages we read; whole
 * words only, so "Luísa" holds no "sa".
 */
const ORGANISATION_WORD =
  /(?<![\wÀ-ÿ])(?:team|talent|recruit\w*|hiring|careers?|jobs?|hr|rh|rrhh|people|notifications?|no-?reply|support|info|admin|office|inc|llc|llp|plc|ltd|gmbh|ag|sa|sl|bv|nv|co|corp|corporation|company|group|grupo|groupe|labs?|hotels?|hôtel|bank|banco|banque|clinic|clínica|clinique|hospital|studios?|estúdio|software|consulting|consultores|consultancy|conseil|university|universidad|universidade|université|universiteit|universitaires?|universitari[oa]s?|universitári[oa]s?|universitair|universitäts\w*|college|school|colegio|council|gemeente|ayuntamiento|mairie|câmara|municipal|ville|commune|prefeitura|município|municipio|provincia|province|landkreis|kreis|stadt|gemeinde|ministerio|ministère|ministerie|ministerium|overheid|government|gobierno|governo|gouvernement|regierung|agentschap|café|taller|werkstatt|oficina|tienda|loja|bakery|bäckerei|bakkerij|boulangerie|padaria|panadería|verlag|reisen|media|music|health|pharma\w*|foundation|fondation|fundación|fundação|stichting|stiftung|energie|energia|énergies|tecnologia|technologies|technology|tech|digital|systems|sistemas|solutions|soluciones|partners|associates|associés|logistics|logistik|logística|transportes|retail|varejo|services?|servicios|serviços|industries|maschinenbau|hospitality|hotelaria|restaurant|restaurante|companhia|compañía|compagnie|bar|cafetería|cafeteria|lar|residencia|residência|asociación|associação|misericórdia|bistro|brewing|brewery|brouwerij|cervecería|outfitters|furniture|plumbing|realty|insurance|credit|crédit|crédito|union|région|region|región|região|provincie|métropole|diputación|consell|conselleria|generalitat|junta|xunta|cabildo|communauté|comunidad|comunidade|landratsamt|bezirk|kanton|canton|waterschap|bio|motors|auto|airlines|aerolíneas|constructora|construtora|bouwbedrijf|kinderopvang|ziekenhuis|hogeschool|hochschule|analytics|capital|ventures|games|networks?|payments|pagamentos|legal|dental|medical|pediatrics|care|library|libraries|apotheek|apotheke|praktijk|praxis|kanzlei|kapsalon|association|housing|institute|institut|instituto|instituut|academy|trust|sele[cç][aã]o|selecci[oó]n|selectie|[\wÀ-ÿ]*(?:dienst|amt|verband|verein|zentrum|gruppe|klinik|schule|krankenhaus|spital|werke?)|hospiz|hôpital|hôpitaux|hopitaux|hospitales|hospitais|hospices|caritas|diakonie|magistrat|fellows|fellowship|apprenticeships?|district|county|department|program|programme|programa|unit|agency|agencia|agence|shop|store|market|foods?|farms?|vinhos|quinta|atelier|ateliers|maison|librairie|papeterie|cabinet|fabriek|handel|rederij|naviera|farmacia|farmácia|drogaria|distribuciones|coöperatie|personal\w*|acquisition|linkedin|indeed|greenhouse|lever|workday|via|the|manager|director|partner|specialist|coordinator|recruiter|human|resources)(?![\wÀ-ÿ])/i;

/** Display names of job portals, which relay an employer's news ("Federal Jobs Portal"). */
const JOB_PORTAL = /(?:portal|\bjob ?board|jobbörse|bolsa de (?:empleo|trabajo)|banco de empregos)\b/i;
const VIA = /^(.+?)\s+(?:via|through|über|par|por|por meio de|via de)\s+(.+)$/i;
/** "HireVue on behalf of Stanmore Bank": a system or an agency writing for the employer named after it. */
const ON_BEHALF_OF =
  /^.+?\s+(?:on behalf of|im auftrag von|au nom de|pour le compte de|en nombre de|em nome de|namens)\s+(.+)$/i;
/** Words that mark a part of a display name as a recruiting service rather than the employer. */
const RECRUITING_SERVICE = /\b(?:recruit\w*|jobs|careers|werving|talent)\b/i;

/** "Talentify for Parkline Apartments": a service writing for the employer named last. */
const FOR = /^(.+?)\s+(?:for|für|pour|para|voor)\s+(.+)$/i;
/** "de", "van", "da", "von" split only in lower case: "Zorggroep De Linde" is one name. */
const PERSON_AT =
  /^(.+?)\s+(?:[Aa]t|[Ff]rom(?: the)?|@|\||-|–|[Bb]ei|[Cc]hez|de|van|da|von(?: der| dem)?|vom|del equipo(?: de)?)\s+(.+)$/;
/** Where a display name joins its parts: "Mairie de Pessac - Direction des ressources humaines". */
const NAME_PIECES = /\s+[-–—|·:]\s+/;
/** A numbered store, branch or ward of the employer ("Westgate Outlets - Store 118"), not a name of its own. */
const NUMBERED_SITE =
  /^(?:store|branch|unit|location|site|shop|ward|depot|warehouse|restaurant|filiale|magasin|tienda|loja|winkel|vestiging|\p{L}*abteilung|afdeling|departamento|département|department|division|MA)\s*(?:#|no\.?|nr\.?)?\s*\d+[a-z]?$/iu;
/** A branch named by its town ("Primus Personal – Niederlassung Duisburg", "Tempora ETT – Oficina Zaragoza"). */
const BRANCH_PIECE = new RegExp(
  `^(?:${ci('branch|office|niederlassung|filiale|standort|geschäftsstelle|oficina|delegación|delegacion|sucursal|agence|agencia|vestiging|kantoor|filial|unidade|sede|escritório')})(?:[ \\t]+(?:de|du|d'|in|em|en))?[ \\t]+[${UPPER}][${LETTER}'’.-]+(?:[ \\t][${UPPER}][${LETTER}'’.-]+){0,2}$`,
  'u',
);

/** Titles scholars and doctors write before their names, in the languages we read. */
const ACADEMIC_TITLES =
  /^(?:(?:prof|profa|dr|dra|drs|pr|ir|mr|mrs|ms|mme|sr|sra|ing|mag|doutora?|doctora?|docteure?|professora?|professeure?)(?:\.ª|ª|\.)?\s+)+/i;

/** Team names in a signature or sender name: "The Acme Recruiting Team", "Acme Talent Acquisition". */
const TEAM_NAME = new RegExp(
  `^(?:${ci('the')}[ \\t]+)?${NAME}\\.?[ \\t]+(?:Talent|Recruiting|Recruitment|Hiring|People|HR|Careers|Jobs|Team|Human Resources|Personalabteilung|Recrutement|Recursos Humanos)\\b`,
  'u',
);

/** Closing words left above the name when cleaning kept the signature in the body ("Alles Gute", "Beste Grüße"). */
const SIGN_OFF =
  /^(?:im auftrag|i\. ?a\.|bjs|bj|beijos|abs|abraços|besos|bss|bisous|alles gute|beste grüße|viele grüße|liebe grüße|freundliche grüße|best wishes|kind regards|best regards|warm regards|many thanks|un saludo|saludos|cordialement|bien à vous|groeten|hartelijke groet|met vriendelijke groet|atenciosamente|abraço|cumprimentos)$/i;

/** A person's name has no team words ("Klinikum Oberlausitz Bewerbermanagement", "Programa de Estágio"). */
const looksLikePerson = rememberingAnswers((name: string): boolean => {
  return (
    PERSON_NAME.test(name) &&
    !SIGN_OFF.test(name) &&
    !ORGANISATION_WORD.test(name) &&
    !isTeamPhrase(name) &&
    tidyCompany(name) === name
  );
});

/** "Prof. Dr. Silke Andresen", "Prof.ª Doutora Luísa Brandão": a scholar's titles before a person's name. */
function titledPerson(name: string): boolean {
  const titles = ACADEMIC_TITLES.exec(name);
  return titles !== null && looksLikePerson(name.slice(titles[0].length));
}

/** Name words of at least three letters, folded for comparison with addresses. */
function nameKeys(name: string): string[] {
  return name
    .split(/\s+/)
    .map(foldName)
    .filter((key) => key.length >= 3);
}

/**
 * Whether the mailbox spells the name: "m.hoekstra" for Marieke Hoekstra, "elena.petrova" for Elena Petrova.
 */
function namedByMailbox(name: string, sender: Sender): boolean {
  const keys = nameKeys(name);
  const local = foldName(sender.local);
  return (
    keys.some((key) => local.includes(key)) ||
    (keys.length >= 2 &&
      local.startsWith(keys[0]?.[0] ?? '#') &&
      local.includes(keys[keys.length - 1] ?? '#'))
  );
}

/** "National Maritime Collections" at nmc-museums.org.uk: a part of the address spells the name's initials. */
function initialsOfLabel(name: string, sender: Sender): boolean {
  const words = name.split(/\s+/).filter((word) => /^\p{Lu}/u.test(word));
  if (words.length < 3) return false;
  const initials = foldName(words.map((word) => word[0]).join(''));
  return (domainLabel(sender.domain) ?? '').split('-').includes(initials);
}

/** Sub-domains that route mail, never an employer's slug. */
const ROUTING_LABEL =
  /^(?:www|e?mail\w*|news\w*|info|smtp|bounces?|m|e|em|mg|t|go|app|apps|hire|send|reply|us|eu|notifications?|candidates?|careers?|jobs?|talent|hr|team|people|hiring|karriere|empleo|emploi)\d*$/;

/** The first label of an address with a sub-domain ("bbwien" of bbwien.softgarden.io), folded; '' when none. */
export function slugOf(domain: string): string {
  const labels = domain.split('.');
  const first = labels[0] ?? '';
  return labels.length >= 3 && first !== domainLabel(domain) && !ROUTING_LABEL.test(first)
    ? foldName(first)
    : '';
}

/**
 * Whether a sub-domain is the name shortened word by word, each word giving its start or nothing: "bbwien" is
 * Barmherzige Brüder Wien, "caritas-wien" Caritas der Erzdiözese Wien. Two words at least must give.
 */
export function spellsSlug(slug: string, name: string): boolean {
  if (slug.length < 3) return false;
  const keys = name.split(/\s+/).map(foldName).filter(Boolean);
  // Each place in the slug and the name is tried once: a name of many words stays cheap.
  const failed = new Set<number>();
  const from = (at: number, word: number, used: number): boolean => {
    if (at === slug.length) return used >= 2;
    const state = (at * (keys.length + 1) + word) * 3 + used;
    if (word >= keys.length || failed.has(state)) return false;
    const key = keys[word] ?? '';
    const next = Math.min(used + 1, 2);
    for (let length = Math.min(key.length, slug.length - at); length >= 1; length--)
      if (slug.startsWith(key.slice(0, length), at) && from(at + length, word + 1, next)) return true;
    if (from(at, word + 1, used)) return true;
    failed.add(state);
    return false;
  };
  return keys.length <= 12 && from(0, 0, 0);
}

/**
 * Decides whether a display name is the sender's own name, using the address: "Elena Petrova" writing from
 * elena.petrova@… is a person, "Grupo Almena" writing from seleccion@grupoalmena.es is the company.
 */
function isPersonName(name: string, sender: Sender): boolean {
  if (!looksLikePerson(name)) return false;
  const keys = nameKeys(name);
  const label = foldName(domainLabel(sender.domain) ?? '');
  const inLocal = namedByMailbox(name, sender);
  const inLabel = label !== '' && (keys.some((key) => label.includes(key)) || label === foldName(name));
  // "Ellery Biosciences <ellery@successfactors.com>", "L'Oréal <loreal@…>", "Kaiser Permanente
  // <kaiserpermanente@…>": on a tracking system the mailbox is the employer's slug, maybe its initials ("Hollin
  // Bridges <hb@…>"). "Ana Souza <ana@magalu.gupy.com.br>": where a sub-domain carries the slug, the mailbox is the
  // writer's own.
  const initials = foldName(
    name
      .split(/\s+/)
      .map((word) => word[0] ?? '')
      .join(''),
  );
  if (
    sender.platform &&
    !sender.platform.relay &&
    [keys[0], foldName(name), initials].includes(foldName(sender.local)) &&
    !slugOf(sender.domain)
  )
    return false;
  // "Lumen Broadcasting <no-reply@lumenbroadcasting.teamtailor.com>": or the sub-domain spells the employer, in
  // full or its first words ("Cobalt Ridge Mining" at cobaltridge.jazz.co).
  const subdomain = foldName(sender.domain.split('.')[0] ?? '');
  if (
    sender.platform &&
    !sender.platform.relay &&
    subdomain.length >= 4 &&
    foldName(name).startsWith(subdomain)
  )
    return false;
  if (inLocal) return true;
  // "Barmherzige Brüder Wien <noreply@bbwien.…>": a sub-domain shortening the name hosts an employer.
  if (inLabel || initialsOfLabel(name, sender) || spellsSlug(slugOf(sender.domain), name)) return false;
  return name.split(/\s+/).length >= 2;
}

/**
 * A display name without the parts that name a department or the relaying site: "Caisse Boréale – Acquisition de
 * talents" is Caisse Boréale, "Rijkswaterstaat | Werken voor Nederland" (at werkenvoornederland.nl) Rijkswaterstaat.
 */
function withoutTeamParts(name: string, sender: Sender): { name: string; team: boolean; site: boolean } {
  const pieces = name.split(NAME_PIECES);
  if (pieces.length < 2) return { name, team: false, site: false };
  const label = foldName(domainLabel(sender.domain) ?? '');
  // "AFAS Recruitment – Gemeente Oostkempe" at afasrecruitment.be: a recruiting service named by the address
  // writes for the other part.
  const isSite = (piece: string) =>
    foldName(piece) === label && (sender.platform !== undefined || RECRUITING_SERVICE.test(piece));
  // "Vanguarda Trabalho Temporário – Porto" <porto@…>: the mailbox names the branch the last part names.
  const isBranch = (piece: string) =>
    BRANCH_PIECE.test(piece) ||
    // On a tracking system the mailbox is the employer's slug ("Iberdrola – Selección" <iberdrola@myworkday.com>).
    (!sender.platform &&
      !/\s/.test(piece) &&
      foldName(piece) === foldName(sender.local) &&
      !label.includes(foldName(piece)));
  const kept = pieces.filter(
    (piece) => !isTeamPhrase(piece) && !isSite(piece) && !NUMBERED_SITE.test(piece) && !isBranch(piece),
  );
  if (!kept.length || kept.length === pieces.length) return { name, team: false, site: false };
  return { name: kept.join(' - '), team: true, site: pieces.some(isSite) };
}

/** "Talentify for Parkline Apartments": only a service named by its address writes for someone else. */
function writesFor(name: string, sender: Sender): string | undefined {
  const match = FOR.exec(name);
  if (!match) return undefined;
  const service = foldName(match[1] ?? '');
  const label = foldName(domainLabel(sender.domain) ?? '');
  const related =
    service.length >= 3 && label.length >= 3 && (label.includes(service) || service.includes(label));
  // "Habitat for Humanity <habitat@applytojob.com>": on a tracking system, a mailbox that starts with the first
  // part names the employer whole.
  const ownMailbox = foldName(sender.local).startsWith(service);
  return related || (sender.platform && !ownMailbox) ? match[2] : undefined;
}

/** "Rocío (Heladería Polo)": a first name alone, then in brackets the business it writes for. */
const NAME_THEN_BUSINESS = /^(\p{Lu}\p{Ll}+)\s*\(\s*(\p{Lu}[^()]*?)\s*\)$/u;

function businessInBrackets(name: string): Parties | undefined {
  const match = NAME_THEN_BUSINESS.exec(name);
  if (!match) return undefined;
  const [, person = '', business = ''] = match;
  const company = looksLikePerson(person) && !isTeamPhrase(business) ? tidyCompany(business) : undefined;
  return company ? { person, company } : undefined;
}

export function readSenderName(sender: Sender): Parties {
  const bracketed = businessInBrackets(sender.name);
  if (bracketed) return bracketed;
  const {
    name,
    team: hadTeam,
    site,
  } = withoutTeamParts(sender.name.replace(/\s*\(.*?\)\s*/g, ' ').trim(), sender);
  // "HR Department", "Internal Careers": a team with no company in its name. An address is no name, though
  // "Talent @ Acme" is.
  if (!name || /\S@\S/.test(name) || isTeamPhrase(name)) return {};
  // What a job board's display name adds to its own name is the employer it writes for.
  if (site) return { company: tidyCompany(name) };
  const behalf = ON_BEHALF_OF.exec(name)?.[1];
  if (behalf) return { company: tidyCompany(behalf) };
  const via = VIA.exec(name);
  // "Acme via Greenhouse": the part before names the employer the system writes for.
  // "Priyanka Rao via LinkedIn": a person writing through a job board names no employer.
  if (via)
    return sender.platform?.relay && looksLikePerson(via[1] ?? '')
      ? { person: via[1] }
      : { company: tidyCompany(via[1]) };
  // "Federal Jobs Portal": a portal relays the employer's news.
  if (JOB_PORTAL.test(name)) return {};
  const writingFor = writesFor(name, sender);
  if (writingFor) return { company: tidyCompany(writingFor) };
  // "Pharmacie du Marché – Claire Benali": the organisation first, the person writing for it after.
  const [organisation, writer, ...more] = name.split(NAME_PIECES);
  const writes = writer && (titledPerson(writer) || (/\s/.test(writer) && isPersonName(writer, sender)));
  // "Apotheek De Linde – Marieke Hoekstra" <m.hoekstra@…>: the mailbox tells which part is the person.
  const organisationFirst =
    !looksLikePerson(organisation ?? '') ||
    (writer !== undefined && namedByMailbox(writer, sender) && !namedByMailbox(organisation ?? '', sender));
  if (writes && !more.length && organisationFirst)
    return { person: writer, company: tidyCompany(organisation) };
  const personAt = PERSON_AT.exec(name);
  // "Mark de Vries", "Joost van Dam": a surname's particle, not "Mark from Vries".
  const surname = personAt && /^\S+\s+(?:de|van|da|von)\s+\S+$/.test(name) && isPersonName(name, sender);
  // "Centre de gestion de la Gironde": a name goes on in lower case, where a person's employer would start anew.
  // "Hugo de chez Pivot" <hugo@…> is a person all the same: the mailbox spells the first part.
  const goesOn =
    personAt !== null &&
    !namedByMailbox(personAt[1] ?? '', sender) &&
    (/^\p{Ll}/u.test(personAt[2] ?? '') ||
      // "Métropole de Lyon <concours@…>": a team's mailbox names a body after the town it serves.
      ((sender.hiring || sender.noReply) && /^\S+\s+(?:de|da|van|von)\s+\S+$/.test(name)));
  // "CHU de Bordeaux": an acronym is an organisation's, not a person's first name.
  const acronym = /^\p{Lu}{2,5}$/u.test(personAt?.[1] ?? '');
  if (personAt && !surname && !goesOn && !acronym && looksLikePerson(personAt[1] ?? ''))
    return { person: personAt[1], company: tidyCompany(personAt[2]) };
  if (titledPerson(name)) return { person: name };
  // A job board's own name ("NHS Jobs", "Government Recruitment Service") is never the employer.
  if (sender.platform?.relay) return {};
  // "Acme Talent Team"; but "Team HR Lumen Software" opens with the team, and the company follows.
  // "Pivot Talent Partners": a word of a business's name after the team's word makes it the firm's own name.
  const teamMatch = TEAM_NAME.exec(name)?.[0];
  const nextWord = teamMatch ? name.slice(teamMatch.length).trim().split(/\s+/)[0] : undefined;
  const team = nextWord && isBusinessWord(foldName(nextWord)) ? undefined : tidyCompany(teamMatch);
  if (team) return { company: team };
  // A name that had a department's part is an organisation's ("Caisse Boréale – Acquisition de talents").
  if (!hadTeam && isPersonName(name, sender)) return { person: name };
  // A lone first name from a personal mailbox ("Jane" <jane@…>) is a person, a shop's name an organisation.
  if (!domainLabel(sender.domain)) return ORGANISATION_WORD.test(name) ? { company: tidyCompany(name) } : {};
  return { company: tidyCompany(name) };
}

const ORGANISATION_LINE = new RegExp(`^${NAME}$`, 'u');

export interface SignatureParts extends Parties {
  email?: string;
  /**
   * The company was read after a manager's title ("Lab Manager, Blood Sciences"): it may be a unit of the
   * employer.
   */
  unit?: boolean;
}

const JOB_TITLE_WORDS =
  /\b(?:recruit\w*|talent|acquisition|hr|rh|people|hiring|manager\w*|leiter\w*|referent\w*|direktor\w*|koordinator\w*|assistent\w*|partner|sourcer|coordinator|specialist|lead|director|head|officer|generalist|business|engineer|founder|ceo|cto|coo|vp|president|consultant|advisor|associate|assistant|chair|committee|personal\w*|recrutement|recursos|responsable|gerente|headteacher|head teacher|principal|dean|superintendent|owner|inhaber\w*|directeur|directrice|directora|diretora?|présidente?|presidente)\b/i;

/** Words that name a hiring team or department without the company ("Human Resources", "Service Recrutement"). */
const TEAM_WORD =
  /^(?:the|le|la|l'|el|het|de|die|der|o|a|and|et|y|e|en|und|du|des|da|do|&|service|afdeling|department|abteilung|équipe|equipo|equipe|team|time|talent|talents|acquisition|recruiting|recruitment|resourcing|human|resources|hr|rh|rrhh|people|personalabteilung|personal|recrutement|recrutamento|reclutamiento|recursos|humanos|humains|humaines|ressources|werving|selectie|selección|seleção|talento|talentos|gente|gestão|careers|hiring|staffing|direction|dirección|direção|divisão|división|division|directie|processo|proceso|seletivo|selectivo|p&o|personalamt|personalstelle|personalservice|bewerbermanagement|bewerbungsmanagement|personalgewinnung|internal|jobs|job|charity|experienced|hire|hires|programa|programme|program|prácticas|practicas|estágio|estágios|stage|stages|internships?|trainee|trainees|formación|formacion|formação|formation|ausbildung|early|careers?|personas|pessoas|gestión|gestion|dienst|berufungsbüro|personalbüro|geschäftsbereich|bereich|fachbereich|referat|dezernat|sachgebiet|stabsstelle|humano|humana|humanas|cultura|culture|equipa|employment|services|serviços|servicios|departamento|departement|département|unit|unidad|unidade|personeelszaken|personeelsdienst|hrm|organisation|organization|organisatie|graduate|graduates|campus|pôle|office|of|faculty|affairs|servicio|serviço|admissions|atração|atracción|attraction|drh|drhm|carrières|carrieres|carreiras|carreras|karriere|emploi|empleo|emprego|werken|bij|vacatures|externa|externo|externe|extern|external|interna|interno|borsa|bolsa|treball|trabajo|trabalho|leadership|werving|selectie|selection|sélection|sele[cç][aã]o|talentmanagement|oposiciones|oposicions|concursos?|concours|público|publico|pública|publica|publique|public|emploi)$/i;
/** "Haupt- und Personalamt": a compound cut short shares the team word that ends the phrase. */
const CUT_COMPOUND = /^\p{L}+-$/u;
export const isTeamPhrase = rememberingAnswers((text: string) =>
  text
    .split(/\s+/)
    .every((word) => TEAM_WORD.test(word.replace(/^[ld]['’](?=\p{L})/u, '')) || CUT_COMPOUND.test(word)),
);

/** A unit inside an organisation: "Department of Engineering, University of Cambridge". */
const UNIT_OF =
  /^(?:department|dept\.?|school|faculty|division|office|institute|centre|center|unit|laboratory|lab)\s+(?:of|for)\s/i;

/** Who runs a ward, a lab or an office, and signs with it: "Nurse Manager, 5 West Med/Surg". */
const MANAGER_TITLE =
  /\b(?:manager|lead|head|director|vp|supervisor|chair|investigator|leiter\w*|responsable|gerente|directeur|directrice|diretora?|directora?)\b/i;
/**
 * Titles of those who hire for the whole employer: "Talent Manager", "Chargée de recrutement", "HR Director".
 */
const STAFFING_TITLE =
  /recru|reclut|talent|\bhr\b|\brh\b|\brrhh\b|people|personal|personnel|pessoal|sele[cç]|werving|sourc|acquisition|resourcing|human/i;

/** A recruiter's title before the company. */
const RECRUITING_TITLE = /\b(?:recruit\w*|talent|sourcer|hr|rh|rrhh)\b/i;

/** A town or a region of up to four words: "Nürnberg", "Den Haag", "Juiz de Fora", "Central Region". */
const TOWN_WORDS = `[${UPPER}][${LETTER}'’-]+(?:[ \\t]+(?:de|do|da|dos|del|la|am|an|der|sur|en|[${UPPER}][${LETTER}'’.-]+)){0,3}`;
const SIGNATURE_PIECES = /\s*(?:\||,|–|—|•|·|\s-\s|\bat\b|@)\s*/;
/**
 * A town after the company, past a comma that follows a title's dash: "HR Business Partner – De Kroonjuwelen
 * Juweliers, Den Haag", "Head de Pessoas – AgroTechX, Ribeirão Preto". A comma straight after a title names the
 * company ("Partner, Whitford Executive Search").
 */
const TOWN_TAIL = new RegExp(
  `,(?<=\\s(?:\\||–|—|•|·|-)\\s[^,|–—•·]{2,60},)[ \\t]*${TOWN_WORDS}[ \\t]*$`,
  'u',
);
/** A line without the town after its organisation; a team or a title before the comma keeps what follows. */
function withoutTown(line: string): string {
  const town = line.includes(',') ? TOWN_TAIL.exec(line) : null;
  if (!town) return line;
  const kept = line.slice(0, town.index);
  const before = kept.split(SIGNATURE_PIECES).pop()?.trim() ?? '';
  return isTeamPhrase(before) || JOB_TITLE_WORDS.test(before) ? line : kept;
}
const signaturePieces = rememberingAnswers((line: string) =>
  withoutTown(line).split(SIGNATURE_PIECES).filter(Boolean),
);

/** A company in a signature's last place may be a brand written in lower case ("Recruiting | brightwheel"). */
const tidyBrand = (raw: string | undefined) =>
  tidyCompany(raw) ??
  tidyCompany(raw?.replace(/^\p{Ll}/u, (c) => c.toUpperCase()))?.replace(/^\p{Lu}/u, (c) => c.toLowerCase());

/**
 * The company a team's line names: "Acme Talent Team", "Equipo de Talento BBVA", "Le Service Recrutement - BNP
 * Paribas", "Gemeente Amsterdam, afdeling Werving & Selectie".
 */
export const teamLineCompany = rememberingAnswers(readTeamLine);

function readTeamLine(line: string): string | undefined {
  // "Graduate Recruitment Team", "Returners Programme Team" name no company, whatever their first words.
  if (isTeamPhrase(line.trim()) || PROGRAMME_TEAM.test(line.trim())) return undefined;
  const trailing = TEAM_NAME.exec(line)?.[0];
  const leading = LEADING_TEAM.test(line) && ORGANISATION_LINE.test(line) ? line : undefined;
  const named = tidyCompany(trailing) ?? tidyCompany(leading);
  if (named) return named;
  const pieces = signaturePieces(line);
  const first = pieces[0]?.trim() ?? '';
  // "Human Resources, Trinity College Dublin, the University of Dublin": what "the" opens re-describes the name
  // before it.
  const appositive = pieces.length >= 3 && /^the\s/.test(pieces[pieces.length - 1]?.trim() ?? '');
  const last = pieces[pieces.length - (appositive ? 2 : 1)]?.trim() ?? '';
  if (pieces.length < 2) return undefined;
  // "Tech Recruiter | iFood", "Jane Kim | Technical Recruiter | Pinterest".
  if (
    isTeamPhrase(first) ||
    RECRUITING_TITLE.test(first) ||
    UNIT_OF.test(first) ||
    (pieces.length >= 3 && RECRUITING_TITLE.test(pieces[1] ?? ''))
  )
    return tidyBrand(last);
  return isTeamPhrase(last) && ORGANISATION_LINE.test(first) ? tidyCompany(first) : undefined;
}

/** A programme's own team ("Returners Programme Team"): the company signs on the next line. */
const PROGRAMME_TEAM = /\b(?:programme|program|scheme|programa|programma)\s+team$/i;

/** A firm's name, not a title: "Krenn & Partner Rechtsanwälte", "Müller und Partner". */
const FIRM_OF_PARTNERS = /\S\s+(?:&|und|and|en|et|e|y)\s+Partner/;
/** "Krenn & Partner Rechtsanwälte, Nürnberg": an organisation's line may end on its town. */
const TOWN = new RegExp(`^${TOWN_WORDS}$`, 'u');

const SIGNATURE_EMAIL = /[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,6}/;

/**
 * The person, company and address a signature gives. A block of one line names the company only where
 * `loneLineCounts` (a tracking system's message signed with the employer's name alone); elsewhere it is as
 * likely a team or the service that sent it.
 */
export function readSignature(lines: string[], loneLineCounts = false): SignatureParts {
  const parts: SignatureParts = {};
  // A line naming only a team ("Talent Acquisition Team") puts the company on the next line.
  let teamAbove = false;
  // The company after a job title ("Recruiter | Pinterest"), unless an organisation's own line follows.
  let titled: string | undefined;
  let title = '';
  const block = lines.slice(0, 8);
  // The block's last line that is not a team's ("European Rail Office" / "Human Resources").
  const last =
    block.length >= 2 || loneLineCounts ? block.findLastIndex((line) => !isTeamPhrase(line.trim())) : -1;
  for (const [at, line] of block.entries()) {
    const teamCompany = teamLineCompany(line);
    if (teamCompany) parts.company ??= teamCompany;
    // Bounded parts on a bounded line: a signature line may be one enormous word, tried from every position.
    const email = line.includes('@') ? SIGNATURE_EMAIL.exec(line.slice(0, 1000))?.[0] : undefined;
    if (email) parts.email ??= email.toLowerCase();
    const pieces = signaturePieces(line);
    const first = pieces[0]?.trim() ?? '';
    const wasTeamAbove = teamAbove;
    teamAbove = pieces.length === 1 && (isTeamPhrase(first) || PROGRAMME_TEAM.test(first));
    const inTown = pieces.length === 2 && line.includes(',') && TOWN.test(pieces[1]?.trim() ?? '');
    // "The Fitzwilliam Museum, University of Cambridge": an institution, then the one it belongs to.
    const withParent =
      pieces.length === 2 &&
      line.includes(',') &&
      ORGANISATION_WORD.test(pieces[1] ?? '') &&
      ORGANISATION_LINE.test(pieces[1]?.trim() ?? '');
    const alone =
      (pieces.length === 1 || inTown || withParent) &&
      ORGANISATION_LINE.test(first) &&
      !JOB_PORTAL.test(first) &&
      (!JOB_TITLE_WORDS.test(first) || FIRM_OF_PARTNERS.test(first));
    // Under a team's line a name is the organisation's ("Resourcing Team" / "Nationwide Building Society").
    if (wasTeamAbove && alone) {
      parts.company ??= tidyCompany(first);
      continue;
    }
    if (!parts.person && !TEAM_NAME.test(line) && looksLikePerson(first)) {
      parts.person = first;
      continue;
    }
    if (parts.person && pieces.length >= 2 && JOB_TITLE_WORDS.test(first) && !FIRM_OF_PARTNERS.test(first)) {
      titled ??= tidyBrand(pieces[pieces.length - 1]?.trim());
      title ||= first;
    }
    // An organisation's name alone on a line under the person ("Brightline Health"), or closing a block that
    // signs for a department ("Expository Writing Program" / "New York University").
    else if ((parts.person || at === last) && alone && !looksLikePerson(first) && !isTeamPhrase(first)) {
      const name = tidyCompany(first);
      // "Head of Department, Sociology" / "Lancaster University": the institution's own line outranks the unit
      // after a title.
      if (titled && name && ORGANISATION_WORD.test(name) && !parts.company) parts.company = name;
      else parts.company ??= titled ?? name;
      titled = undefined;
    }
  }
  if (!parts.company && titled) {
    parts.company = titled;
    // A recruiter signs with the company; a manager often with the ward, lab or office they run.
    parts.unit = MANAGER_TITLE.test(title) && !STAFFING_TITLE.test(title) && !ORGANISATION_WORD.test(titled);
  }
  return parts;
}

export { TEAM_NAME };
