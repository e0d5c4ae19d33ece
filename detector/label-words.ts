/**
 * Splits an address label that glues a name together ("bensonroofing", "ridleyandcoaccountants") into the words a
 * person would read. Words come from the message itself (the sender's own name, names it writes) and from a short
 * list of words that businesses put in their names; what neither knows stays one word ("kitesurf").
 */

/** Words small businesses and institutions glue into their domains, folded as addresses write them (no accents). */
const BUSINESS_WORDS = new Map<string, string>(
  [
    'academy|accountants|accounting|adventures|advisors|advisory|agency|analytics|apartments|architects|arts|art',
    'associates|auto|autos|bakery|bank|bar|barbers|beauty|bike|bikes|bistro|books|bookshop|bookstore|brewery',
    'brewing|bridal|brides|builders|building|cafe|capital|care|catering|centre|center|charity|clinic|clothing',
    'coffee|college|community|construction|consultants|consulting|creative|credit|dental|dentistry|dentists|design',
    'designs|digital|distillery|electrical|electric|energy|engineering|estates|events|fabrication|family|farm',
    'farms|fashion|finance|financial|fitness|flooring|florist|flowers|foods|foundation|freight|furniture|gallery',
    'games|garage|garden|gardens|group|hair|hardware|haulage|health|healthcare|holdings|home|homes|hospitality',
    'hospital|hotel|hotels|house|institute|insurance|interiors|investments|jewellery|joinery|kitchen|kitchens',
    'labs|landscaping|law|lawyers|learning|legal|living|logistics|management|manufacturing|marketing|media',
    'medical|motors|museum|music|nursery|nursing|optometry|painting|partners|pets|pharma|pharmacy|photography',
    'physio|plumbing|print|printing|property|properties|realty|recruitment|removals|research|resorts|restaurant',
    'retail|roofing|salon|school|sciences|security|senior|services|software|solicitors|solutions|spa|sports',
    'staffing|state|storage|studio|studios|supplies|surveyors|systems|tax|tech|technologies|textiles|theatre',
    'tours|training|transport|travel|trekking|trust|tyres|university|vets|veterinary|ventures|wealth|wines|wine',
    'works|workshop|yoga|shop|translations|translation|cleaning|carpentry|electricians|engineers|garages',
    'transit|district|council|county|borough|regional|commission|hospice|festival|authority|merchants|clinics|deli',
    'heating|bakers|butchers|grocers|opticians|chemist|goods|outlets|supply|service',
    'consult|consultancy|consultores|ltd|inc|llc|plc|gmbh|corp|environmental|industries|industrial|association|housing|society|polymers|plastics|chemicals|bio|biotech',
    'nurseries|club|fc|afc|cruises|trains|railway|buses|coaches|libraries|museums|collections|kitchens',
    'company|companhia|compania|compagnie',
    'abogados|advogados|avocats|advocaten|rechtsanwaelte|notaires|notarios|steuerberater|wirtschaftsprufer|attorneys',
    'biosciences|therapeutics|pharmaceuticals|kliniken',
    'versicherungen|versicherung|assurances|seguros|verzekeringen|hoteis|hoteles|vinhos|bodegas|servicios|servicos',
    // Compounds of other languages that would otherwise split at an English word ("hoge school").
    'hogeschool|ziekenhuis|gemeente|universiteit|zorggroep|klinikum|krankenhaus|sparkasse|volksbank|hochschule',
    'clinica|farmacia|farmacias|grupo|livraria|restaurante|tischlerei|baeckerei|kanzlei|praxis|autohaus|bouw|zorg',
    // Small businesses of other languages, which their owners' domains open with ("padariaestrela").
    'padaria|panaderia|confeitaria|pasteleria|cafeteria|libreria|ferreteria|peluqueria|carniceria|pousada|quinta',
    'oficina|taller|tienda|loja|mercado|academia|escola|escuela|colegio|inmobiliaria|imobiliaria|consultoria',
    'asesoria|gestoria|despacho|estudio|bakkerij|slagerij|kapsalon|apotheek|tandarts|praktijk|boulangerie',
    'patisserie|pharmacie|boucherie|atelier|metzgerei|friseur|zahnarzt|pflegedienst|pflege|kita|brasserie',
    'contable|contables|contabilidad|contabil|contabilidade|contadores',
    'distribution|distributors|distributor|wholesale|trading|imports|bros|brothers|sons|sisters',
    // Trades that end a company's name in the six languages ("Halvard Home Furnishings", "Essência Bahia Cosméticos").
    'packaging|furnishings|jewellers|jewelers|juweliers|juwelier|joyeria|joalharia|bijouterie|cosmetics|cosmeticos',
    'cosmetiques|kosmetik|cosmetica|asociados|associados|associes|geassocieerden|elektrotechnik|installatietechniek',
    'haustechnik|verpackung|verpakkingen|embalagens|envases|emballages|traiteur|apparel|textil|textiles',
    'laboratories|laboratory|laboratoire|laboratoires|laboratorio|laboratorios|laboratorium',
  ]
    .join('|')
    .split('|')
    .map((word) => [word, word[0]?.toUpperCase() + word.slice(1)] as [string, string]),
);
/** Words written otherwise than their letters: "&", "Co", "Children's". */
const WRITTEN_OTHERWISE: [string, string][] = [
  ['and', '&'],
  ['co', 'Co'],
  ['childrens', "Children's"],
  ['womens', "Women's"],
];
for (const [word, written] of WRITTEN_OTHERWISE) BUSINESS_WORDS.set(word, written);

/** Whether a folded word is one businesses put in their names ("partners", "retail", "hospital"). */
export const isBusinessWord = (word: string) => BUSINESS_WORDS.has(word) && word !== 'and';

/**
 * Small words that join a name's parts in the languages we read ("studiovanleeuwen" is Studio van Leeuwen,
 * "cafeelmolino" Cafe El Molino): articles are written with a capital, prepositions without.
 */
const CONNECTORS = new Map<string, string>([
  ...'de|del|da|do|dos|das|van|von|der|den|du|des|di'.split('|').map((word) => [word, word]),
  ...'el|la|los|las|le|les|het'.split('|').map((word) => [word, word[0]?.toUpperCase() + word.slice(1)]),
] as [string, string][]);

/** A word costs one; letters no list knows cost more the more of them there are, so known words are preferred. */
const unknownCost = (length: number) => 2 + length / 3;
/**
 * "and" alone is cheap to find inside names ("highlandcare"): it has to earn its place. A legal form ends a
 * name whatever comes before it ("auroraltd").
 */
const LEGAL_WORD = /^(?:ltd|inc|llc|plc|gmbh|corp)$/;
const wordCost = (word: string) => (word === 'and' ? 1.5 : LEGAL_WORD.test(word) ? 0.5 : 1);
const LONGEST_WORD = 24;
const CONNECTOR_COST = 0.5;

/** Offers a connector and the known word after it as one piece ("van Leeuwen"). */
function offerAfterConnector(
  label: string,
  from: number,
  connector: string,
  cost: number,
  start: number,
  known: ReadonlyMap<string, string>,
  offer: (end: number, step: Step) => void,
): void {
  for (let end = from + 3; end <= Math.min(label.length, from + LONGEST_WORD); end++) {
    const word = label.slice(from, end);
    const written = known.get(word) ?? BUSINESS_WORDS.get(word);
    if (written)
      offer(end, {
        cost: cost + CONNECTOR_COST + wordCost(word),
        from: start,
        piece: `${connector} ${written}`,
      });
  }
}
const MAX_UNKNOWN = 12;

interface Step {
  cost: number;
  from: number;
  piece: string;
}

/** Short words that open a domain before a trade's word ("thehotel", "myhealth"), never initials. */
const SHORT_WORD = /^(?:the|my|our|get|new|top|big|pro|go)$/;

/**
 * "abchealth" is ABC Health: two or three letters no word list knows, then one trade's word long enough not to
 * end an ordinary word ("initech" is no "INI Tech").
 */
function initialsBeforeTrade(label: string, known: ReadonlyMap<string, string>): string[] | undefined {
  for (const at of [2, 3]) {
    const trade = label.length - at >= 5 ? BUSINESS_WORDS.get(label.slice(at)) : undefined;
    const lead = label.slice(0, at);
    if (
      trade &&
      !known.has(lead) &&
      !BUSINESS_WORDS.has(lead) &&
      !CONNECTORS.has(lead) &&
      !SHORT_WORD.test(lead)
    )
      return [lead.toUpperCase(), trade];
  }
  return undefined;
}

/**
 * The cheapest reading of `label` (lower-case letters) as words. `known` maps folded words to how the message
 * writes them; a possessive "s" may follow one of them ("oneillsbar" is O'Neill's Bar). Returns undefined when
 * the label reads best as a single word.
 */
export function splitLabel(
  label: string,
  known: ReadonlyMap<string, string> = new Map(),
): string[] | undefined {
  if (!/^[a-z]{6,63}$/.test(label)) return undefined;
  const initials = initialsBeforeTrade(label, known);
  if (initials) return initials;
  const best: (Step | undefined)[] = [{ cost: 0, from: -1, piece: '' }];
  const offer = (end: number, step: Step) => {
    const current = best[end];
    if (!current || step.cost < current.cost) best[end] = step;
  };
  for (let start = 0; start < label.length; start++) {
    const here = best[start];
    if (!here) continue;
    for (let end = start + 1; end <= Math.min(label.length, start + LONGEST_WORD); end++) {
      const word = label.slice(start, end);
      const written = known.get(word) ?? BUSINESS_WORDS.get(word);
      if (written && (word.length >= 3 || word === 'co'))
        offer(end, { cost: here.cost + wordCost(word), from: start, piece: written });
      // A connector only between words known as such: "delivery" is no "del Ivery", "kestrelbank" no "Kestr
      // El Bank".
      const connector = start > 0 && here.piece ? CONNECTORS.get(word) : undefined;
      if (connector) offerAfterConnector(label, end, connector, here.cost, start, known, offer);
      if (word === 's' && known.has(label.slice(here.from, start)))
        offer(end, { cost: here.cost + 0.5, from: start, piece: "'s" });
      // An unknown piece is a name of its own ("bayou", "kitesurf"): not a stub, and not most of a long label.
      if (word.length >= 4 && (word.length <= MAX_UNKNOWN || word.length === label.length))
        offer(end, { cost: here.cost + unknownCost(word.length), from: start, piece: '' });
    }
  }
  if (!best[label.length]) return undefined;
  const pieces: string[] = [];
  for (let end = label.length; end > 0; ) {
    const step = best[end] as Step;
    const letters = label.slice(step.from, end);
    pieces.unshift(step.piece || letters[0]?.toUpperCase() + letters.slice(1));
    end = step.from;
  }
  const words = pieces.reduce<string[]>((out, piece, at) => {
    // An "s" that ends the label makes a plural ("ashgroveeconomics"): a possessive has a noun after it.
    if (piece === "'s" && out.length) out[out.length - 1] += at === pieces.length - 1 ? 's' : piece;
    else out.push(piece);
    return out;
  }, []);
  return words.length > 1 ? words : undefined;
}
