import { rx, signal } from './build';
import { ENGLISH_JOB_WORDS, ENGLISH_TITLES } from './titles';
import type { PhraseSet } from './types';

/** Dutch: "helaas", "niet verder gaan met je sollicitatie", "gekozen voor een andere kandidaat". */
export const nl: PhraseSet = {
  lang: 'nl',
  markers:
    'het|een|van|je|jij|uw|jouw|wij|niet|voor|met|op|dat|helaas|bedankt|hebben|zijn|ons|naar|jou|wordt|ook|graag|wensen'.split(
      '|',
    ),
  rejection: [
    signal(
      'not-forward',
      0.8,
      rx`\bniet\s+(?!alle\b)(?:\S+\s+){0,3}?(?:verder\s+(?:te\s+)?(?:gaan|gegaan)(?!\s+dan\b)|(?:verder|door)\s+te\s+laten\s+gaan|door\s+te\s+gaan|doorgaan|voort\s+te\s+zetten|voortzetten|uit\s+te\s+nodigen|uitnodigen|uitgenodigd|voor\s+te\s+dragen|voordragen|voorgedragen|geselecteerd|gekozen|aangenomen|aannemen|meenemen|in\s+aanmerking|weerhouden|in\s+behandeling\s+(?:nemen|te\s+nemen)|verder\s+in\s+behandeling)|\bniet\s+(?:\S+\s+)?door\s+naar\b|\bniet\s+verder\b[^.;!?]{0,60}?\b(?:sollicitatie|procedure|kandidatuur|proces|jou|u|je)\b|\b(?:sollicitatie|jou|je|u)\b(?:(?!\b(?:als|indien|tenzij|of|dan|wanneer|mocht)\b)[^.;!?]){0,60}?\bniet\s+verder\b|\bniet\s+met\s+(?:je|jou|u|jouw\s+\w+|uw\s+\w+)\s+verder\b`,
    ),
    // Ending the procedure: "daarom stoppen we hier met de procedure", "je sollicitatieprocedure eindigt hier"; an
    // agency's "we kunnen je daarom nu niet plaatsen".
    signal(
      'not-forward',
      0.75,
      rx`\b(?:kunnen|kan|zullen)\s+(?:we\s+|wij\s+|ik\s+)?(?:je|jou|u)\s+(?:(?:daarom|helaas|nu|momenteel|dus|echter|ook|op\s+dit\s+moment|jammer\s+genoeg)\s+){0,3}niet\s+plaatsen\b|\b(?:stoppen|stopt|beëindigen|beëindigd|sluiten)\s+(?:\S+\s+){0,3}?(?:met\s+)?(?:de|je|jouw|uw|het|alle\s+(?:lopende\s+|openstaande\s+)?)\s*(?:sollicitatie(?:s|procedures?)?|procedure|proces|kandidatuur)\b(?!\s+(?:\S+\s+)?(?:op|per|vanaf)\s+\d)|\balle\s+(?:lopende\s+|openstaande\s+)?sollicitaties\s*,?\s*(?:waaronder|inclusief|ook)\s+(?:de\s+)?(?:jouwe|uwe|die\s+van\s+(?:jou|u)|jouw|uw)\b|\b(?:procedure|sollicitatie\w*)\s+(?:\S+\s+){0,3}?(?:stopt|eindigt|(?:is|wordt)\s+(?:\S+\s+)?beëindigd)\b`,
    ),
    signal(
      'others',
      0.8,
      rx`\bverder\s+(?:te\s+)?gaan\s+met\s+(?:andere\s+|een\s+andere\s+)?(?:kandida\w*|sollicitant\w*)|\bverder\s+te\s+gaan\s+met\s+(?:een\s+)?(?:kandida\w*|sollicitant\w*|iemand|persoon)\s+(?:die|met|anders)\b|\bgekozen\s+voor\s+(?:een\s+)?(?:kandida\w*|sollicitant\w*)\s+(?:met|die)\b|\bgekozen\s+voor\s+(?:een\s+)?(?:interne|andere)\s+(?:kandida\w*|sollicitant\w*|collega)\b|\b(?:kandida\w*|sollicitant\w*|profiel\w*)\b[^.;!?]{0,60}?\bbeter\s+(?:\S+\s+)?(?:aansl(?:uit|oten|oot)\w*|past|passen|pasten|matcht)|\b(?:gekozen|besloten|beslist|geselecteerd|voorkeur|verder)\b[^.;!?]{0,60}?\b(?:andere|een\s+andere)\s+(?:kandida\w*|sollicitant\w*|persoon|profiel\w*)|\b(?:andere|een\s+andere)\s+(?:kandida\w*|sollicitant\w*)\b[^.;!?]{0,60}?\b(?:gekozen|geselecteerd|voorkeur|beter|meer|aangenomen|aangesteld|benoemd|weerhouden|aangeworven)\b`,
    ),
    // The idiom for a no: "het gaat 'm niet worden", "jammer genoeg gaat het hem niet worden", "het wordt hem niet".
    signal(
      'not-selected',
      0.75,
      rx`\b(?:het\s+(?:gaat|wordt|is)|(?:gaat|wordt|is)\s+het)\s+(?:'m|hem)\s+(?:(?:helaas|dus|toch|jammer\s+genoeg|dit\s+keer|deze\s+keer)\s+)?niet\s*(?:worden|geworden|\.|,|$)`,
    ),
    // No job to give: "we kunnen je jammer genoeg geen job aanbieden", "wij kunnen u geen benoeming aanbieden".
    signal(
      'not-selected',
      0.75,
      rx`\bgeen\s+(?:\S+\s+){0,2}?(?:job|baan|functie|plaats|plek|aanstelling|benoeming|contract|arbeidsovereenkomst|aanbod|vast\s+contract)\s+(?:\S+\s+){0,3}?(?:aan\s*(?:te\s+)?bieden|aanbieden|geven|doen)\b`,
    ),
    // The choice fell on someone else, or a panel put another candidate forward.
    signal(
      'others',
      0.8,
      rx`\bkeuze\s+(?:\S+\s+){0,3}?gevallen\s+op\s+(?:een\s+)?(?:andere\s+)?(?:kandida\w*|sollicitant\w*|iemand|collega)|\b(?:een|andere|een\s+andere)\s+(?:kandida\w*|sollicitant\w*)\s+(?:\S+\s+)?voorgedragen\b|\b(?:ingevuld|vervuld|gekozen\s+voor)\s+(?:\S+\s+){0,2}?(?:met|door|voor)\s+iemand\b|\bintern\s+(?:kunnen\s+|gaan\s+)?(?:in\s+te\s+vullen|ingevuld|invullen|vervuld|te\s+vervullen)\b|\b(?:een\s+)?andere\s+(?:richting|weg)\s+(?:te\s+)?(?:kiezen|gekozen|ingeslagen|in\s+te\s+slaan|op\s+te\s+gaan)\b|\biemand\s+anders\s+(?:\S+\s+){0,2}?(?:aangenomen|gekozen|geselecteerd|aangesteld|gevonden)|\b(?:gekozen\s+voor|aangenomen|geselecteerd)\s+(?:\S+\s+){0,2}?iemand\s+anders\b|\bvoorkeur\s+(?:\S+\s+){0,2}?(?:gegeven|geven)\s+aan\s+(?:een\s+)?(?:andere\s+)?(?:kandida\w*|sollicitant\w*|iemand|profiel\w*)`,
    ),
    // Someone else named by what they have: "we gaan toch verder met iemand die al…", "ze kiezen voor een kandidaat
    // met meer ervaring", "we hebben inmiddels iemand gevonden voor de zaterdagen".
    signal(
      'others',
      0.8,
      rx`\b(?:gaan|gaat|ga)\s+(?:\S+\s+){0,2}?verder\s+met\s+(?:een\s+)?(?:andere\s+)?(?:kandida\w*|sollicitant\w*|iemand|persoon|profiel)\s+(?:die|met|anders|dat)\b|\b(?:gekozen|kiezen|kiest|kozen|koos)\s+(?:\S+\s+)?voor\s+(?:een\s+)?(?:kandida\w*|sollicitant\w*|profiel|iemand)\s+(?:met|die|anders)\b|\b(?:gekozen|kozen|koos)\s+(?:\S+\s+){0,2}?voor\s+(?:een|de)\s+(?:stagiair\w*|student\w*|collega|medewerker\w*|jongere|\w*kracht)\b[^.;!?]{0,60}?\b(?:die|met)\s+(?:\S+\s+){0,3}?(?:al|meer|wel|ruimere?|langer)\b|\b(?:hebben|heb|heeft)\s+(?:\S+\s+){0,2}?iemand\s+(?:anders\s+)?(?:gevonden|aangenomen|gekozen|geselecteerd)\b(?!\s+die\s+(?:je|jou|u)\b)`,
    ),
    // The post given or found: "de plek is vergeven aan iemand van de zaterdagploeg", "het mandaat toe te kennen
    // aan een andere kandidaat", "er is een geschikte kandidaat gevonden".
    signal(
      'others',
      0.8,
      rx`\b(?:vergeven|gegeven|aangeboden|toegekend|toe\s+te\s+kennen|toekennen|te\s+geven|aan\s+te\s+bieden)\s+aan\s+(?:iemand\s+(?:anders|uit|van|die\s+al)|een\s+(?:andere|interne)\s+\w+|een\s+collega)\b|\b(?:een|de)\s+(?:geschikte|passende|andere|goede)\s+(?:kandida\w*|sollicitant\w*|kracht|persoon|medewerker\w*|collega)\s+(?:\S+\s+)?gevonden\b(?!\s*[:!–-]|[^.;!?]{0,40}\b(?:jij|jou)\b)`,
    ),
    // An unsolicited application with nothing to offer: "we hebben momenteel geen geschikte vacature voor u".
    signal(
      'not-fit',
      0.7,
      rx`\b(?:hebben|heb)\s+(?:wij|we|ik)\s+(?:\S+\s+){0,3}?geen\s+(?:(?:\S+\s+)?(?:passende|geschikte|openstaande|vacante|vrije)\s+(?:functie|vacature|plek|plaats|baan|job|positie|betrekking)s?\b|(?:functie|vacature|plek|plaats|baan|job|positie)s?\s+die\s+(?:\S+\s+){0,3}?(?:aansluit|aansluiten|past|passen|overeenkomt)\b)(?![^.;!?]{0,30}\bgevonden\b)|\bgeen\s+(?:passende|geschikte|openstaande)\s+(?:functie|vacature|plek|plaats|baan|job|positie|betrekking)s?\s+(?:\S+\s+)?(?:voor\s+(?:u|je|jou)|beschikbaar)\b(?![^.;!?]{0,30}\bgevonden\b)`,
    ),
    // A selection closed without anyone appointed, or a team full for the season.
    signal(
      'not-selected',
      0.75,
      rx`\bzonder\s+(?:benoeming|aanstelling|invulling|aanwerving)\s+(?:\S+\s+){0,2}?(?:afgesloten|beëindigd|gestopt|stopgezet)\b|\b(?:team|ploeg|bezetting|rooster)\s+(?:\S+\s+){0,4}?(?:is|zijn)\s+(?:\S+\s+){0,2}?(?:al|inmiddels|reeds|helaas)\s+(?:\S+\s+)?(?:compleet|volledig|volzet|voltallig)\b|\b(?:plaatsen|plekken)\s+(?:\S+\s+){0,3}?(?:al|inmiddels|reeds|helaas)\s+(?:\S+\s+)?(?:bezet|volzet|volgeboekt)\b`,
    ),
    // Casual: "we gaan voor iemand anders", "we gaan het niet met je doen".
    signal(
      'others',
      0.8,
      rx`\b(?:gaan|gaat|ga|gingen|kozen|kiezen)\s+(?:\S+\s+){0,2}?voor\s+iemand\s+anders\b|\bhet\s+(?:\S+\s+)?niet\s+met\s+(?:je|jou|u)\s+(?:doen|aangaan)\b`,
    ),
    // Plainly said: "het is je deze keer niet geworden", "helaas ben je afgevallen", "geen positief bericht".
    signal(
      'not-selected',
      0.75,
      rx`\b(?:ben|bent|is)\s+(?:je|jij|u)\s+(?:(?!niet\b|nog\b|geenszins\b)\S+\s+){0,2}?afgevallen\b|\b(?:je|jij|u)\s+(?:bent|ben|is)\s+(?:(?!niet\b|nog\b|geenszins\b)\S+\s+){0,2}?afgevallen\b|\bgeen\s+(?:positie(?:f|ve)|goed|beter)\s+(?:bericht|nieuws|reactie|antwoord|uitslag)\b|\b(?:het\s+is|is\s+het)\s+(?:(?:je|jou|u|deze|dit|keer|maal|helaas|jammer|spijtig|genoeg|toch|dan|ook)\s+){0,5}niet\s+geworden\b`,
    ),
    // The procedure ends for the reader: "uw sollicitatie heeft niet geleid tot een uitnodiging voor een gesprek",
    // "je kan daarom niet deelnemen aan het mondeling gedeelte".
    signal(
      'not-forward',
      0.8,
      rx`\bniet\s+(?:\S+\s+){0,2}?(?:geleid|leidt|leiden)\s+tot\s+(?:een\s+)?(?:uitnodiging|gesprek|aanstelling|benoeming|vervolg\w*)|\bniet\s+(?:\S+\s+)?(?:deelnemen|deel\s+te\s+nemen|doorstromen|door\s+te\s+stromen)\s+(?:aan|naar)\s+(?:de|het)\s+(?:\S+\s+)?(?:volgende|mondeling\w*|tweede|verdere|laatste|selectie\w*|assessment|gesprek\w*|ronde|fase|proef\w*)`,
    ),
    // No room left: "we zitten al vol voor de weekends" (not "we zitten vol met sollicitaties", a busy desk).
    signal(
      'not-selected',
      0.7,
      rx`\b(?:(?:we|wij)\s+zitten|zitten\s+(?:we|wij))\s+(?:\S+\s+){0,4}?(?:al|helaas|inmiddels|momenteel)\s+vol\b(?!\s+met\s+(?:sollicitaties|aanmeldingen|reacties))`,
    ),
    signal(
      'role-gone',
      0.75,
      rx`\b(?:vacature|vacatures|functie|positie|plekken|plaatsen|plek|werkplek|baan|bijbaan|stage\w*)\b[^.;!?]{0,80}?\b(?<!\bnog\s(?:niet\s|steeds\s+niet\s)?)(?:vervuld|ingevuld|gesloten|afgesloten|vergeven|ingetrokken|geannuleerd|vervallen|vervalt|geschrapt|opgeheven|niet\s+meer\s+beschikbaar|(?:al|inmiddels|reeds)\s+(?:\S+\s+)?bezet\b|niet\s+(?:meer\s+)?(?:in\s+te\s+vullen|ingevuld|invullen))`,
    ),
    signal(
      'not-fit',
      0.7,
      rx`\bgeen\s+(?:\S+\s+)?match\s+(?:tussen|met)\b|\bniet\s+(?:\S+\s+){0,3}?(?:aansluit\w*|past|passen|voldoe\w*|overeenkom\w*)\b|\b(?:sluit|past|passen|voldoe\w*)\s+(?:\S+\s+){0,6}?(?:niet|onvoldoende)\b|\bonvoldoende\s+(?:aansluiting|match)\b|\bonvoldoende\s+(?:\S+\s+)?(?:aansluit\w*|aan\s+te\s+sluiten|past|passen|overeenkomt|overeenstemt|beantwoordt)\b`,
    ),
    // A rejection word beside the reader or the application ("je sollicitatie is afgewezen", "KBC heeft me
    // afgewezen"): "Bart had een afwijzing van Booking" is someone else's news, and "hoe ga je om met een
    // afwijzing" a newsletter's topic.
    signal(
      'not-selected',
      0.7,
      rx`\bkeuze\s+(?:\S+\s+){0,2}?niet\s+op\s+(?:u|jou|je)\s+gevallen|\b(?:je|jou|jouw|u|uw|me|mij|sollicitatie\w*|kandidatuur)\b(?:(?!\b(?:als|indien|mocht|wanneer|of|niet|geen|nooit)\b)[^.;!?]){0,60}?\b(?:afgewezen|(?<!\b(?:om\s+met|na|bij|over)\s(?:een\s)?)afwijzing|afwijzen|af\s+te\s+wijzen)\b|\b(?<!\b(?:niet|geen|nooit)\s(?:\S+\s)?)(?:afgewezen|(?<!\b(?:om\s+met|na|bij|over)\s(?:een\s)?)afwijzing)\b[^.;!?]{0,60}?\b(?:je|jou|jouw|u|uw|sollicitatie\w*|kandidatuur)\b|\b(?:je|jouw|uw)\s+sollicitatie\s+(?:\S+\s+){0,3}?(?:is|wordt)\s+(?:\S+\s+)?(?:gesloten|afgesloten|gearchiveerd)\b|\bniet\s+(?:(?!in\b)\S+\s+)?(?:geslaagd|gehaald)\b`,
    ),
    // A status label: "Status van je sollicitatie: Afgewezen", or the status alone on its line.
    signal(
      'not-selected',
      0.7,
      rx`\b(?:status|uitslag|resultaat|besluit)\b[^.;!?]{0,160}?(?::|\bgewijzigd\s+(?:in|naar)|\bveranderd\s+(?:in|naar)|\s(?=["„“]))\s*["„]?(?:(?:afgerond|afgesloten|gesloten|beëindigd)\s*[-–—:]\s*)?(?:afgewezen|niet\s+(?:geselecteerd|weerhouden|aangenomen|geschikt|door|verder|meer\s+in\s+behandeling))\b(?!\s*[“”"»«]?\s*,?\s*(?:betekent|houdt\s+in|wil\s+zeggen))|^\s*["„]?(?:afgewezen|niet\s+(?:geselecteerd|weerhouden|aangenomen|verder|meer\s+in\s+behandeling))["”]?\s*[.!]?\s*$`,
    ),
    signal(
      'on-hold',
      0.6,
      rx`\b(?:vacature|functie|werving)\b[^.;!?]{0,60}?\b(?:on\s+hold|gepauzeerd|stilgezet|bevroren)`,
    ),
    // Out of the running, said plainly: "u niet mee te nemen in de volgende ronde", "je doet niet meer mee", "u bent
    // niet langer in de race"; nobody needed: "we hebben op dit moment niemand nodig".
    signal(
      'not-forward',
      0.8,
      rx`\b(?:je|jou|u)\s+niet\s+(?:\S+\s+)?mee\s+te\s+nemen\s+(?:in|naar)\s+(?:de|het)\b|\b(?:je|jij|u)\s+(?:doet|doe|bent|ben)\s+(?:\S+\s+){0,2}?niet\s+(?:meer|langer)\s+(?:mee|in\s+de\s+(?:race|running|procedure|selectie))\b|\b(?:(?:hebben|heb)\s+(?:we|wij|ik)|(?:we|wij)\s+hebben|ik\s+heb)\s+(?:\S+\s+){0,4}?niemand\s+(?:\S+\s+)?nodig\b(?!\s*,?\s*die\b)|\b(?:zoeken|zoek)\s+(?:we|wij|ik)\s+(?:\S+\s+){0,3}?niemand\b(?!\s*,?\s*(?:die|met)\b)`,
    ),
    // Casually taken: "we hebben al iemand", "de plek is al weg".
    signal(
      'others',
      0.8,
      rx`\b(?:we|wij)\s+hebben\s+(?:\S+\s+)?(?:al|inmiddels|reeds)\s+iemand(?=\s*[.,;!]|\s*$|\s+(?:gevonden|aangenomen)\b)|\b(?:(?:stage|werk|leer)(?:plek(?:ken)?|plaats(?:en)?)|plek|plaats|baan|banen|jobs?|functie|vacatures?|bijbaan)\s+(?:[^\s.;!?]+\s+){0,3}?(?:is|zijn)\s+(?:\S+\s+){0,2}?(?:al|inmiddels|helaas)\s+(?:\S+\s+)?weg\b`,
    ),
    // Nothing open for an open application: "op dit moment hebben we geen vacatures", "we zijn niet op zoek naar nieuwe
    // mensen" (a job alert's "geen nieuwe vacatures gevonden" is no answer).
    signal(
      'not-fit',
      0.7,
      rx`\b(?:hebben\s+(?:we|wij)|(?:we|wij)\s+hebben|er\s+zijn)\s+(?:\S+\s+){0,3}?geen\s+(?:openstaande\s+|vrije\s+)?(?:vacatures|vacature|plekken|plek)\b(?![^.;!?]{0,60}\b(?:gevonden|zoekopdracht\w*|zoekprofiel|alert\w*)\b)|\b(?:(?:we|wij)\s+zijn|zijn\s+(?:we|wij))\s+(?:\S+\s+){0,2}?niet\s+op\s+zoek\s+naar\s+(?:nieuwe\s+)?(?:mensen|collega's|personeel|medewerkers|versterking|iemand)\b`,
    ),
    // Late-stage, in few words: "helaas is het een andere kandidaat geworden".
    signal(
      'others',
      0.8,
      rx`\b(?:is|werd)\s+het\s+(?:\S+\s+){0,2}?(?:(?:een\s+)?andere\s+(?:kandida\w*|sollicitant\w*|persoon)|iemand\s+anders)\s+geworden\b|\bhet\s+(?:is|werd)\s+(?:\S+\s+){0,2}?(?:(?:een\s+)?andere\s+(?:kandida\w*|sollicitant\w*|persoon)|iemand\s+anders)\s+geworden\b|\b(?:plek|plaats|functie|baan|job|stage\w*|vacature)\s+(?:\S+\s+)?aan\s+(?:een|onze|de)\s+(?!(?:je|jou|u)\b)\S+\s+(?:\S+\s+)?(?:gegeven|vergeven|toegekend|aangeboden)\b(?!\s*,?\s*die\s+(?:\S+\s+)?(?:jou|je|u)\b)|\bniet\s+(?:\S+\s+)?hoog\s+genoeg\s+(?:\S+\s+)?(?:geëindigd|gerangschikt|geplaatst|gescoord)\b`,
    ),
    // The others fit better: "andere sollicitaties sloten beter aan bij de functie".
    signal(
      'others',
      0.75,
      rx`\bandere\s+(?:sollicitaties|kandida\w*|sollicitant\w*|profielen)\s+(?:sloten|sluiten|pasten|passen|voldeden|voldoen|matchten|matchen)\s+(?:[^\s.,;:!?]+\s+){0,3}?beter\b`,
    ),
    // The offer went to someone else: "we hebben een aanbod gedaan aan een andere kandidaat".
    signal(
      'others',
      0.8,
      rx`\b(?:aanbod|contractvoorstel|voorstel)\s+(?:\S+\s+){0,3}?(?:aan|voor)\s+(?:een\s+)?(?:andere\s+(?:kandida\w*|sollicitant\w*|persoon)|iemand\s+anders)\b`,
    ),
    // The job itself fell through: "de functie gaat niet door", "de opdrachtgever heeft de aanvraag ingetrokken".
    signal(
      'role-gone',
      0.75,
      rx`\b(?:functie|vacature|opdracht|baan|job|plek|werving)\s+(?:\S+\s+){0,2}?gaat\s+(?:\S+\s+){0,2}?niet\s+door\b|\b(?:de|deze|hun|onze|die)\s+(?:\S+\s+)?(?:aanvraag|opdracht|vacature)\s+(?:\S+\s+){0,3}?ingetrokken\b|\btrekken\s+(?:\S+\s+){0,2}?(?:de|deze|onze|het)\s+(?:vacature|aanvraag|opdracht)\s+in\b|\b(?<!\b(?:je|jouw|uw)\s)opdracht\s+(?:als|bij)\b[^.;!?]{0,60}?\b(?:is|werd)\s+(?:\S+\s+)?(?:geannuleerd|ingetrokken|geschrapt)\b`,
    ),
    // Nobody new taken on ("we nemen dit jaar niemand nieuw aan"), no place in a programme ("geen plek in het
    // traineeship kunnen aanbieden"), or the chosen colleague named ("we gaan met Esra verder").
    signal(
      'not-selected',
      0.8,
      rx`\b(?:nemen|neem)\s+(?:\S+\s+){0,3}?(?:niemand\s+(?:nieuws?\s+)?|geen\s+(?:nieuwe\s+)?(?:mensen|medewerkers|krachten|personeel|seizoenskrachten|seizoenswerkers)\s+)aan\b|\bgeen\s+(?:plek|plaats)\s+in\s+(?:het|de|ons|onze)\b[^.;!?]{0,60}?\b(?:aan\s*(?:te\s+)?bieden|aanbieden|geven)\b|\b(?:(?:hebben|heb)\s+(?:wij|we|ik)|(?:wij|we|ik)\s+(?:hebben|heb))\s+(?:\S+\s+){0,3}?niets\s+(?:vergelijkbaars|anders|passends|geschikts)\s+(?:\S+\s+)?voor\s+(?:je|jou|u)\b|\b(?:zitten|zit)\s+(?:we|wij|ik)\s+(?:\S+\s+){0,3}?(?:al|helemaal|inmiddels|echt|nu)\s+vol\b|\b(?:we|wij)\s+zitten\s+(?:\S+\s+){0,3}?(?:al|helemaal|inmiddels)\s+vol\b|\b(?:functie|baan|plek|vacature|job|positie)\s+is\s+(?:\S+\s+)?naar\s+(?!(?:je|jou|u|de|het|een)\b)\w+\s+gegaan\b|\b(?:een|andere)\s+(?:collega|kandida\w*|persoon|sollicitant\w*|stagiair\w*|student\w*)\s+(?:gekozen|aangenomen|geselecteerd|aangesteld)\s*,?\s+die\s+(?:\S+\s+){0,3}?(?:al|meer|wel|ruime)\b(?![^.;!?]{0,60}\b(?:je|jou|u|gesprek)\b)|\b(?:gaan|gaat|gingen)\s+(?:\S+\s+)?met\s+(?!(?:je|jou|jullie|u|hen|ons|plezier|spoed|de|het|een|deze|dit|die|alle|haar|hem)\b)\w+\s+verder\b`,
    ),
    // The selection closed, said plainly ("de selectieprocedure is inmiddels afgerond"): below the weight that
    // outranks a following invitation.
    signal(
      'role-gone',
      0.65,
      rx`\b(?:selectieprocedure|sollicitatieprocedure|wervingsprocedure|selectieproces|wervingsproces|werving)\b[^.;!?]{0,60}?\b(?:is|werd)\s+(?:(?!nog\b|niet\b)[^\s.,;:!?]+\s+){0,2}?(?:afgesloten|afgerond|beëindigd)\b(?!\s*(?:en|,\s*(?:en|we|wij))\b)`,
    ),
    // The process carried on with someone else ("het traject met een andere kandidaat voort te zetten"), or a public
    // selection that ends for the reader: not admitted ("je bent niet toegelaten tot de selectie"), or the post
    // proposed for the top-ranked candidate ("de voordracht van de hoogst gerangschikte kandidaat").
    signal(
      'others',
      0.8,
      rx`\b(?:traject|procedure|proces|selectie|gesprekken)\s+(?:\S+\s+){0,2}?met\s+(?:een\s+)?andere\s+(?:kandida\w*|sollicitant\w*)\s+(?:voort\s+te\s+zetten|voortzetten|voort|af\s+te\s+ronden|afronden)\b|\b(?:voorgedragen|benoemd|aangesteld|aangenomen|benoeming|aanstelling|voordracht)\b[^.;!?]{0,60}?\b(?:hoogst|best|eerst)\s*(?:gerangschikte|geplaatste|gescoorde)\s+(?:kandida\w*|sollicitant\w*)`,
    ),
    signal(
      'not-selected',
      0.75,
      rx`\b(?:je|u|jij|jouw\s+sollicitatie|uw\s+sollicitatie|je\s+sollicitatie)\s+(?:bent|ben|wordt|werd|is)\s+(?:\S+\s+){0,2}?niet\s+toegelaten\b|\b(?:je|u|jij)\s+(?:bent|ben|wordt|werd)\s+(?:\S+\s+){0,2}?uitgesloten\s+van\s+(?:de\s+|het\s+)?(?:verdere\s+)?(?:procedure|selectie\w*|examen)`,
    ),
    // Nothing else to place the reader in after a job fell through: "we hebben geen vergelijkbare opdracht voor je".
    signal(
      'not-fit',
      0.75,
      rx`\bgeen\s+(?:vergelijkbare|andere|passende|geschikte|nieuwe)\s+(?:opdracht|functie|vacature|plaatsing|baan|job|plek)(?:en)?\s+(?:\S+\s+){0,2}?(?:voor\s+(?:je|jou|u)\b|(?:aan\s+)?(?:te\s+)?bieden\b)`,
    ),
    // A post withdrawn by a decision told verb first: "de directie heeft besloten de vacature in te trekken".
    signal(
      'role-gone',
      0.75,
      rx`\bbesloten\s+(?:om\s+)?(?:de|deze|onze)\s+(?:\S+\s+)?(?:vacature|functie|positie|procedure|werving)\s+(?:\S+\s+){0,2}?(?:in\s+te\s+trekken|te\s+schrappen|te\s+annuleren|te\s+laten\s+vervallen)\b`,
    ),
    // Availability that did not fit: "dat paste niet met jouw rooster", "je beschikbaarheid sloot niet aan".
    signal(
      'not-fit',
      0.7,
      rx`\b(?:paste|pasten|kwam)(?![^.;!?]{0,60}\b(?:tijdstip|afspraak|gesprek|datum|interview)\b)\s+(?:het\s+)?(?:\S+\s+){0,2}?niet\s+(?:uit\s+)?(?:met|bij)\s+(?:je|jouw|uw)\s+(?:\S+\s+)?(?:rooster|beschikbaarheid|uren|agenda|planning|werktijden)\b|\b(?:je|jouw|uw)\s+(?:rooster|beschikbaarheid|uren|werktijden)(?![^.;!?]{0,60}\b(?:tijdstip|afspraak|gesprek|datum|interview)\b)\s+(?:\S+\s+){0,3}?(?:paste|pasten|sloot|sloten)\s+(?:\S+\s+)?niet\b`,
    ),
    // Someone chosen for what they already bring: "gekozen voor een pedagogisch medewerker die ons al kent".
    signal(
      'others',
      0.75,
      rx`\b(?:gekozen|gegaan)\s+voor\s+(?:iemand\s+die|(?:een|een\s+andere)\s+(?:\S+\s+){1,2}?die)\s+(?:\S+\s+){0,3}?(?:al|reeds)\s+(?:kent|kende|werkt|werkte|ervaring|bekend|in\s+dienst|bij\s+ons|stage)\b(?![^.;!?]{0,40}\b(?:jij|jou)\b)`,
    ),
  ],
  // Verb first, "Heeft u … niets gehoord, dan …" or "Wordt de test niet op tijd gemaakt, dan …", is a condition
  // without "als"; "Dan …" opens its consequence.
  // A rule for a group ("Kandidaten die er niet op staan, zijn niet geselecteerd") reaches past its comma.
  condition: rx`^\s*(?:alle\s+|de\s+)?(?:kandidaten|sollicitanten)\s+die\s+(?:\S+\s+){0,3}?niet\b|^\s*(?:heeft|hebt|heb|hoort|hoor|ontvangt|ontvang|krijgt|krijg|bent|ben|zijn)\s+(?:u|je|jij)\s[^.;!?]{0,150}?\b(?:niets|geen)\b[^.;!?]{0,100}?,|^\s*(?:word|wordt|worden|is|ben|zijn|kom|komt|ga|gaat|haal|haalt)\s[^.;!?,]{0,150}?\b(?:niet|geen)\b[^.;!?,]{0,80},|^\s*(?:dan|in\s+dat\s+geval)\b|(?:^|[,;:])\s*anders\b(?!\s+dan\b)|^\s*(?:als|wanneer)\b|\b(?:ook\s+als|als\s+(?:we|wij|u|je|jij|jullie|er))\b|\b(?:indien|mocht(?:en)?|tenzij|ingeval|zonder\s+(?:bericht|reactie|antwoord|nieuws)|bij\s+(?:geen|uitblijven\s+van(?:\s+een)?)\s+(?:bericht|reactie|antwoord))\b`,
  hypothetical: rx`^\s*(?:word|wordt|ben|bent|kom|komt|ga|gaat|haal|haalt|heb|hebt|heeft|krijg|krijgt|ontvang|ontvangt|hoor|hoort)\s+(?:je|jij|u)\b|\b(?:kandidaten|sollicitanten)\s+die\b|\bwel\s+of\b|\bof\s+(?:u|je|jij|we|wij)\b|\b(?:bericht|weten|horen)\s+of\b|\b(?:zodra|betekent|houdt\s+in|beschouw\w*|ga\s+ervan\s+uit|ervan\s+uit(?:gaan)?|waarschijnlijk)\b`,
  negation: rx`\b(?:niet|geen|nooit)\b`,
  otherTopic: rx`\b(?:verzetten|verplaatsen|andere\s+(?:dag|tijd|datum)|afwezig|niet\s+gelezen|individueel\s+(?:reageren|antwoorden))`,
  opener: rx`\bhelaas\b|\bmoeten\s+(?:wij|we)\s+(?:u|je|jou)\s+(?:\S+\s+){0,3}?(?:meedelen|mededelen)\b|\b(?:jammer|spijtig)\s+genoeg\b|\bspijt\w*|\bna\s+(?:zorgvuldige|grondige|uitgebreide)\s+(?:overweging|afweging|beoordeling)|\bmoeilijke\s+(?:beslissing|keuze)`,
  cutOff: rx`\b(?:niet|besloten|helaas)\s*$|\b(?:moeten|moet)\s+(?:wij|we|ik)\s+(?:u|je|jou)\s+(?:\S+\s+){0,3}?(?:meedelen|mededelen|laten\s+weten|berichten|informeren)\b[^.;!?]{0,100}$`,
  softClose: rx`\bwens\w*\s+(?:\S+\s+){0,4}?(?:succes|sterkte|het\s+beste)|\bveel\s+succes\b|\btoekomstige\s+(?:vacatures|mogelijkheden)|\btalentpool\b`,
  acknowledgement: rx`\b(?:lezen|leest|bekijkt|bekijken|beoordeelt)\s+(?:\S+\s+){0,3}?(?:alle\s+)?(?:brieven|sollicitaties|reacties|cv's)\b|\b(?:ontvangen|ontvangst)\b[^.;!?]{0,40}?\bsollicitatie|\bsollicitatie\b[^.;!?]{0,40}?\bontvangen|\b(?:beoordelen|bekijken)\s+(?:\S+\s+){0,3}?(?:sollicitatie|cv|profiel)|\bin\s+goede\s+orde\s+ontvangen|\bontvangstbevestiging|\bhoor\s+je\s+van\s+ons`,
  interview: rx`\b(?:uitnodigen|uitnodiging)\b[^.;!?]{0,40}?\b(?:gesprek|sollicitatiegesprek|interview|kennismaking)|\bbeschikbaarheid\b|\bvolgende\s+(?:ronde|stap|fase)|\bgesprek\b[^.;!?]{0,60}?\b(?:maandag|dinsdag|woensdag|donderdag|vrijdag|morgen|\d{1,2}:\d{2}|verzetten|verplaatsen|bevestig\w*)|\bnodigen\s+(?:wij\s+|we\s+)?(?:je|u)\s+(?:graag\s+)?uit\b|\btweede\s+gesprek`,
  assessment: rx`\b(?:assessment|test|opdracht|case)\b[^.;!?]{0,40}?\b(?:invullen|maken|uitvoeren|link)|\b(?:online\s+test|case\s*opdracht|proefopdracht|praktijkopdracht)\b|\b(?:proefdag|meeloopdag|proefdienst|proefwerkdag|snuffeldag|proefdraaien|meedraaien\s+op\s+proef)\b`,
  offer: rx`\b(?:aanbod|contractvoorstel)\b[^.;!?]{0,40}?\b(?:doen|aanbieden|sturen)|\bblij\b[^.;!?]{0,40}?\baan\s+te\s+bieden|\bgefeliciteerd\b|\bwelkom\s+(?:bij|in)\s+het\s+team|\bcontract\b[^.;!?]{0,40}?\b(?:tekenen|ondertekenen|sturen)`,
  alert: rx`\b(?:je|jouw|uw)\s+(?:zoekopdracht|vacaturealert|zoekprofiel)\b|\bvacaturealert\b|\bvacatures\s+voor\s+jou|\bjob\s*alert|\bnieuwe\s+vacatures|\bsolliciteer\s+nu|\b(?:kwam|stuitte|zag)\s+(?:\S+\s+){0,2}?(?:je|jouw|uw)\s+profiel\b|\b(?:je|jouw|uw)\s+profiel\s+(?:\S+\s+){0,3}?(?:opgevallen|tegengekomen)\b|\bvoor\s+(?:een\s+van\s+mijn|één\s+van\s+mijn|een|mijn)\s+(?:\S+\s+)?(?:opdrachtgevers?|klanten?|relaties?)\b[^.;!?]{0,60}?\bzoek\s+ik\b|\bvacatures\s+die\s+(?:bij\s+(?:je|jou|u)\s+passen|(?:je|u)\s+(?:misschien\s+)?interessant)|\bdeze\s+(?:bedrijven|werkgevers|organisaties)\s+(?:zoeken|hebben\s+vacatures)\b`,
  withdrawal: rx`\bsollicitatie\s+(?:\S+\s+)?(?:ingetrokken|teruggetrokken)\b|\b(?:jammer|spijtig)\s+dat\s+(?:je|u)\b|\b(?:je|jij|u)\s+(?:\S+\s+){0,2}?(?:je|jouw|uw)\s+sollicitatie\b[^.;!?]{0,80}?\b(?:ingetrokken|teruggetrokken)|\bintrekking\s+van\s+(?:je|jouw|uw)\s+sollicitatie|\b(?:respecteren|respecteer|begrijpen|begrijp)\s+(?:\S+\s+)?(?:je|jouw|uw)\s+(?:beslissing|besluit|keuze)\b|\b(?:laat|laten|liet)\s+(?:\S+\s+)?weten\s+(?:dat\s+(?:je|jij|u)\s+)?niet\s+(?:meer\s+)?(?:verder|door)\s+te\s+willen`,
  pause: rx`\b(?:vacaturestop|aannamestop|personeelsstop|wervingsstop|on\s+hold|gepauzeerd|stilgezet|bevroren)\b`,
  promise: rx`\btijdelijk\b|\bvoorlopig\b|\btot\s+(?:het\s+|de\s+|na\s+de\s+)?(?:voorjaar|najaar|zomer|winter|nieuwe\s+jaar|volgend\s+jaar)\b|\bopnieuw\s+(?:benaderen|contacteren|contact)\b|\bnemen\s+(?:\S+\s+){0,2}?contact|\bhervatten\b|\b(?:laten|laat)\s+(?:we\s+|ik\s+)?(?:het\s+)?(?:je|u|jou)\s+(?:\S+\s+){0,3}?weten|\b(?:verder\s+met\s+(?:je|jou|u)|met\s+(?:je|jou|u)\s+verder)\s+(?:\S+\s+)?zodra\b|\bblijft\s+(?:actief|open)`,
  // Compounds ending in "seizoen" may start with any letter: in one group with the other words, they kept the search
  // from skipping ahead to the letters those start with (eight times slower). Apart, the words are tried in the same
  // order.
  jobContext: rx`\b(?:job\w*|stage\w*|solliciteren|proefdag|selectie(?:commissie|dag|ronde)\w*|sollicitatie\w*|sollicitant\w*|kandida\w*|vacature\w*|functie\w*|positie|gesprek\w*|werving|recruit\w*|cv|baan|selectieprocedure|(?:zomer|bij|vakantie|student|weekend)(?:job|baan)\w*|personeel|traineeship\w*|assessment\w*|seizoens(?:werk|kracht|medewerker)\w*)\b|\b\w+seizoen\b|\b(?:(?:oogst|pluk)hulp\w*|vaste\s+ploeg|vakantie(?:werk|kracht)\w*|auditie\w*)\b|${ENGLISH_JOB_WORDS}`,
  applicationWords: rx`\b(?:aanvraag|aanmelding)\b`,
  occupations: rx`\b\w*(?:medewerker|ontwikkelaar|adviseur|engineer|manager|verkoper|verpleegkundige|monteur|consultant|analist|stagiair|beheerder|coördinator|specialist|docent|chauffeur|designer|developer|architect|verkoopster|kok|barista|caissière|vakkenvuller)s?\b|${ENGLISH_TITLES}`,
  nonJobContext: rx`\b(?:verhuurder|huurwoning|huur\w*|verhuur\w*|appartement\w*|uitkering|toeslag|reisvoorziening|studiefinanciering|winactie|loterij|winnaar|beta|wachtlijst|beurs|woning\w*|inschrijf(?:duur|tijd)|hypothe\w*|lening\w*|leen\w*|krediet\w*|financiering\w*|toelating\w*|studieplaats)\b`,
  someoneElse: rx`\b(?:zijn|haar|hun|mijn)\s+(?:sollicitatie|kandidatuur)\b`,
  reader: rx`\b(?:u|uw|je|jij|jou|jouw|jouwe)\b`,
  includesReader: rx`\b(?:zoals\s+(?:jij|jou|u)|waaronder\s+(?:jij|jou|u)|(?:jij|u)\s+(?:bent|hoort)\s+er\s+(?:een\s+van|bij))\b`,
  reported: rx`\b(?:zei|zeiden|vertelde|vertelt|schreef)\b`,
  hiringSide: rx`\b(?:reden\s+(?:van\s+)?afwijzing|afwijzingsreden|(?:je|jouw|uw)\s+(?:referral|doorverwijzing|aanbeveling))\b`,
  pastDecision: rx`^\s*(?:\S+\s+){0,3}?(?:toen|destijds|vorig\s+jaar)\b`,
  completions: [{ ending: 'je sollicitatie.' }, { after: rx`\bandere\s*$`, ending: 'kandidaten.' }],
  subjectUpdate: rx`\b(?:je|jouw|uw)\s+(?:\w*sollicitatie|stage\w*)\b|\bterugkoppeling\b|^\s*(?:Re|Antw|FW|Fwd)\s*:\s*(?:mijn\s+|open\s+)?(?:sollicitatie|reactie)\b|\b(?:update|stand\s+van\s+zaken|nieuws|bericht)\s+(?:over|rond|m\.?b\.?t\.?|inzake)\s+(?:de\s+|je\s+|jouw\s+|uw\s+)?(?:vacature|functie|sollicitatie|procedure|selectieprocedure)\b|\b(?:vacature|functie|procedure)\b[^\n]{0,60}?\b(?:vervuld|ingevuld|gesloten|ingetrokken|vervallen|geannuleerd|stopgezet)\b`,
};
