/**
 * Company names: how they are written in running text, how they are recovered from addresses and links, and
 * which capitalised words only look like one.
 */

import { splitLabel } from './label-words';
import { DIGIT, isLetterOrDigit, LETTER, LETTER_OR_DIGIT, LOWER, UPPER } from './letters';
import { rememberingAnswers } from './per-message';

/** "St. Brigid's", "Mt. Sinai": an abbreviation whose dot does not end the name. */
const SAINT = `(?:St|Ste|Mt|Ft)\\.(?=[ \\t][${UPPER}])`;

/** How every {@link NAME} begins: a capital or a digit, or a small letter before a capital ("eBay"). */
export const NAME_START = `(?:[${UPPER}${DIGIT}]|[${LOWER}](?=[${UPPER}]))`;

/** A capitalised name of up to five words ("Acme", "Bank of Nova", "Smith & Jones", "eBay", "J.P. Morgan"). */
export const NAME = `((?:(?:[${UPPER}]\\.){2,3}(?=[ \\t][${UPPER}])|${SAINT}|${NAME_START}[${LETTER_OR_DIGIT}&'’+-]*(?:\\.[${LETTER_OR_DIGIT}]+)*)(?:[ \\t](?:&[ \\t]?)?(?:${SAINT}|[${UPPER}${DIGIT}][${LETTER_OR_DIGIT}&'’+-]*(?:\\.[${LETTER_OR_DIGIT}]+)*|(?:of|and|de|del|du|des|la|le|los|las|der|die|das|für|for|y|e|da|do|dos|van|von|the)(?=[ \\t][${UPPER}${DIGIT}]))){0,4})`;

/** A set of words written `|`-separated, a few to a line: one quoted string per word weighs more in the bundle. */
const wordSet = (...lines: string[]) => new Set(lines.join('|').split('|'));

/** Words that end a sender's or a team's name without being part of the company's. */
const GENERIC_TAIL = wordSet(
  'team|teams|talent|acquisition|careers|career|recruiting|recruitment|recruiter|recruiters|hr|hiring',
  'jobs|job|people|operations|ops|notifications|no-reply|noreply|mail|family|human|resources',
  'resourcing|staffing|talento|talentos|recrutement|recrutamento|reclutamiento|seleccion|selección|rh|rrhh',
  'personal|personalabteilung|werving|gente|afdeling|abteilung|karriere|carreiras|carrières|carrieres|carreras|empleo|emploi|attraction',
  'atração|atracao|atracción|atraccion|personalamt|personalstelle|personalservice|personalwesen|personalmanagement',
  'bewerbermanagement|bewerbungsmanagement|personalgewinnung|internal|p&o|department|staff|personas|pessoas',
  'unit|departamento|departement|personeelszaken|personeelsdienst|committee|panel|opportunity|opportunities',
  // Teams that write to applicants for one kind of work: "DeliverNow Fleet", "Aerlinea Cabin Crew".
  'fleet|crew|crewing|newsroom|vetting|freelance|charity',
  // Mailboxes that collect applications: "applicants@", "vagas@", "bewerber@".
  'applicants|candidates|candidats|candidatos|bewerber|sollicitanten|vagas|vacatures|empleos',
);

/** Departments that name a team inside the company ("Acme Engineering Recruiting"). */
const DEPARTMENT = wordSet(
  'engineering|product|design|marketing|sales|finance|operations|research|data|technology|tech|legal',
  'driver|drivers|nursing|clinical|corporate|campus|graduate|store|field|experienced',
  'student|students|early|graduates|emerging|apprenticeships|internships|cabin|driver|drivers',
  'candidate|applicant',
);

/** Divisions a company's tracking-system account may add to its name ("Pennant & Lowe Retail"). */
const DIVISION = new Set(['it', 'digital', 'retail']);

/**
 * "Fietsfabriek Digital" at fietsfabriek.homerun.co: a department after the name a tracking system's sub-domain
 * spells is a team of that company. A company's own domain may leave out a trade word that is part of its name
 * ("Straits Marine Engineering" at straitsmarine.com), so only the sub-domain tells.
 */
export function withoutDepartment(name: string, slug: string): string {
  const words = name.split(/\s+/);
  for (let end = words.length - 1; end >= 1 && slug; end--) {
    const rest = words.slice(end).map((word) => word.toLowerCase());
    if (!rest.every((word) => DEPARTMENT.has(word) || DIVISION.has(word))) break;
    if (foldName(words.slice(0, end).join(' ')) === slug) return words.slice(0, end).join(' ');
  }
  return name;
}

/** Whether a word after a name names a team or a department of the company rather than more of its name. */
export const namesTeam = (word: string) => {
  const lower = word.toLowerCase();
  return GENERIC_TAIL.has(lower) || DEPARTMENT.has(lower) || DIVISION.has(lower);
};

/** Capitalised words that start sentences or name things other than employers. */
const NOT_A_COMPANY = wordSet(
  'the|this|that|these|those|we|our|us|you|your|i|it|its|they|there|here',
  'unfortunately|thank|thanks|dear|hi|hello|hey|best|regards|please',
  // Thanks that open a sentence in the other languages we read ("Agradecemos o seu interesse").
  'agradeço|agradecemos|agradecemos-lhe|obrigado|obrigada|gracias|merci|danke|bedankt|dank',
  "employer|l'employeur|l’employeur|employeur|arbeitgeber|der arbeitgeber|empleador|el empleador|empregador|o empregador|werkgever|de werkgever",
  'after|as|at|in|on|for|with|present|time|this time|all|any|each|every|some|least|moment|once|again|today',
  // Adverbs that open a sentence in the languages we read ("Derzeit haben wir…", "Actuellement nous…").
  'currently|presently|derzeit|aktuell|momentan|zurzeit|gegenwärtig|leider|actuellement|malheureusement|actualmente|lamentablemente|desafortunadamente|momenteel|helaas|atualmente|infelizmente|neste momento',
  'monday|tuesday|wednesday|thursday|friday|saturday|sunday',
  'january|february|march|april|may|june|july|august|september|october|november|december',
  'email|e-mail|mail|gmail|recruiter|recruiting|hiring|talent|team|hr|careers|jobs|job|position|role',
  // Job nouns of the other languages we read: "Interesse an der Stelle" names the job, not its employer.
  'stelle|poste|puesto|vacante|vaga|functie|vacature|vacancy|opening',
  'application|applications|candidate|candidates|interview|interviews|company|remote',
  // The papers an applicant sends: "Re: CV – Marketing Executive".
  'cv|resume|résumé|lebenslauf',
  'senior|junior|graduate|principal|lead|head|chief|unit|selection|search|appointment|appointments',
  'usa|us|uk|eu|europe|london|berlin|paris|new york',
  // Sales regions a title ends on ("Marketing Manager, EMEA").
  'emea|apac|latam|amer|dach|benelux|nordics|anz',
  'engineering|product|design|marketing|sales|finance|operations|legal|research|data|technology|support|people|human resources',
  "l'équipe|équipe|equipo|equipe|el equipo|het team|personalabteilung|recrutement|recursos humanos|personal",
  'ihre|ihr|sie|wir|uns|votre|nous|vous|su|tu|nosotros|uw|wij|jouw|sua|nós',
  'ze|zij|hij|ils|elles|ellos|ellas|eles|elas|he|she|er',
);

/** Job titles and units that stand alone after a team's words ("Talent Acquisition Specialist", "HR Officer"). */
const TITLE_ALONE = wordSet(
  'specialist|officer|manager|coordinator|assistant|advisor|adviser|associate|consultant|director|analyst',
  'administrator|admin|generalist|partner|lead|executive|early|campus|university|college|school|hospital',
  // The same titles in the other languages we read, left alone when a signature's team word is tidied away.
  'responsable|chargé|chargée|directeur|directrice|gerente|jefe|jefa|director|directora|diretor|diretora',
  'coordinador|coordinadora|coordenador|coordenadora|leiter|leiterin|referent|referentin|adviseur|medewerker',
  'clinic|practice|firm|business|organisation|organization|agency|group|bank|council|trust|foundation',
  'institute|institut|instituut|instituto|faculty|faculteit|fakultät|faculté|facultad|faculdade',
  // Words that open a sentence or sign for a unit ("Many thanks", "District HR", "Recruitment Services").
  'many|much|most|services|service|district|region|division|dezernat|referat|sachgebiet|direção|direction|dirección|directie|management',
  'hartelijk|nogmaals|alvast|herzlich|nochmals|vielmals|muito|muchas|mille|again|once|sincerely|truly|warmly',
);

/** Words that open a sentence and stand alone, never a name: "Es hat uns gefreut", "Il est", "Het is". */
const LONE_WORD = wordSet(
  'es|il|elle|on|ce|cela|het|dit|dat|das|dies|man|hier|eso|esto|isso|isto|ele|ela|wij',
);

/** A person at the company, after its possessive: "Rivermark's CEO", "Acme's hiring manager". */
const POSSESSED_PERSON =
  /['’]s\s+(?:ceo|cfo|coo|cto|md|founders?|owners?|board|president|chair|hiring\s+manager|recruiters?|hr|head\s+of\s+\S+|director|manager)$/i;

/** A street address is no name: "14 Parliament Street", "12, rue de l'Industrie", "Rua das Flores". */
const STREET =
  /^(?:\d+[a-z]?,?\s+(?:\S+\s+){0,3}(?:street|st|road|rd|avenue|ave|lane|drive|place|square|quay|straße|strasse|str|weg|laan|straat|plein|gracht|platz|allee)\.?|(?:\d+[a-z]?,?\s+)?(?:rue|avenue|boulevard|calle|avenida|rua|travessa|praça|plaza|paseo|carrer)\s+(?:de|du|des|del|da|do|dos|das|la|l['’]|d['’])\b.*)$/i;

/** Legal forms that people leave out when they name the company ("Polvex Sp. z o.o.", "Baltic Trading OÜ"). */
const FOREIGN_LEGAL_FORM =
  /\s+(?:Sp\.?\s?z\s?o\.?\s?o\.?|OÜ|Oy|Oyj|ApS|A\/S|AS|ASA|S\.p\.A\.?|SpA|S\.r\.l\.?|Ltda\.?|Lda\.?|S\/A|EIRELI|Kft\.?|s\.r\.o\.?|d\.o\.o\.?|Zrt\.?|B\.V\.?|N\.V\.?|Pty\.?(?:\s+Ltd\.?)?)$/;

/** Job boards and tracking systems, never the employer, though a name may start with one ("Ashby & Reid"). */
const PLATFORM_NAME = wordSet(
  'linkedin|indeed|glassdoor|greenhouse|lever|workday|ashby|smartrecruiters|icims|workable|successfactors|jobvite',
  'taleo|ziprecruiter|xing|stepstone|monster|otta|wellfound',
  'softgarden|personio|recruitee|teamtailor|gupy|kenoby|concludis|bizneo|flatchr|dvinci|jazzhr|bamboohr',
);

/** Words that head an agency's or a system's subject line ("Absage", "Feedback"), never a name of their own. */
const HEADING_WORDS =
  'absage|zusage|rückmeldung|bewerbung|candidature|candidatura|sollicitatie|réponse|respuesta|retorno|update|outcome|status|feedback|decision|terugkoppeling|retour';

/** Words that open a sentence or a subject line in capitals, though names may begin with them ("Just Eat"). */
const OPENER = wordSet(
  'just|also|sadly|regrettably|however|although|while|since|following|given|having|now|so|but|and|if',
  'pero|sin embargo|aber|mais|maar|mas|porém|entonces|donc|dus|daher',
  'allerdings|jedoch|deshalb|deswegen|trotzdem|dennoch|zudem|außerdem|bedauerlicherweise|hierbij|daarom|echter',
  'toutefois|cependant|néanmoins|desafortunadamente|lamentavelmente|contudo|entretanto|todavia|no obstante',
  'ik|je|helaas|na|nach|leider|après|malheureusement|tras|lamentablemente|después|após|depois|infelizmente',
  'store|shop|office|branch|site|location|greetings|service|le service|servicio|el servicio|serviço|o serviço',
  HEADING_WORDS,
  'reminder|important|confirmation|thank you',
);

const HEADING = wordSet(HEADING_WORDS);

/** "Feedback BMW", "Terugkoppeling Bol": a subject's heading word before the name it is about. */
function withoutHeading(name: string): string {
  const space = name.indexOf(' ');
  const rest = name.slice(space + 1);
  return space > 0 && HEADING.has(name.slice(0, space).toLowerCase()) && STARTS_LIKE_A_NAME.test(rest)
    ? rest
    : name;
}

/** Words that only open a team's name ("Recruiter ASML", "Equipo de Talento BBVA"): the rest is the company. */
export const LEADING_TEAM =
  /^(?:(?:team|equipo|equipe|équipe|equipa|time|talent|talento|talentos|acquisition|recruiting|recruitment|recruiter|recrutement|recrutamento|reclutamiento|selección|seleccion|personalabteilung|karriere|rh|hr|rrhh|human|resources|recursos|humanos|gente|gestão|gestión|gestion|programa|programme|program|jobs|careers|service|servicio|serviço|dienst|afdeling|abteilung|de|do|da|of|&)\s+)*?(?:talent|talento|talentos|acquisition|atração|atracción|attraction|recruiting|recruitment|recruiter|recrutement|recrutamento|reclutamiento|selección|seleccion|seleção|selecao|personalabteilung|bewerbermanagement|bewerbungsmanagement|karriere|rh|hr|hrm|rrhh|resources|humanos|humano|humana|gente|gestão|jobs|careers|estágio|estagio|estágios|prácticas|practicas|internships?|stages?|werving|selectie|personeelszaken|personeelsdienst|sollicitatie|sollicitaties|berufungsbüro|personalbüro|personalgewinnung|personalservice|personaldienst|personalmanagement|personalwesen|personalamt|personalverwaltung|personalstelle|drh|drhm|srh|grh|p&o|pessoas|personas)\s+(?:(?:de|do|da|of|at|@|bei|chez|bij|&|en|y|e|gestão|acquisition|humano|humana|humanos|personal|pessoal|pessoas|personas|personnel|selectie|seleção|selecao|selección|seleccion|sélection|selection)\s+)*(?=\p{Lu}|\p{N})/iu;

/** Countries and regions after a name mark a branch of the company ("Capgemini India", "KPMG UK"). */
const REGION_TAIL =
  /\s+(?:(UK|US|USA|EMEA|APAC|DACH|LATAM|Benelux|Nordics)|India|Deutschland|Germany|France|España|Spain|Nederland|Netherlands|Brasil|Brazil|Portugal|Ireland|Australia|Canada|Schweiz|Suisse|Österreich|Belgium|Belgique|België|Belgien|Italia|México|Mexico|Chile|Colombia)(?:\s+(?:AG|GmbH|SE|SA|SAS|SL|BV|NV|Ltd|Limited|Inc|LLC|plc))?$/;

const CONNECTOR_TAIL = /(?:\s+(?:of|and|de|du|des|la|le|der|die|das|für|y|e|van|von|the|do|da|dos|del|&))+$/i;

/** Names start with a capital or a digit, or with one small letter before a capital ("eBay"). */
const STARTS_LIKE_A_NAME = new RegExp(`^(?:[${UPPER}${DIGIT}]|[${LOWER}][${UPPER}])`);

/** A phone number or a reference is no name. */
const HAS_LETTER = new RegExp(`[${LETTER}]`);
/** A signature's phone line, its letters only a label: "T 212-555-0142", "Tel. +44 20 7946 0000". */
const PHONE_LINE = /^[A-Za-z]{1,5}\.?:?[ \t]*\+?\(?\d[\d \t()./-]{5,}$/;
/** An address's last words: a British postcode ("Leeds LS1 4AB") or a state and ZIP code ("MA 02139"). */
const POSTAL_CODE = /\s[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}$|(?:^|\s)[A-Z]{2}\s\d{5}(?:-\d{4})?$/;

/** A library or a doctoral school inside a university writes for it; a university press is an employer of its own. */
const UNIVERSITY_UNIT =
  /\b(University|Universität|Université|Universidad|Universidade|Universiteit)\s+(?:Library|Libraries|Doctoral College|Doctoral School|Graduate School)$/;

/** Ontario's school boards sign with an acronym ("Maple Ridge DSB") and are known by the words it stands for. */
const SCHOOL_BOARD = /\s(C?)DSB$/;

const READER_WORD = /^(?:your|ihre|ihrer|ihren|ihrem|deine|deiner|deinen|votre|uw|jouw|sua|seu|tua|teu)$/i;
const CONNECTOR = '(?:de|des|du|da|do|del|von|van|of|at|bei|chez|der)\\s+';
const STAFF_WORDS =
  '(?:personal|personnel|pessoal|pessoas|personas|recursos humanos|ressources humaines|human resources|rh|rrhh|hr|selección|seleção|recrutement|recrutamento|reclutamiento)\\s+';
/**
 * A team or a department before the company's name; a direction or a service only with the staff it manages
 * ("Direction des Ressources Humaines Ville de Lyon", but "Service Corporation International" and "Department
 * of Veterans Affairs" stay whole).
 */
const TEAM_OF = new RegExp(
  `^(?:(?:(?:people\\s+|hr-?)?team|[ée]quip[oae]|l['’]équipe)\\s+(?:${CONNECTOR})?(?:${STAFF_WORDS})?|(?:department|departamento|département|abteilung|afdeling)\\s+(?:(?:${CONNECTOR})?${STAFF_WORDS})?|(?:direction|dirección|direção|direcção|servicio|service|serviço|gerencia|área)\\s+(?:${CONNECTOR})?(?:(?:la|los|las)\\s+)?${STAFF_WORDS})`,
  'iu',
);
const STARTS_CAPITALISED = /^[\p{Lu}\p{N}]/u;
/** A committee that selects for the employer, in the languages we read: it signs for a job, not a company. */
const SEARCH_COMMITTEE =
  /\b(?:search|selection|hiring|appointments?)\s+(?:committee|panel)$|^(?:comissão|comisión|commission|comité|comitê|commissie)\s+(?:de\s+)?(?:seleção|selección|sélection|selectie|recrutement|contratación|avaliação)$|(?:auswahl|berufungs|findungs|selectie|sollicitatie|benoemings)(?:kommission|commissie)$/i;

/** A staff department written after the name: "Hospital Clínic Selección de Personal", "Câmara X Recursos Humanos". */
const STAFF_TAIL =
  /\s+(?:(?:selección|seleccion|seleção|selecao|sélection|selectie|selection|servicio|service|serviço|direction|dirección|direção|departamento|département|department|afdeling|abteilung|área|gestión|gestão)\s+(?:(?:de|des|du|da|do|of|van)\s+)?(?:(?:la|los|las|les|the)\s+)?)?(?:personal|personnel|pessoal|ressources\s+humaines|recursos\s+humanos|human\s+resources|rh|rrhh|hr|personas|pessoas|gente|talento|talentos)$/i;

/** What joins a team's two words ("Werving & Selectie", "People and Culture"). */
const TEAM_JOIN = /^(?:&|and|und|et|en|y|e)$/i;

/** Tidies a captured name: trailing punctuation, possessives and team words go; undefined when nothing is left. */
export function tidyCompany(raw: string | undefined): string | undefined {
  return raw ? tidiedCompany(raw) : undefined;
}

const tidiedCompany = rememberingAnswers(tidyName);

/** A single word of plain letters ("We", "Acme"), which has nothing to strip: only what a name must be applies. */
const PLAIN_WORD = /^[A-Za-z]+$/;

function tidyName(raw: string): string | undefined {
  const whole = raw.trim();
  // "Dean of Students Search Committee" is named for the job it fills.
  if (SEARCH_COMMITTEE.test(whole)) return undefined;
  if (PLAIN_WORD.test(whole)) return checkedName(whole, [whole]);
  let name = withoutHeading(whole)
    .replace(/^(?:the|your|our|dein|deine|ihr|ihre|euer|votre|notre|jouw|seu|sua|nosso|nossa)\s+/i, '')
    .replace(LEADING_TEAM, '')
    // "Team Kiezkantine", "HR Team Pflegedienst Sonnenschein", "equipo de Lumbre", "Team at Fieldnote",
    // "Department Acme Foods": the team of the company named after it.
    .replace(TEAM_OF, (lead, _at, whole: string) =>
      STARTS_CAPITALISED.test(whole.slice(lead.length)) ? '' : lead,
    )
    // A board's heading: "Atualização da Distribuidora Mantiqueira", "Update from Acme".
    .replace(
      /^(?:update from|news from|atualização d[aeo]|actualización de|mise à jour de|neuigkeiten von|nieuws van)\s+/i,
      '',
    )
    // "Bar Restaurante El Rincón de Pepa": the kinds of business before a name with its article are not its words.
    .replace(
      /^(?:(?:bar|restaurante|restaurant|cafetería|café|cafe|hotel|hostal|taberna|brasserie|pizzería|pizzeria)\s+){2,3}(?=(?:el|la|los|las|le|les|o|a|os|as|het|de)\s+\p{Lu})/iu,
      '',
    )
    // "Nikki & the Acme Talent Team", "Jan & das Loopwerk Team": a person signing with the team.
    .replace(
      /^\p{Lu}[\p{L}'’-]+\s+(?:&|and|und|et|y|e|en)\s+(?:(?:the|das|die|der|le|la|el|het|de|o|a)\s+|l['’])(?=\p{Lu})/u,
      '',
    )
    .replace(POSSESSED_PERSON, '')
    .replace(/^[("'“‘]+|[)"'”’,:;!?]+$/g, '')
    // "Amazon.jobs": a careers site's name is the company's.
    .replace(/\.(?:jobs|careers)$/i, '')
    .replace(/['’]s$/, '')
    // "Castello Group Internal Mobility": the team that moves the company's own staff.
    .replace(/\s+internal\s+(?:mobility|moves|transfers)$/i, '')
    .replace(STAFF_TAIL, '')
    // "Parcelwise Driver Support" helps its applicants; "Macmillan Cancer Support" is a name.
    .replace(/\s+(?:driver|drivers|courier|rider|candidate|applicant)\s+support$/i, '')
    .replace(/\.+$/, (dots) =>
      /\b(?:inc|ltd|co|corp|llc|s\.a|b\.v|n\.v)$/i.test(whole.slice(0, -dots.length)) ? dots : '',
    )
    .trim();
  const words = name.split(/\s+/);
  // "Acme Engineering Hiring": once a team word goes, the department before it goes too.
  let trimmed = false;
  for (;;) {
    const last = (words[words.length - 1] ?? '').toLowerCase();
    // "UMC Utrecht Werving & Selectie", "Shoreline Grocers Careers & Leadership": a team's two words go together.
    const pair =
      words.length > 3 &&
      TEAM_JOIN.test(words[words.length - 2] ?? '') &&
      GENERIC_TAIL.has((words[words.length - 3] ?? '').toLowerCase());
    if (pair) words.splice(-2);
    else if (words.length <= 1 || !(GENERIC_TAIL.has(last) || (trimmed && DEPARTMENT.has(last)))) break;
    else words.pop();
    trimmed = true;
  }
  // "Cabin Crew Recruitment": a team's name all of whose words went leaves a department, not a company.
  if (trimmed && words.length === 1 && DEPARTMENT.has((words[0] ?? '').toLowerCase())) return undefined;
  name = words
    .join(' ')
    .replace(FOREIGN_LEGAL_FORM, '')
    .replace(CONNECTOR_TAIL, '')
    .replace(UNIVERSITY_UNIT, '$1')
    .trim();
  // "The Home Depot" is a name of its own; "The Acme Recruiting Team" only a team's.
  if (!trimmed && /^The\s+\S+\s+\S/.test(whole)) name = `The ${name}`;
  const region = REGION_TAIL.exec(name);
  // "Air India" stays whole: a country is only dropped after a name that stands on its own.
  if (region && !CONNECTOR_TAIL.test(name.slice(0, region.index)) && region.index >= (region[1] ? 2 : 5))
    name = name.slice(0, region.index);
  name = name.replace(SCHOOL_BOARD, (_, catholic: string) =>
    catholic ? ' Catholic District School Board' : ' District School Board',
  );
  return checkedName(name, words);
}

/** The tidied name, unless it is no name at all (a contraction, an article, a word that opens sentences…). */
function checkedName(name: string, words: string[]): string | undefined {
  // "We've", "They're": a contraction opens a sentence, never a name.
  if (/^\S+['’](?:ve|re|ll|d|m)\b|^\S+n['’]t\b/i.test(name)) return undefined;
  // "Le Service Recrutement" leaves an article, not a name.
  if (/^(?:le|la|les|el|los|las|het|de|die|der|das|o|os|a|as)$/i.test(name)) return undefined;
  if (
    name.length < 2 ||
    name.length > 60 ||
    !STARTS_LIKE_A_NAME.test(name) ||
    !HAS_LETTER.test(name) ||
    PHONE_LINE.test(name) ||
    POSTAL_CODE.test(name)
  )
    return undefined;
  const lower = name.toLowerCase();
  if (NOT_A_COMPANY.has(lower) || NOT_A_COMPANY.has((words[0] ?? '').toLowerCase())) return undefined;
  // "Statusänderung Ihrer Bewerbung": a heading addressed to the reader, not a name.
  if (words.slice(1).some((word) => READER_WORD.test(word))) return undefined;
  if (
    GENERIC_TAIL.has(lower) ||
    OPENER.has(lower) ||
    TITLE_ALONE.has(lower) ||
    PLATFORM_NAME.has(lower) ||
    LONE_WORD.has(lower) ||
    STREET.test(name)
  )
    return undefined;
  return name;
}

/**
 * Turns an address or URL label such as `acme-corp` into a readable name (`Acme Corp`); glued words are split
 * with the words the message knows (`bensonroofing` → `Benson Roofing`).
 */
export function labelToName(label: string, known?: ReadonlyMap<string, string>): string | undefined {
  const parts = label
    .replace(
      /^(?:careers?|jobs?|recruiting|talent|hr|apply|join|werkenbij|werken|sollicitatie|vacatures|karriere|stellen|empleo|emploi|carreiras)[-_.]|[-_.](?:careers?|jobs?|recruiting|talent|hr|werkt|karriere|empleo|emploi|carreiras)$/i,
      '',
    )
    .split(/[-_.]+/)
    .filter((w) => w && !/^\d+$/.test(w));
  if (!parts.length) return undefined;
  const words = parts.flatMap((part) =>
    part.length <= 3 && parts.length === 1
      ? [part.toUpperCase()]
      : // "kuehn-elektro" for a message that writes "Kühn".
        (splitLabel(part, known) ?? [known?.get(part) ?? part[0]?.toUpperCase() + part.slice(1)]),
  );
  return tidyCompany(words.join(' '));
}

const ASCII_ONLY = /^[\0-\x7f]*$/;

/** {@link foldName} in full passes, for any text: the definition the fast paths keep to. */
export function foldAnyName(name: string): string {
  return name
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Latin-1 and Latin Extended-A (every letter of the six languages) folded one character at a time. */
const LATIN_END = 0x180;
let latinFolds: string[] | undefined;

/**
 * A comparison key: lower case, letters and digits only, umlauts spelled out as in addresses (ü → ue). A message's
 * few names are compared many times over, so each key is worked out once.
 */
export const foldName = rememberingAnswers(readNameKey);

function readNameKey(name: string): string {
  // Most names are plain ASCII, where spelling out and stripping accents change nothing.
  if (ASCII_ONLY.test(name)) return name.toLowerCase().replace(/[^a-z\d]+/g, '');
  // Folding works character by character, so accented Latin names read each from a table instead of five passes.
  latinFolds ??= Array.from({ length: LATIN_END }, (_, code) => foldAnyName(String.fromCharCode(code)));
  let out = '';
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i);
    if (code >= LATIN_END) return foldAnyName(name);
    out += latinFolds[code];
  }
  return out;
}

/** Words a domain puts before the name it spells ("grupoalsa", "restaurantelatraviesa", "agenciatrampo"). */
const LABEL_PREFIX = wordSet(
  'the|my|get|join|team|grupo|group|groupe|agencia|agence|agency|restaurante|restaurant|hotel|cafe|bar|studio',
  'clinica|farmacia|casa|colegio|escola',
);
const LONGEST_LABEL_PREFIX = Math.max(...[...LABEL_PREFIX].map((word) => word.length));

/**
 * Whether a written name spells a domain's label: "Kettle & Crumb" at kettleandcrumb, "Randstad" at randstadusa
 * (a country code after it), "ALSA" at grupoalsa, "Müller Maschinenbau GmbH" at mueller-maschinenbau.
 */
export function spellsLabel(name: string, label: string): boolean {
  return labelSpelling(label).spelledBy(name);
}

export interface LabelSpelling {
  /** Whether `name` spells the label. */
  spelledBy(name: string): boolean;
  /**
   * Whether a name of the first few words of `text`, a {@link NAME} match, may spell the label. Such a match opens
   * on a letter or digit, which opens the fold of every name of its first words: most matches fail here, before
   * any of their names is made.
   */
  mayBeSpelledFrom(text: string): boolean;
}

/**
 * {@link spellsLabel} for one label, which a message tests against every name it writes: what depends on the
 * label alone is worked out once.
 */
export function labelSpelling(label: string): LabelSpelling {
  if (lastSpelling?.label !== label) lastSpelling = { label, spelling: readLabelSpelling(label) };
  return lastSpelling.spelling;
}

/** The last label {@link labelSpelling} read: a message tests its sender's address against several texts. */
let lastSpelling: { label: string; spelling: LabelSpelling } | undefined;

function readLabelSpelling(label: string): LabelSpelling {
  const key = foldName(label);
  if (key.length < 3) return { spelledBy: () => false, mayBeSpelledFrom: () => false };
  // "Tischlerei Eder" at eder-tischlerei: the address's words in another order.
  const parts = /[-_.]/.test(label) ? label.split(/[-_.]+/).sort() : [];
  const partsInOrder = parts.join(' ');
  const sameWords = (name: string) => {
    const words = name.split(/\s+/);
    return words.length === parts.length && words.map(foldName).sort().join(' ') === partsInOrder;
  };
  // A spelling begins with the label's first letter, or with the one after a word a domain puts before names.
  const starts = new Set([key.charAt(0)]);
  for (let at = 2; at < Math.min(key.length, LONGEST_LABEL_PREFIX + 1); at++)
    if (LABEL_PREFIX.has(key.slice(0, at))) starts.add(key.charAt(at));
  const opensSpelling = (first: string | undefined) => first === undefined || starts.has(first);
  // Names open on few different letters; each is folded once, an ASCII one to its small letter.
  const opensByLetter = new Map<string, boolean>();
  const letterOpens = (letter: string) => {
    const code = letter.charCodeAt(0);
    if (code < 0x80 && isLetterOrDigit(code)) return starts.has(letter.toLowerCase());
    const known = opensByLetter.get(letter);
    if (known !== undefined) return known;
    const opens = opensSpelling(foldName(letter)[0]);
    opensByLetter.set(letter, opens);
    return opens;
  };
  return {
    spelledBy(name) {
      if (parts.length >= 2 && sameWords(name)) return true;
      if (!hasSpellingMarks(name) && !opensSpelling(foldName(name.slice(0, 16))[0] ?? foldName(name)[0]))
        return false;
      // A longer name spells the label over more than its first word: "Politieagent" does not spell politie,
      // "Hafenkante Kaffeerösterei" spells hafenkante-kaffee.
      const first = foldName(name.split(/\s+/)[0]?.replace(/\.\p{L}{2,4}$/u, '') ?? '');
      const spellings = spellingsOf(name);
      if (first.length <= key.length && spellings.some((spelled) => spelled.startsWith(key))) return true;
      return spellings.some(
        (spelled) =>
          spelled.length >= 4 &&
          ((key.startsWith(spelled) && key.length - spelled.length <= 3) ||
            (key.endsWith(spelled) && LABEL_PREFIX.has(key.slice(0, -spelled.length)))),
      );
    },
    mayBeSpelledFrom(text) {
      if (letterOpens(text.charAt(0)) || hasSpellingMarks(text)) return true;
      // The words in another order: the first of them is one of the address's.
      if (parts.length < 2) return false;
      const words = text.split(/[ \t]+/);
      return words.length >= parts.length && parts.includes(foldName(words[0] ?? ''));
    },
  };
}

/** How an address may spell a name: "Kettle & Crumb" as kettleandcrumb, "Kanzlei Dr. Klein" as kanzlei-klein. */
function spellingsOf(text: string): string[] {
  // Each other spelling drops or spells out a mark that most names do not hold.
  const spellings = [foldName(text)];
  if (text.includes('&')) spellings.push(foldName(text.replace(/&/g, ' and ')));
  if (text.includes('.')) spellings.push(foldName(text.replace(/\b(?:Dr|Prof|Me)\.\s*/g, '')));
  // "Sinclair's Bookshop" at sinclairbooks: a possessive the address leaves out.
  if (text.includes("'") || text.includes('’')) spellings.push(foldName(text.replace(/['’]s\b/g, '')));
  // "Universität Kiel" at uni-kiel.de, "Université de Bourgogne-Est" at univ-bourgogne-est.fr.
  const university = UNIVERSITY.exec(text);
  if (university)
    for (const short of ['uni', 'univ']) spellings.push(short + foldName(text.slice(university[0].length)));
  return spellings;
}

/** A university's word and the connector after it, which addresses shorten to "uni" or "univ". */
const UNIVERSITY = /^(?:universit\S*|universidad|universidade)\s+(?:(?:of|de|do|da|di|del|du|van|der)\s+)?/i;

/** Marks that change how a name's spellings begin ("& Co", "Dr. Klein"). */
const SPELLING_MARKS = /&|\b(?:Dr|Prof|Me)\./;
/** {@link SPELLING_MARKS} in a name, which most names, holding neither "&" nor ".", are not searched for. */
const hasSpellingMarks = (name: string) =>
  (name.includes('&') || name.includes('.')) && SPELLING_MARKS.test(name);

const FREE_MAIL =
  /^(?:gmail|googlemail|outlook|hotmail|live|msn|yahoo|ymail|icloud|me|mac|aol|proton|protonmail|pm|gmx|web|yandex|zoho|mail|fastmail|hey|tutanota|t-online|libero|wanadoo|btinternet)$/i;
/** Internet providers whose mail is personal, though their `.com` domain is the company's own (verizon.com). */
const PROVIDER_MAIL = /^(?:orange|free|laposte|comcast|verizon|sfr|telenet|ziggo|kpnmail|bluewin)$/i;

/** Second-level suffixes under which the company's label sits one level further left. */
const SHARED_SUFFIX = /^(?:co|com|org|net|ac|gov|govt|gob|gouv|gv|edu|adv|ltd|plc)$/i;

/** Provinces and states that countries put under their top-level domain (Canada, Brazil, Australia). */
const REGION_LABEL =
  /^(?:qc|on|bc|ab|mb|ns|nb|sp|rj|mg|rs|pr|sc|ba|df|pe|ce|go|es|nsw|vic|qld|wa|sa|tas|act|nt)$/;

/** Domains under which public bodies each have their own sub-domain. */
const UMBRELLA_LABEL = /^(?:europa)$/;

/** The last domain {@link domainLabel} read, and its label: one message asks about its sender's a dozen times. */
let lastDomain: string | undefined;
let lastLabel: string | undefined;

/** The company label of a domain (`mail.acme.co.uk` → `acme`), or undefined for free mail. */
export function domainLabel(domain: string): string | undefined {
  if (domain !== lastDomain) {
    lastLabel = readDomainLabel(domain);
    lastDomain = domain;
  }
  return lastLabel;
}

function readDomainLabel(domain: string): string | undefined {
  // Reserved example domains (example.com, uni-kiel.example.de) stand in for a real top level: no one's name.
  const labels = domain
    .toLowerCase()
    .split('.')
    .filter((label) => label && !/^example(?:-\w+)?$/.test(label));
  if (labels.length < 2) return undefined;
  const tldAt = labels.length - 1;
  const at =
    labels.length >= 3 && SHARED_SUFFIX.test(labels[tldAt - 1] ?? '') && (labels[tldAt] ?? '').length === 2
      ? tldAt - 2
      : tldAt - 1;
  // "caisseboreale.qc.ca", "jundiai.sp.gov.br": a province or state sits between the name and the country.
  // "eu-lisa.europa.eu": an umbrella domain hosts each body under its own name.
  const label =
    at > 0 && (REGION_LABEL.test(labels[at] ?? '') || UMBRELLA_LABEL.test(labels[at] ?? ''))
      ? labels[at - 1]
      : labels[at];
  if (!label || FREE_MAIL.test(label)) return undefined;
  if (PROVIDER_MAIL.test(label) && labels[tldAt] !== 'com') return undefined;
  return label;
}

/** How a country's universities write the word their addresses shorten ("uni-kiel.de" is Universität Kiel). */
const UNIVERSITY_BY_COUNTRY: [RegExp, string][] = [
  [/^(?:de|at|ch)$/, 'Universität '],
  [/^(?:fr|be)$/, 'Université de '],
  [/^(?:es|mx|ar|cl|co|pe|uy)$/, 'Universidad de '],
  [/^(?:it)$/, 'Università di '],
  [/^(?:nl)$/, 'Universiteit '],
];

/** A name read from a university's address, its "Uni"/"Univ" written out as the country writes it. */
export function universityInFull(name: string | undefined, domain: string): string | undefined {
  // "laurentian-u.edu": a "U" after the name is English for its "University".
  if (name && /\S\s(?:U|Univ)$/.test(name)) return name.replace(/\s\S+$/, ' University');
  const short = name && /^Univ?\s+(?=\S)/.exec(name);
  const country = domain.toLowerCase().split('.').pop() ?? '';
  const word = UNIVERSITY_BY_COUNTRY.find(([pattern]) => pattern.test(country))?.[1];
  return short && word ? word + name.slice(short[0].length) : name;
}

/** Company slugs in ATS links and sub-domains (`acme.myworkdayjobs.com`, `jobs.lever.co/acme`). */
const ATS_LINKS: RegExp[] = [
  /\b([a-z0-9][a-z0-9-]{1,40})\.(?:wd\d+\.)?myworkdayjobs\.com/gi,
  /\b(?:jobs\.lever\.co|jobs\.ashbyhq\.com|(?:job-)?boards\.greenhouse\.io|apply\.workable\.com|jobs\.smartrecruiters\.com|careers\.smartrecruiters\.com)\/([A-Za-z0-9][A-Za-z0-9-]{1,40})/gi,
  /\b([a-z0-9][a-z0-9-]{1,40})\.(?:teamtailor\.com|recruitee\.com|bamboohr\.com|jobs\.personio\.(?:de|com)|breezy\.hr|applytojob\.com|workable\.com|successfactors\.(?:com|eu))/gi,
  /\bcareers?-([a-z0-9][a-z0-9-]{1,40})\.icims\.com/gi,
];
/**
 * A word every one of these links has: text without any is not searched, as each pattern tries every word of the
 * text as a slug.
 */
const ATS_HOST =
  /myworkdayjobs|lever|ashbyhq|greenhouse|workable|smartrecruiters|teamtailor|recruitee|bamboohr|personio|breezy|applytojob|successfactors|icims/i;

const ATS_LINK_NOISE =
  /^(?:www|jobs|careers|apply|boards|job-boards|app|api|embed|email|link|links|click|us|eu|career\d*|performancemanager\d*|hcm\d*|salesdemo\d*)$/i;

/**
 * Different names taken from links at most. Names are weighed against each other in pairs, so a page linking to
 * thousands of companies would cost seconds; a message about one application links to a few.
 */
export const MAX_LINK_NAMES = 20;

/** Company names in ATS links, every occurrence of the first {@link MAX_LINK_NAMES} different ones. */
export function companiesFromLinks(text: string): string[] {
  if (!ATS_HOST.test(text)) return [];
  const out: string[] = [];
  const different = new Set<string>();
  for (const pattern of ATS_LINKS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const slug = m[1] ?? '';
      if (ATS_LINK_NOISE.test(slug)) continue;
      const name = labelToName(slug);
      if (!name || (!different.has(name) && different.size >= MAX_LINK_NAMES)) continue;
      different.add(name);
      out.push(name);
    }
  }
  return out;
}
