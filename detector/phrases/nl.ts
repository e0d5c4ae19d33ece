import { rx } from './build';
import type { PhraseSet } from './types';

/** Dutch: "helaas", "niet verder gaan met je sollicitatie", "gekozen voor een andere kandidaat". */
export const nl: PhraseSet = {
  lang: 'nl',
  markers: [
    'het',
    'een',
    'van',
    'je',
    'jij',
    'uw',
    'jouw',
    'wij',
    'niet',
    'voor',
    'met',
    'op',
    'dat',
    'helaas',
    'bedankt',
    'hebben',
    'zijn',
    'ons',
    'naar',
    'jou',
    'wordt',
    'ook',
    'graag',
    'wensen',
  ],
  rejection: [
    {
      re: rx(
        String.raw`\bniet\s+(?:\S+\s+){0,3}?(?:verder\s+(?:te\s+)?(?:gaan|gegaan)|door\s+te\s+gaan|doorgaan|voort\s+te\s+zetten|voortzetten|uit\s+te\s+nodigen|uitnodigen|uitgenodigd|geselecteerd|gekozen|aangenomen|aannemen|meenemen|in\s+aanmerking)|\bniet\s+verder\b[^.;!?]{0,60}?\b(?:sollicitatie|procedure|kandidatuur|proces|jou|u|je)\b|\b(?:sollicitatie|jou|je|u)\b[^.;!?]{0,60}?\bniet\s+verder\b`,
      ),
      weight: 0.8,
      family: 'not-forward',
    },
    {
      re: rx(
        String.raw`\bverder\s+(?:te\s+)?gaan\s+met\s+(?:andere\s+|een\s+andere\s+)?(?:kandida\w*|sollicitant\w*)|\b(?:kandida\w*|sollicitant\w*|profiel\w*)\b[^.;!?]{0,60}?\bbeter\s+(?:\S+\s+)?(?:aansluit\w*|past|passen|matcht)|\b(?:gekozen|besloten|geselecteerd|voorkeur|verder)\b[^.;!?]{0,60}?\b(?:andere|een\s+andere)\s+(?:kandida\w*|sollicitant\w*|persoon|profiel\w*)|\b(?:andere|een\s+andere)\s+(?:kandida\w*|sollicitant\w*)\b[^.;!?]{0,60}?\b(?:gekozen|geselecteerd|voorkeur|beter|meer)\b`,
      ),
      weight: 0.8,
      family: 'others',
    },
    {
      re: rx(
        String.raw`\b(?:vacature|vacatures|functie|positie|plekken|plaatsen)\b[^.;!?]{0,80}?\b(?:vervuld|ingevuld|gesloten|ingetrokken|geannuleerd|niet\s+meer\s+beschikbaar)`,
      ),
      weight: 0.75,
      family: 'role-gone',
    },
    {
      re: rx(
        String.raw`\bniet\s+(?:\S+\s+){0,3}?(?:aansluit\w*|past|passen|voldoe\w*|overeenkom\w*)\b|\b(?:sluit|past|voldoe\w*)\s+(?:\S+\s+){0,4}?niet\b`,
      ),
      weight: 0.7,
      family: 'not-fit',
    },
    {
      re: rx(
        String.raw`\bkeuze\s+(?:\S+\s+){0,2}?niet\s+op\s+(?:u|jou|je)\s+gevallen|\bafgewezen\b|\bafwijzing\b|\bniet\s+(?:\S+\s+)?(?:geslaagd|gehaald)\b`,
      ),
      weight: 0.7,
      family: 'not-selected',
    },
    {
      re: rx(
        String.raw`\b(?:vacature|functie|werving)\b[^.;!?]{0,60}?\b(?:on\s+hold|gepauzeerd|stilgezet|bevroren)`,
      ),
      weight: 0.6,
      family: 'on-hold',
    },
  ],
  condition: rx(String.raw`^\s*(?:als|wanneer)\b|\b(?:indien|mocht(?:en)?|tenzij|ingeval)\b`),
  hypothetical: rx(String.raw`\b(?:zodra|betekent|houdt\s+in|beschouw\w*|ga\s+ervan\s+uit|waarschijnlijk)\b`),
  negation: rx(String.raw`\b(?:niet|geen|nooit)\b`),
  otherTopic: rx(
    String.raw`\b(?:verzetten|verplaatsen|andere\s+(?:dag|tijd|datum)|afwezig|niet\s+gelezen|individueel\s+(?:reageren|antwoorden))`,
  ),
  opener: rx(
    String.raw`\bhelaas\b|\bspijt\w*|\bna\s+(?:zorgvuldige|grondige|uitgebreide)\s+(?:overweging|afweging|beoordeling)|\bmoeilijke\s+(?:beslissing|keuze)`,
  ),
  cutOff: rx(String.raw`\b(?:niet|besloten|helaas)\s*$`),
  softClose: rx(
    String.raw`\bwens\w*\s+(?:\S+\s+){0,4}?(?:succes|sterkte|het\s+beste)|\bveel\s+succes\b|\btoekomstige\s+(?:vacatures|mogelijkheden)|\btalentpool\b`,
  ),
  acknowledgement: rx(
    String.raw`\b(?:ontvangen|ontvangst)\b[^.;!?]{0,40}?\bsollicitatie|\bsollicitatie\b[^.;!?]{0,40}?\bontvangen|\b(?:beoordelen|bekijken)\s+(?:\S+\s+){0,3}?(?:sollicitatie|cv|profiel)|\bin\s+goede\s+orde\s+ontvangen|\bontvangstbevestiging|\bhoor\s+je\s+van\s+ons`,
  ),
  interview: rx(
    String.raw`\b(?:uitnodigen|uitnodiging)\b[^.;!?]{0,40}?\b(?:gesprek|sollicitatiegesprek|interview|kennismaking)|\bbeschikbaarheid\b|\bvolgende\s+(?:ronde|stap|fase)|\bgesprek\b[^.;!?]{0,60}?\b(?:maandag|dinsdag|woensdag|donderdag|vrijdag|morgen|\d{1,2}:\d{2}|verzetten|verplaatsen|bevestig\w*)|\bnodigen\s+(?:wij\s+|we\s+)?(?:je|u)\s+(?:graag\s+)?uit\b|\btweede\s+gesprek`,
  ),
  assessment: rx(
    String.raw`\b(?:assessment|test|opdracht|case)\b[^.;!?]{0,40}?\b(?:invullen|maken|uitvoeren|link)|\b(?:online\s+test|case\s*opdracht|proefopdracht|praktijkopdracht)\b`,
  ),
  offer: rx(
    String.raw`\b(?:aanbod|contractvoorstel)\b[^.;!?]{0,40}?\b(?:doen|aanbieden|sturen)|\bblij\b[^.;!?]{0,40}?\baan\s+te\s+bieden|\bgefeliciteerd\b|\bwelkom\s+(?:bij|in)\s+het\s+team|\bcontract\b[^.;!?]{0,40}?\b(?:tekenen|ondertekenen|sturen)`,
  ),
  alert: rx(String.raw`\bvacatures\s+voor\s+jou|\bjob\s*alert|\bnieuwe\s+vacatures|\bsolliciteer\s+nu`),
  withdrawal: rx(
    String.raw`\b(?:jammer|spijtig)\s+dat\s+(?:je|u)\b|\b(?:je|jij|u)\s+(?:\S+\s+){0,2}?(?:je|jouw|uw)\s+sollicitatie\b[^.;!?]{0,80}?\b(?:ingetrokken|teruggetrokken)|\bintrekking\s+van\s+(?:je|jouw|uw)\s+sollicitatie`,
  ),
  pause: rx(String.raw`\b(?:vacaturestop|on\s+hold|gepauzeerd|stilgezet|bevroren)\b`),
  promise: rx(
    String.raw`\btijdelijk\b|\bnemen\s+(?:\S+\s+){0,2}?contact|\bhervatten\b|\blaten\s+(?:we\s+)?(?:je|u)\s+weten|\bblijft\s+(?:actief|open)`,
  ),
  jobContext: rx(
    String.raw`\b(?:proefdag|selectiecommissie|sollicitatie\w*|sollicitant\w*|kandida\w*|vacature\w*|functie\w*|positie|gesprek\w*|werving|recruit\w*|cv|stage|baan)\b`,
  ),
  applicationWords: rx(String.raw`\b(?:aanvraag|aanmelding)\b`),
  nonJobContext: rx(String.raw`\b(?:winactie|loterij|winnaar|beta|wachtlijst|beurs|woning)\b`),
  subjectUpdate: rx(String.raw`\b(?:je|jouw|uw)\s+sollicitatie\b|\bterugkoppeling\b`),
};
