import { raw, rx, signal } from './build';
import { ENGLISH_JOB_WORDS, ENGLISH_TITLES } from './titles';
import type { PhraseSet } from './types';

/** What does not happen to the candidate: "nicht (weiter) berücksichtigen", "nicht weiter zu verfolgen". */
const NOT_FORWARD_VERB = raw`(?:weiter(?:hin)?\s+)?(?:zu\s+)?(?:verfolg\w*|weiterverfolg\w*|weiterzuverfolg\w*|fortzusetzen|weiterzuführen|einzuladen|anzubieten|weiterzugehen|berücksichtig\w*|in\s+(?:die\s+)?(?:engere|nähere)\s+(?:Aus)?[Ww]ahl|in\s+Betracht|fortsetzen|fortführen|weiterführen|weitermach\w*|weiterzumachen|führen|gehen|ausgewählt|weiterkommen|zum\s+Zug|einladen|anbieten)`;

/**
 * Candidates in every gender form ("Kandidat*innen", "Bewerber:in", "eine:n andere:n Bewerber/-in") and in the
 * words of schools and teams ("andere Lernende", "eine Kollegin").
 */
const CANDIDATE = raw`(?:Kandidat|Kandidierend|Bewerber|Bewerbend|Mitbewerber|Kolleg|Lernend|Auszubildend|Praktikant|Werkstudent|Studierend|Profil|Person(?:en)?\b)[\w*:_/()-]*`;

/** German: "leider … nicht berücksichtigen", "für einen anderen Kandidaten entschieden", "Absage". */
export const de: PhraseSet = {
  lang: 'de',
  markers:
    'der|die|das|und|sie|ihre|ihr|ihnen|wir|uns|nicht|für|mit|ist|haben|leider|bei|auf|eine|einen|vielen|dank|wurde|dich|dir|deine|sehr|zu|wünschen'.split(
      '|',
    ),
  rejection: [
    // The reader is looked for behind "nicht" once it is found: a lookbehind in front would search back from
    // every character of every sentence.
    signal(
      'not-forward',
      0.8,
      rx`\bnicht(?<=\b(?:Sie|Ihre[nr]?|Ihnen|dich|dir|deine[nr]?|Bewerbung(?:s\w*)?|Kandidatur)\b[^.;!?]{0,120}nicht)\s+(?:\S+\s+){0,3}?${NOT_FORWARD_VERB}|\bnicht\s+(?:\S+\s+){0,3}?${NOT_FORWARD_VERB}[^.;!?,]{0,60}?\b(?:Sie|Ihre[nr]?|Ihnen|dich|dir|deine[nr]?)\b`,
    ),
    signal(
      'not-selected',
      0.75,
      rx`\bkeine[nr]?\s+(?:positiver?e?[nr]?|erfreulicher?e?[nr]?|gute[nr]?|bessere[nr]?)\s+(?:Rückmeldung|Nachricht(?:en)?|Bescheid)\b|\bnicht\s+(?:\S+\s+){0,4}?(?:geschafft|weitergekommen)\b|\bes\s+(?:\S+\s+){0,4}?nicht\s+(?:\S+\s+){0,2}?(?:geklappt|gereicht)\b|\b(?:ist|war|wird)\s+es\s+(?:\S+\s+){0,4}?nichts\s+geworden\b|\bnicht\s+in\s+die\s+(?:nächste|engere|finale|zweite)\s+(?:Runde|Auswahl)|\bin\s+die\s+(?:nächste|engere|finale|zweite)\s+(?:Runde|Auswahl)\s+(?:\S+\s+){0,2}?nicht\s+(?:\S+\s+)?(?:einbeziehen|einbezogen|einzubeziehen|aufnehmen|aufgenommen|aufzunehmen|nehmen|genommen|ziehen|gezogen)\b|\bnicht\s+bestanden\b|\bkeine\s+Berücksichtigung\b|\bnicht\s+(?:zu\s+)?(?:Ihren|deinen)\s+Gunsten\b|\bgegen\s+(?:eine[nr]?|ein)\s+(?:weitere[nr]?\s+)?(?:Einladung|Gespräch|Vorstellungsgespräch|Zusammenarbeit|Einstellung|Berücksichtigung)\s+(?:\S+\s+){0,3}?entschieden|\bnicht\s+(?:\S+\s+)?erfolgreich\b`,
    ),
    signal(
      'others',
      0.8,
      rx`\b(?:für|mit)\s+(?:ein[\w*:_/]*\s+)?(?:ander|weiter|ein)[\w*:_/]*\s+(?:\S+\s+){0,2}?${CANDIDATE}\s+(?:\S+\s+){0,4}?(?:entschieden|entschlossen|weiter\w*|fort\w*|zu\s+(?:gehen|machen)|gehen|machen)|\b(?:entschieden|entschlossen)\b[^.;!?]{0,80}?\b(?:für|mit)\s+(?:ein[\w*:_/]*\s+)?(?:ander|weiter)[\w*:_/]*\s+(?:\S+\s+){0,2}?${CANDIDATE}|\b(?<!\b(?:gegenüber|vor)\s(?:den\s)?)(?:anderen?|weiteren?)\s+${CANDIDATE}\s+(?:\S+\s+){0,3}?(?:den\s+)?Vorzug|\bgegen\s+(?:Sie|dich|Ihre\s+Bewerbung|deine\s+Bewerbung)\s+(?:\S+\s+){0,2}?entschieden`,
    ),
    // Someone unnamed, or the choice "fell" on another: "für jemanden entschieden, der …", "die
    // Auswahlentscheidung ist auf eine Mitbewerberin gefallen", "entschieden, andere Kandidaten einzuladen".
    signal(
      'others',
      0.8,
      rx`\b(?:haben|hat|habe)\s+(?:\S+\s+){0,2}?(?:jemand(?:en)?|wen)\s+(?:anderen\s+|Passenden\s+|Geeigneten\s+)?gefunden\b(?![^.;!?]{0,40}\b(?:Sie|dich|dir|du)\b)|\bjemand(?:em)?\s+ander(?:em|s)\s+(?:\S+\s+)?(?:gegeben|zugesagt|angeboten|versprochen)\b|\b(?:für|mit)\s+jemand(?:en|em)?\s+(?:(?:anderen|anders|anderem)\s+)?(?:\S+\s+){0,4}?(?:entschieden|entschlossen)|\b(?:entschieden|entschlossen)\b[^.;!?]{0,60}?\bfür\s+jemand(?:en)?\s+(?:anderen|anders|mit|der|die)\b|\b(?:Wahl|Entscheidung|Auswahlentscheidung|Auswahl)\s+(?:\S+\s+){0,4}?auf\s+(?:ein[\w*:_/]*\s+)?(?:(?:ander|weiter)[\w*:_/]*\s+)?(?:${CANDIDATE}|jemand\w*)\s+(?:\S+\s+){0,3}?gefallen|\b(?:entschieden|entschlossen)\b[^.;!?]{0,40}?\bandere[nr]?\s+${CANDIDATE}|\b(?:uns|wir)\s+(?:\S+\s+){0,4}?(?:anders|anderweitig)\s+entschieden\b|\b(?:(?:Wahl|Entscheidung)\s+fiel|fiel\s+(?:\S+\s+){0,2}?(?:Wahl|Entscheidung))\s+(?:\S+\s+){0,2}?auf\s+(?:ein[\w*:_/]*\s+)?(?:(?:ander|weiter)[\w*:_/]*\s+)?(?:${CANDIDATE}|jemand\w*)|\b(?:Wahl|Entscheidung)\b[^.;!?]{0,30}?\bnicht\s+auf\s+(?:Sie|dich)\b|\b(?:anderweitig|intern)\s+(?:zu\s+)?(?:(?:nach)?besetz\w*|vergeb\w*|vergeben)\b|\bfür\s+(?:eine[nr]?\s+)?${CANDIDATE}\s+(?:mit|die|deren|aus)\b[^.;!?]{0,60}?\bentschieden|\bfür\s+(?:andere\s+)?${CANDIDATE}\s+(?:\S+\s+){0,2}?entschieden\s*,\s*(?:deren|dessen|die|der)\b|\b(?:für|mit)\s+(?:eine[nr]?\s+)?interne[nr]?\s+(?:Lösung|Besetzung|Nachbesetzung|${CANDIDATE})\s+(?:\S+\s+){0,3}?(?:entschieden|entschlossen)`,
    ),
    // A choice that had to be made: "mussten wir uns für Kandidierende entscheiden, deren …", "haben wir uns für eine
    // andere Bewerberin entscheiden müssen" (a plain "wir müssen uns für jemanden entscheiden" is still ahead).
    signal(
      'others',
      0.8,
      rx`\b(?:mussten|musste)\s+(?:wir|ich)\s+uns\s+(?:\S+\s+){0,3}?für\s+(?:\S+\s+){0,2}?(?:${CANDIDATE}|jemand\w*)\s+(?:\S+\s+){0,4}?entscheiden\b|\bfür\s+(?:\S+\s+){0,2}?(?:${CANDIDATE}|jemand\w*)\s+(?:\S+\s+){0,4}?entscheiden\s+müssen\b`,
    ),
    // Someone else fits better: "ein Profil, das genauer passt", "am Ende passt es mit jemandem aus dem Team besser".
    signal(
      'others',
      0.75,
      rx`\b(?:Kandidat\w*|Bewerber\w*|Profil\w*)\s+(?:\S+\s+){0,5}?(?:besser|eher|genauer|stärker)\s+(?:\S+\s+){0,2}?(?:pass\w*|entspr\w*|überein\w*)|\b(?<!\b(?:vielleicht|eventuell|ob|wenn|falls)\s)passt\s+es\s+(?:\S+\s+){0,3}?mit\s+(?:jemand(?:em)?|einer?m?\s+(?:anderen\s+)?${CANDIDATE})\b[^.;!?]{0,60}?\bbesser\b`,
    ),
    signal(
      'not-selected',
      0.75,
      rx`\bAbsage\s+(?:\S+\s+){0,2}?(?:erteilen|geben|mitteilen|aussprechen)|\b(?:Ihnen|dir)\s+(?:\S+\s+){0,2}?absagen\b`,
    ),
    // The application closed for the reader: "damit ist das Auswahlverfahren für Sie (für alle Bewerbenden) beendet".
    signal(
      'not-selected',
      0.75,
      rx`\b(?:Bewerbungs\w*|Auswahl\w*|Prozess|Verfahren)\b[^.;!?]{0,40}?\bfür\s+(?:Sie|dich|alle\s+(?:Bewerb|Kandidat)\w*)\b[^.;!?]{0,40}?\b(?:beendet|abgeschlossen)\b|\b(?:Ihre|deine)\s+Bewerbung\s+(?:\S+\s+){0,3}?(?:geschlossen|archiviert)\b`,
    ),
    // The process ended for everyone still in it, the reader too: "wir beenden den Prozess mit allen Kandidat*innen".
    signal(
      'not-selected',
      0.75,
      rx`\b(?:beenden|schließen|stoppen|stornieren)\s+(?:wir\s+)?(?:\S+\s+){0,2}?(?:den|das)\s+(?:\w*[Pp]rozess|\w*[Vv]erfahren)\s+(?:\S+\s+){0,3}?(?:mit|für)\s+alle[nr]?\s+(?:Kandidat|Bewerb|Teilnehm)\w*(?![^.;!?]{0,40}\b(?:bis|zum|Ende|nächste\w*|voraussichtlich|demnächst)\b)`,
    ),
    // A status label: "Status Ihrer Bewerbung: Abgelehnt"; or the plain verb: "Ihre Bewerbung wurde abgelehnt".
    signal(
      'not-selected',
      0.7,
      rx`\b(?:Status|Ergebnis|Entscheidung|Stand)\b[^.;!?]{0,160}?(?::|\bgeändert\s+(?:in|auf)|\bgesetzt\s+auf|\bauf|\s(?=["„“]))\s*["„“]?(?:Bewerbung\s+|(?:Verfahren\s+)?(?:beendet|abgeschlossen|geschlossen)\s*[-–—:]\s*)?(?:abgelehnt|Absage|abgesagt|nicht\s+(?:weiter\s+|mehr\s+)?(?:berücksichtigt|ausgewählt|erfolgreich))\b(?!\s*[“”"»«]?\s*,?\s*(?:bedeutet|heißt|besagt|steht\s+für))|\b(?:Ihre?|deine?)\s+(?:Bewerbung|Kandidatur|Profil|Unterlagen)\s+(?:\S+\s+){0,4}?(?:wurde|wurden|ist|sind|wird)\s+(?:(?!nicht\b|keineswegs\b)\S+\s+)?abgelehnt\b`,
    ),
    // A status standing alone on its line under "Der Status Ihrer Bewerbung hat sich geändert:"; an exam's threshold
    // missed ("die Mindestpunktzahl haben Sie nicht erreicht"); nobody taken on ("wir stellen derzeit keine
    // Auszubildenden ein"); a team already full ("wir sind für den Sommer voll besetzt").
    signal(
      'not-selected',
      0.7,
      rx`^\s*["„“]?(?:abgelehnt|abgesagt|nicht\s+(?:weiter\s+|mehr\s+)?(?:berücksichtigt|ausgewählt|erfolgreich))["“]?\s*[.!]?\s*$|\b(?:Punktzahl|Mindestpunkt\w*|Bestehensgrenze|Mindestnote|Punkte)\b[^.;!?]{0,60}?\bnicht\s+(?:\S+\s+)?erreicht|\bstellen\s+(?:[^\s,]+\s+){0,4}?(?:nicht|keine\w*|niemanden)\s+(?:[^\s,]+\s+){0,2}?ein\b|\b(?:wir\s+sind|sind\s+wir)\s+(?:\S+\s+){0,3}?(?:voll\s+besetzt|ausgebucht|vollzählig|voll(?=\s*[.!,;]|\s*$))|\b(?:Team|Teams|Mannschaft|Besetzung)\s+(?:\S+\s+){0,4}?(?:ist|sind)\s+(?:\S+\s+){0,4}?(?:bereits|schon|inzwischen|mittlerweile|leider)\s+(?:\S+\s+){0,2}?(?:komplett|vollständig|voll\s+besetzt|vollzählig)\b`,
    ),
    // Another candidate found the better match: "dass eine Mitbewerberin in diesem Punkt die passendere Besetzung ist".
    signal(
      'others',
      0.75,
      rx`\b(?:anderer?[nms]?|eine[nr]?|ein)\s+(?:\S+\s+)?${CANDIDATE}\b[^.;!?]{0,60}?\b(?:passender|geeigneter|besser\s+(?:passt|geeignet))\w*`,
    ),
    // A post filled or gone; "die Stelle wird im März besetzt" is a plan, "… wird nicht besetzt" a decision.
    signal(
      'role-gone',
      0.75,
      rx`\b(?:Stellen?|Position(?:en)?|Vakanz|Ausschreibung|(?:Praktikums|Ausbildungs|Lehr|Trainee|Werkstudenten)(?:stellen?|pl[aä]tze?)|(?:Ferien|Neben|Aushilfs|Sommer|Saison)jobs?)\b[^.;!?]{0,110}?\b(?<!\bnoch\s(?:nicht\s|immer\s+nicht\s)?)(?:(?<!\b(?:wird|werden|soll|sollen)\s(?:(?!nicht\b|nie\b)[^\s.;!?]+\s){0,4})besetzt|nachbesetzt|vergeben|gestrichen|geschlossen|zurückgezogen|entfällt|entfallen|weggefallen|nicht\s+mehr\s+(?:verfügbar|vakant|offen|ausgeschrieben|besetzt\s+werden)|nicht\s+(?:mehr\s+|neu\s+)?(?:zu\s+)?(?:besetzen|nachbesetzen)\b)|\b(?:Auswahlverfahren|Bewerbungsverfahren|Stellenbesetzungsverfahren|Besetzungsverfahren)\b[^.;!?]{0,90}?\b(?:eingestellt|abgebrochen|aufgehoben)\b|\b(?:Ausschreibung|Stellenausschreibung)\s+(?:\S+\s+){0,3}?(?:wird|wurde|ist)\s+(?:\S+\s+)?(?:aufgehoben|zurückgezogen|storniert)\b|\b(?:entfällt|wegfällt)\s+(?:die|diese)\s+(?:\S+\s+)?(?:Stelle|Position|Vakanz)\b|\b(?:Stelle|Position|Vakanz|Einsatz)\s+(?:fällt|fiel)\s+(?:\S+\s+){0,2}?weg\b`,
    ),
    signal(
      'not-fit',
      0.7,
      rx`\b(?:passt|passen|entspricht|entsprechen|übereinstimm\w*|deckt|decken)\b[^.;!?]{0,40}?\bnicht\b|\bnicht\s+(?:\S+\s+){0,3}?(?:passt|passen|gepasst|entspricht|entsprechen|übereinstimm\w*)\b`,
    ),
    signal(
      'not-selected',
      0.7,
      rx`\bkein(?:e|en)?\s+(?:\S+\s+){0,2}?(?:Angebot|Stelle|Position|Vorstellungsgespräch|Einladung|Zusage)\s+(?:\S+\s+){0,8}?(?:machen|anbieten|unterbreiten|aussprechen|geben|erteilen)|\b(?:Stelle|Position)\s+(?:\S+\s+){0,3}?(?:mit|durch)\s+(?:einem|einer|einen|eine)\s+(?:anderen?\s+|internen?\s+)?(?:Kandidat\w*|Bewerber\w*|Person)\b[^.;!?]{0,80}?\bbesetz\w*`,
    ),
    // Someone named beside the reader or found for the post: "für Ihre Mitbewerberin entschieden", "die Stelle mit
    // einem Bewerber bzw. einer Bewerberin zu besetzen", "eine geeignete Kandidatin gefunden", "an eine andere
    // Bewerberin vergeben".
    signal(
      'others',
      0.8,
      rx`\b(?:für|mit)\s+(?:Ihre[nr]?|deine[nr]?)\s+Mitbewerber\w*\s+(?:\S+\s+){0,3}?(?:entschieden|entschlossen)|\b(?:entschieden|entschlossen|beschlossen)\b[^.;!?]{0,40}?\b(?:Stelle|Position|Vakanz)\s+(?:\S+\s+){0,2}?(?:mit|durch)\s+(?:einer|einem)\s+(?:anderen?\s+|internen?\s+|externen?\s+)?${CANDIDATE}|\b(?:eine[nr]?|die|den)\s+(?:geeignete[nr]?|passende[nr]?|andere[nr]?|passendere[nr]?)\s+${CANDIDATE}\s+(?:\S+\s+){0,3}?gefunden\b(?!\s*[:!–-]|[^.;!?]{0,40}\b(?:Sie|dich|du)\b)|\b(?:vergeben|gegeben|angeboten|zugesagt)\s+an\s+(?:eine[nr]?|einen)\s+(?:andere[nr]?|interne[nr]?)\s+${CANDIDATE}|\b(?:an|einer|einem)\s+(?:andere[nr]?|interne[nr]?)\s+${CANDIDATE}\s+(?:\S+\s+)?(?:vergeben|angeboten|gegeben)\b`,
    ),
    // A selection closed with nobody chosen: "das Verfahren wurde ohne Stellenbesetzung abgeschlossen".
    signal(
      'not-selected',
      0.75,
      rx`\b(?:Verfahren|Auswahlverfahren|Bewerbungsverfahren|Stellenbesetzungsverfahren|Besetzungsverfahren|Prozess)\b[^.;!?]{0,60}?\bohne\s+(?:Besetzung|Stellenbesetzung|Einstellung|Ergebnis)\s+(?:\S+\s+)?(?:beendet|abgeschlossen|eingestellt|abgebrochen)\b`,
    ),
    // Nobody taken on at all: "eine Besetzung der Stelle erfolgt nicht", "es wird keine Einstellung erfolgen".
    signal(
      'not-selected',
      0.8,
      rx`\b(?:Besetzung|Einstellung|Neubesetzung|Nachbesetzung)\s+(?:\S+\s+){0,3}?(?:erfolgt|findet)\s+(?:\S+\s+)?nicht\b|\bkeine\s+(?:Besetzung|Einstellung|Neubesetzung|Nachbesetzung)\s+(?:\S+\s+){0,3}?(?:erfolgen|stattfinden|vornehmen|geben)\b`,
    ),
    // Formal ways of closing the door: "müssen wir von einer Einladung absehen", "für eine andere Bewerbung entschieden",
    // "eine Zusammenarbeit kommt leider nicht zustande".
    signal(
      'not-selected',
      0.75,
      rx`\bvon\s+(?:einer|einem|der|dem)\s+(?:weiteren\s+|erneuten\s+)?(?:Einladung|Berücksichtigung|Vorstellungsgespräch|Gespräch|Einstellung|Zusammenarbeit|Fortsetzung|Weiterführung|Weiterverfolgung)\b[^.;!?]{0,60}?\b(?:absehen|abzusehen|ab(?=\s*[.,;!]|\s*$))|\b(?:für|zugunsten)\s+(?:eine|einer)\s+andere[nr]?\s+Bewerbung\w*\s+(?:\S+\s+){0,3}?entschieden|\b(?:Zusammenarbeit|Anstellung|Einstellung|Beschäftigung)\s+(?:\S+\s+){0,3}?(?:kommt|wird|kann)\s+(?:\S+\s+){0,3}?nicht\s+zustande\b|\bnicht\s+(?:\S+\s+){0,2}?(?:in|auf)\s+(?:die|der|den)\s+(?:\S+\s+)?\w*(?:[Ll]iste|Auswahl)\s+(?:aufgenommen|gesetzt|übernommen)\b`,
    ),
    // Casual: "das wird diesmal leider nichts", "es hat nicht sollen sein", "wir gehen einen anderen Weg".
    signal(
      'not-selected',
      0.75,
      rx`\b(?:das|es)\s+wird\s+(?:\S+\s+){0,3}?nichts(?=\s*[.,;!]|\s+mit\s+(?:uns|dir|Ihnen|der\s+Stelle))|\bhat\s+(?:\S+\s+){0,2}?nicht\s+sollen\s+sein\b|\b(?:wir|haben\s+uns)\b[^.;!?]{0,40}?\beinen\s+anderen\s+Weg\b`,
    ),
    // A subject that is the news itself ("Absage", "Absage Ihrer Bewerbung als Buchhalterin"), or the note on a
    // forwarded one ("schau mal, leider eine Absage").
    signal(
      'not-selected',
      0.7,
      rx`^\s*(?:(?:AW|Re|WG|Fwd)\s*:\s*)?Absage(?:\s+(?:zu\s+|auf\s+)?(?:Ihrer|Ihre|deiner|deine)\s+Bewerbung\b[^.;!?]{0,80})?\s*$|\b(?:leider|wieder|schon\s+wieder)\s+(?:nur\s+)?eine\s+Absage(?=\s*[.!]|\s*$)`,
    ),
    // An open application with nothing to offer: "derzeit haben wir keine passende Stelle für Sie".
    signal(
      'not-fit',
      0.7,
      rx`\bkeine[nr]?\s+(?:\S+\s+)?(?:passende[nr]?|geeignete[nr]?|freie[nr]?|offene[nr]?|vakante[nr]?|entsprechende[nr]?)\s+(?:Stelle|Position|Vakanz|Tätigkeit|Einsatzmöglichkeit|Beschäftigungsmöglichkeit)\w*\s+(?:\S+\s+){0,2}?(?:für\s+(?:Sie|dich)|anbieten|zu\s+besetzen|frei|verfügbar)\b(?![^.;!?]{0,30}\bgefunden\b)`,
    ),
    signal(
      'on-hold',
      0.6,
      rx`\b(?:Stelle|Besetzung|Rekrutierung|Prozess)\b[^.;!?]{0,60}?\b(?:pausiert|ausgesetzt|auf\s+Eis\s+gelegt)`,
    ),
    // Out of the running, said plainly: "du bist leider nicht weiter dabei", "Sie sind nicht mehr im Rennen".
    signal(
      'not-forward',
      0.8,
      rx`\b(?:du\s+bist|Sie\s+sind|bist\s+du|sind\s+Sie)\s+(?:\S+\s+){0,3}?nicht\s+(?:mehr|weiter|länger)\s+(?:\S+\s+)?(?:dabei|im\s+(?:Rennen|Prozess|Verfahren|Auswahlverfahren))\b|\b(?:du\s+bist|Sie\s+sind|bist\s+du|sind\s+Sie)\s+(?:(?!nicht\b|keineswegs\b|noch\b)\S+\s+){0,3}?raus(?=\s*[.,;!]|\s*$|\s+aus\b)`,
    ),
    // The choice told as what the team does next: "wir gehen mit einem anderen Kandidaten in die
    // Vertragsverhandlung" ("einem weiteren" may go on beside the reader), "entschieden, den Prozess mit Kandidierenden fortzusetzen, deren Profil …", "wir gehen
    // mit jemand anderem weiter".
    signal(
      'others',
      0.8,
      rx`\b(?:gehen|gehe|geht|starten|machen|planen|arbeiten)\s+(?:\S+\s+){0,3}?mit\s+(?:(?:ein[\w*:_/]*\s+)?ander[\w*:_/]*\s+(?:\S+\s+){0,2}?${CANDIDATE}|jemand(?:em)?\s+anderem?)\b|\b(?:entschieden|entschlossen)\b[^.;!?]{0,60}?\bmit\s+(?:den\s+|einer?[nr]?\s+)?${CANDIDATE}\s+(?:\S+\s+){0,3}?(?:fortzusetzen|fortzuführen|weiterzumachen|weiterzugehen|zu\s+(?:gehen|sprechen))\s*,\s*(?:deren|dessen|die|der|welche)\b`,
    ),
    // The reader ruled out: "Ihre Bewerbung kommt für uns leider nicht in Frage", "leider erfüllen Sie nicht alle
    // Anforderungen der Stelle".
    signal(
      'not-fit',
      0.7,
      rx`\b(?:Sie|du|Bewerbung|Profil|Kandidatur)\s+(?:\S+\s+){0,4}?(?:kommt|kommen|kommst)\s+(?:\S+\s+){0,4}?nicht\s+(?:mehr\s+)?in\s+(?:Frage|Betracht)\b|\b(?:kommt|kommen|kommst)\s+(?:Sie|du|Ihre\s+Bewerbung|deine\s+Bewerbung|Ihr\s+Profil|dein\s+Profil)\s+(?:\S+\s+){0,4}?nicht\s+(?:mehr\s+)?in\s+(?:Frage|Betracht)\b|\b(?:erfüllen\s+Sie|erfüllst\s+du|Sie\s+erfüllen|du\s+erfüllst|(?:Ihr|dein)\s+Profil\s+erfüllt)\s+(?:\S+\s+){0,3}?nicht\s+(?:\S+\s+){0,2}?(?:Anforderungen|Voraussetzungen|Kriterien|Anforderungsprofil)\b`,
    ),
    // Late-stage, in few words: "wir haben der Kollegin den Vorzug gegeben", "leider reicht es diesmal nicht für eine
    // Zusage".
    signal(
      'others',
      0.8,
      rx`\b(?<!\b(?:gegenüber|vor)\s)(?:der|dem|einer|einem)\s+(?:anderen\s+)?${CANDIDATE}\s+(?:\S+\s+){0,2}?den\s+Vorzug\b|\breicht\s+es\s+(?:\S+\s+){0,3}?nicht\s+(?:ganz\s+)?(?:für\s+(?:eine\s+|die\s+|ein\s+)?(?:Zusage|Stelle|Angebot|nächste\s+Runde)\b|(?=\s*[.!]))`,
    ),
    // Another direction, or the others fit better: "entschieden, in eine andere Richtung zu gehen", "andere Bewerbungen
    // entsprachen unseren Anforderungen besser".
    signal(
      'others',
      0.75,
      rx`\b(?:entschieden|entschlossen|beschlossen)\b[^.;!?]{0,40}?\b(?:in\s+)?eine\s+andere\s+Richtung\s+(?:zu\s+)?(?:gehen|einzuschlagen|einschlagen)\b|\bandere[nr]?\s+(?:Bewerbung\w*|Kandidat\w*|Bewerber\w*|Profile?)\s+(?:\S+\s+){0,5}?(?:pass\w*|entspr\w*|überein\w*|erfüll\w*)\s+(?:[^\s.;!?]+\s+){0,6}?(?:besser|eher|genauer|stärker|mehr)\b`,
    ),
    // Nobody needed: "aktuell haben wir keinen Bedarf an Bauzeichnern", "momentan ist leider nichts frei", "wir
    // brauchen im Moment niemanden", "suchen derzeit niemanden" (an advert's "wir brauchen
    // niemanden, der perfekt ist" describes whom they do want).
    signal(
      'not-fit',
      0.7,
      rx`\bkein(?:en)?\s+(?:personellen\s+|weiteren\s+)?(?:Bedarf|Personalbedarf|Einstellungsbedarf)\b(?=\s*[.!]|\s+an\s+(?![^.;!?]{0,30}\b(?:Unterlagen|Dokument\w*|Informationen|Nachweis\w*|Angaben)\b))|\b(?:ist|sind|haben\s+wir)\s+(?:\S+\s+){0,3}?nichts\s+(?:frei|offen|zu\s+vergeben)\b|\b(?:brauchen|benötigen|suchen)\s+(?:wir\s+)?(?:\S+\s+){0,3}?(?:niemanden|keine\s+(?:weitere[nr]?\s+|neuen?\s+)?(?:Verstärkung|Mitarbeiter\w*|Leute|Unterstützung|Aushilfe\w*))\b(?!\s*,?\s*(?:der|die|das|mit)\b)`,
    ),
    // The offer went to someone else: "das Angebot haben wir jemand anderem gemacht".
    signal(
      'others',
      0.8,
      rx`\b(?:Angebot|Vertragsangebot|Zusage)\s+(?:\S+\s+){0,3}?(?:jemand(?:em)?\s+anderem?|(?:einer|einem)\s+(?:anderen|weiteren)\s+(?:Person|${CANDIDATE}))|\b(?:jemand(?:em)?\s+anderem?|(?:einer|einem)\s+(?:anderen|weiteren)\s+(?:Person|${CANDIDATE}))\s+(?:\S+\s+){0,2}?(?:das|ein|unser)\s+(?:Angebot|Vertragsangebot|Zusage)\b`,
    ),
    // A post settled another way: "die Stelle hat sich inzwischen erledigt".
    signal(
      'role-gone',
      0.75,
      rx`\b(?:Stelle|Position|Vakanz|Ausschreibung|Aushilfsstelle)\b[^.;!?]{0,40}?\bhat\s+sich\s+(?:\S+\s+){0,3}?erledigt\b`,
    ),
    // A crew already full ("für den Winter sind wir schon komplett", "die Stelle ist schon weg"), or the post given
    // to someone named ("die Stelle geht an Lukas, der …").
    signal(
      'not-selected',
      0.75,
      rx`\b(?:wir\s+sind|sind\s+wir)\s+(?:\S+\s+){0,4}?(?:schon|bereits|leider|inzwischen|mittlerweile)\s+komplett\b(?!\s+(?:neu|digital|anders|umgestellt|ausgestattet)\b)|\bhaben\s+(?:wir|ich)\s+(?:\S+\s+){0,3}?(?:schon|bereits|inzwischen)\s+alle\s+Leute\b|\b(?:(?:Ausbildungs|Praktikums|Aushilfs|Ferien|Saison|Lehr)(?:stellen?|jobs?|platz|plätze)|Stellen?|Jobs?|Platz|Position(?:en)?)\s+(?:[^\s.;!?]+\s+){0,3}?(?:ist|war|sind|waren)\s+(?:\S+\s+){0,3}?(?:schon|leider|bereits|inzwischen|mittlerweile)\s+(?:\S+\s+)?weg\b|\b(?:Stelle|Position|Zusage|Job|Platz)\s+(?:\S+\s+)?(?:geht|ging)\s+(?:\S+\s+)?an\s+(?:(?:Herrn|Frau)\s+)?(?!(?:Sie|dich|euch|uns|die|den|das|der|dem|eine?[nmr]?|unser\w*|Ihr\w*|dein\w*)\b)\w+(?=\s*[.,;]|\s*$|\s+(?:der|die|weil|da)\b)`,
    ),
    // A placement that fell through ("der Einsatz als Lagerhelfer entfällt", "der Kunde hat den Auftrag
    // storniert"), an advert withdrawn, and nothing else to offer ("aktuell haben wir nichts Vergleichbares für Sie").
    signal(
      'role-gone',
      0.75,
      rx`\bEinsatz\s+(?:als|bei|im|in)\b[^.;!?]{0,60}?\b(?:entfällt|entfallen|fällt\s+(?:\S+\s+)?weg|kommt\s+(?:\S+\s+)?nicht\s+zustande|(?:ist|wurde)\s+(?:\S+\s+)?(?:abgesagt|storniert|gestrichen))\b|\b(?:Kunde|Kundin|Auftraggeber\w*)\s+(?:(?:im|in|aus|bei)\s+(?:\S+\s+){1,3}?)?hat\s+(?:\S+\s+){0,2}?(?:Auftrag|Anfrage|Bedarf)\s+(?:\S+\s+){0,3}?(?:storniert|zurückgezogen|abgesagt)\b|\b(?:Ausschreibung|Stellenausschreibung|Stellenanzeige|Vakanz)\s+(?:\S+\s+){0,2}?(?:wurde|wird|ist)\s+(?:\S+\s+)?(?:zurückgezogen|zurückgenommen|storniert)\b`,
    ),
    signal(
      'not-fit',
      0.75,
      rx`\b(?:haben|hätten)\s+(?:wir|ich)\s+(?:\S+\s+){0,3}?nichts\s+(?:Vergleichbares|Passendes|Anderes|Geeignetes)\s+(?:\S+\s+)?für\s+(?:Sie|dich)\b|\b(?:eine[nr]?|ein)\s+(?:vergleichbare[nr]?|passende[nr]?|andere[nr]?|alternative[nr]?|geeignete[nr]?)\s+(?:Einsatz|Stelle|Position|Job|Auftrag)\w*\s+(?:haben|hätten)\s+wir\s+(?:\S+\s+){0,3}?(?:nicht|leider\s+nicht)\s+(?:\S+\s+)?für\s+(?:Sie|dich)\b`,
    ),
    // Covered from within ("eine Kollegin stockt ihre Stunden auf"), or the management's choice named ("die
    // Bereichsleitung hat sich für Herrn Albers entschieden").
    signal(
      'others',
      0.8,
      rx`\b(?:Kolleg\w*|Mitarbeiter\w*|Teilzeitkr(?:a|ä)ft\w*)\s+(?:\S+\s+){0,3}?(?:stock\w*|erhöh\w*)\s+(?:\S+\s+){0,2}?(?:Stunden|Arbeitszeit)\s*(?:auf\b)?|\b(?:Leitung|Geschäftsführung|Jury|Kommission|Auswahlkommission|Kunde|Kundin|Auftraggeber|Vorstand|Filialleitung|Bereichsleitung)\s+hat\s+sich\s+(?:\S+\s+){0,4}?für\s+(?:(?:Herrn|Frau|Kollegin|Kollege|Kollegen)\s+)?(?!(?:Sie|dich|euch|eine|einen|ein|den|die|das)\b)\w+\s+entschieden\b`,
    ),
    // A public selection that ends for the reader: excluded or not admitted ("Sie wurden vom weiteren Verfahren
    // ausgeschlossen", "Ihre Bewerbung wurde nicht zugelassen"), or the post proposed for the top-ranked candidate
    // ("die Stelle der erstplatzierten Bewerberin anzubieten").
    signal(
      'not-selected',
      0.75,
      rx`\b(?:(?:Sie|du|Ihre\s+Bewerbung|deine\s+Bewerbung|Ihre\s+Kandidatur)\s+(?:\S+\s+){0,3}?(?:wurden|wurde|wird|werden|ist|sind|bist)|(?:wurden|wurde|wird|werden|sind|bist)\s+(?:Sie|du))\s+(?:\S+\s+){0,2}?(?:vom|aus\s+dem)\s+(?:weiteren\s+)?\w*[Vv]erfahren\s+ausgeschlossen\b|\b(?:Sie|du|Ihre\s+Bewerbung|deine\s+Bewerbung)\s+(?:\S+\s+){0,3}?(?:wurden|wurde|wird|ist|sind)\s+(?:\S+\s+)?nicht\s+(?:zum\s+(?:weiteren\s+)?\w*[Vv]erfahren\s+|zur\s+(?:Prüfung|Auswahl)\s+)?zugelassen\b|\b(?:erst|best)(?:platziert|gereiht|bewertet)\w*\s+${CANDIDATE}\s+(?:\S+\s+){0,4}?(?:vorgeschlagen|berufen|eingestellt|ausgewählt|angeboten|anzubieten|besetzt|zu\s+besetzen)\b|\b(?:Stelle|Position|Ruf|Vertrag|Angebot)\b[^.;!?]{0,60}?\b(?:an\s+(?:die|den)|der|dem|mit\s+(?:der|dem))\s+(?:erst|best)(?:platziert|gereiht|bewertet)\w*\s+${CANDIDATE}`,
    ),
    // The selection closed, said plainly ("das Auswahlverfahren ist inzwischen abgeschlossen"): below the weight
    // that outranks a following invitation, as "…, wir laden Sie zur Vertragsunterzeichnung ein" may follow. A
    // portal's "Bewerbungsprozess abgeschlossen" only says the form is sent.
    signal(
      'role-gone',
      0.65,
      rx`\b(?:Auswahlverfahren|Stellenbesetzungsverfahren|Besetzungsverfahren|Auswahlprozess)\b[^.;!?]{0,60}?\b(?:ist|wurde|sind|wurden)\s+(?:(?!nicht\b|noch\b)[^\s.,;:!?]+\s+){0,2}?abgeschlossen\b(?!\s*(?:und|,\s*(?:und|wir|daher))\b)`,
    ),
    // Every open application closed, the reader's among them: "wir schließen alle laufenden Bewerbungen, auch Ihre".
    signal(
      'not-forward',
      0.75,
      rx`\b(?:schließen|beenden|stornieren|archivieren)\s+(?:wir\s+)?(?:\S+\s+){0,2}?alle\s+(?:laufenden\s+|offenen\s+)?Bewerbung(?:en|sverfahren)\b[^.;!?]{0,30}?\b(?:auch|einschließlich|inklusive|darunter(?:\s+auch)?)\s+(?:Ihre[s]?|deine[s]?|die\s+Ihre)\b|\balle\s+(?:laufenden\s+|offenen\s+)?Bewerbung(?:en|sverfahren)\s*,?\s*(?:auch|einschließlich|inklusive|darunter(?:\s+auch)?)\s+(?:Ihre[s]?|deine[s]?|die\s+Ihre)\b[^.;!?]{0,60}?\b(?:beendet|abgeschlossen|geschlossen|eingestellt|storniert|archiviert)\b`,
    ),
    // A post withdrawn by a decision told verb first: "die Geschäftsführung hat beschlossen, die Stelle zu streichen".
    signal(
      'role-gone',
      0.75,
      rx`\b(?:entschieden|beschlossen|entschlossen)\s*,?\s+(?:die|diese|unsere)\s+(?:\S+\s+)?(?:Stelle|Position|Vakanz|Ausschreibung)\s+(?:\S+\s+){0,3}?(?:zu\s+streichen|zurückzuziehen|aufzuheben|zu\s+stornieren|einzusparen|wegfallen\s+zu\s+lassen)\b`,
    ),
    // Availability that did not fit, told afterwards: "das passte mit deinen Zeiten leider nicht".
    signal(
      'not-fit',
      0.7,
      rx`\b(?:Verfügbarkeit|Zeiten|Arbeitszeiten|Stundenzahl|Gehaltsvorstellung\w*|Vorstellungen)\b(?![^.;!?]{0,60}\b(?:Termin\w*|Gespräch\w*|Interview\w*|Uhrzeit)\b)[^.;!?]{0,40}?\bpasste\w*\s+(?:\S+\s+){0,3}?nicht\b|\bpasste\w*(?![^.;!?]{0,60}\b(?:Termin\w*|Gespräch\w*|Interview\w*|Uhrzeit)\b)\s+(?:\S+\s+){0,4}?(?:mit|zu)\s+(?:deinen|Ihren|deiner|Ihrer)\s+(?:\S+\s+)?(?:Zeiten|Verfügbarkeit|Arbeitszeiten|Vorstellungen)\s+(?:\S+\s+)?nicht\b`,
    ),
  ],
  // Verb first, "Hören Sie … nichts von uns, …", is a condition without "wenn"; "Dann …" opens its consequence.
  // "Wird der Test nicht fristgerecht bearbeitet, …" too: a clause opened by its verb and closed by a comma.
  condition: rx`^\s*(?:hören|hörst|erhalten|erhältst|bekommen|bekommst|haben|hast|sind|bist)\s+(?:Sie|du)\s[^.;!?]{0,150}?\b(?:nichts|keine[nr]?)\b[^.;!?]{0,100}?,|^\s*(?:wird|wirst|werden|ist|bist|sind|erfolgt|erfolgen|liegt|liegen|geht|gehst|gehen|kommt|kommst|kommen)\s[^.;!?,]{0,150}?\b(?:nicht|keine?[nr]?)\b[^.;!?,]{0,80},|^\s*(?:dann|in\s+diesem\s+Fall)\b|^\s*sollte\w*\b|\b(?:falls|wenn|sofern|andernfalls|ansonsten|sollten\s+(?:Sie|wir|du)|im\s+falle?|ob|ohne|mangels|bei\s+(?:ausbleibender|fehlender|keiner)\s+(?:Rückmeldung|Antwort|Nachricht))\b`,
  hypothetical: rx`^\s*(?:wirst|werden|bist|sind|kommst|kommen|kommt|hören|hörst|erhalten|erhältst|bekommen|bekommst|haben|hast)\s+(?:du|Sie)\b(?!\s+(?:\S+\s+)?(?:vielen|herzlichen|besten)\s+Dank)|\b(?:bevor|sobald|deren|dessen|bedeutet|heißt|wahrscheinlich|vermutlich|gehen\s+Sie\s+davon\s+aus|davon\s+auszugehen|betrachten\s+Sie)\b`,
  negation: rx`\b(?:nicht|kein\w*|nie)\b`,
  otherTopic: rx`\b(?:gewünschte[nr]?|frühere[nr]?|spätere[nr]?)\s+(?:Starttermin|Eintrittstermin|Eintrittsdatum|Arbeitsbeginn)\b|\b(?:Ihre[nm]?|deine[nm]?)\s+Wunsch\s+nach\b|\b(?:verschieb\w*|verlegen|anderen?\s+Termin|neuen?\s+Termin|Abwesenheit|nicht\s+im\s+Büro|nicht\s+überwacht|einzeln\w*\s+(?:antworten|Rückmeldung|Feedback))`,
  opener: rx`\bleider\b|\bbedauer\w*|\bnach\s+(?:sorgfältiger|eingehender|reiflicher|intensiver|gründlicher)\s+(?:Prüfung|Überlegung|Abwägung|Durchsicht)|\bschwer(?:e|en)?\s+Entscheidung`,
  cutOff: rx`\b(?:nicht|leider|entschieden|keine?)\s*$|\b(?:müssen|muss)\s+(?:wir|ich)\s+(?:Ihnen|dir)\s+(?:(?:leider|heute|hiermit|nun|jedoch|nach|reiflicher|Überlegung)\s+){0,3}(?:mitteilen|eine|absagen)\b[^.;!?]{0,100}$|\b(?:leider|bedauer\w*)\b[^.;!?]{0,40}?\bmitteilen\b[^.;!?]{0,100}$`,
  softClose: rx`\b(?:wünschen|wünsche)\s+(?:Ihnen|dir)\s+(?:\S+\s+){0,4}?(?:Erfolg|Gute|Glück)|\bweiteren\s+(?:beruflichen\s+)?(?:Weg|Werdegang|Stellensuche|Jobsuche)|\b(?:Talentpool|Bewerberpool)\b|\bzukünftige\w*\s+(?:Stellen|Positionen|Ausschreibungen)`,
  acknowledgement: rx`\b(?:Eingang|erhalten)\b[^.;!?]{0,40}?\bBewerbung|\bBewerbung\b[^.;!?]{0,40}?\b(?:erhalten|eingegangen)|\b(?:prüfen|sichten)\s+(?:\S+\s+){0,3}?(?:Unterlagen|Bewerbung)|\bmelden\s+uns\b|\bEingang\s+(?:Ihrer|deiner)\b|\bEingangsbestätigung\b|\b(?:werden|wird)\s+(?:\S+\s+){0,4}?prüfen\b|\bbei\s+(?:Ihnen|dir)\s+melden\b`,
  interview: rx`\b(?:einladen|Einladung)\b[^.;!?]{0,40}?\b(?:Gespräch|Vorstellungsgespräch|Interview|Kennenlernen|Telefonat)|\b(?:Terminvorschläge|Terminvorschlag|Verfügbarkeit)\b|\bnächste\w*\s+(?:Runde|Schritt)|\b(?:Gespräch|Vorstellungsgespräch|Interview|Termin)\b[^.;!?]{0,60}?\b(?:morgen|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Uhr|verschieben|verlegen|absagen|bestätig\w*)|\b(?:laden|lade)\s+(?:Sie|dich)\s+(?:\S+\s+){0,6}?ein\b|\bmit\s+(?:Ihnen|dir)\s+fortsetzen\b`,
  assessment: rx`\b(?:Test|Aufgabe|Fallstudie|Assessment|Coding[- ]Challenge|Probearbeit)\b[^.;!?]{0,40}?\b(?:bearbeiten|absolvieren|durchführen|ausfüllen|Link)|\b(?:Online-Test|Coding\s+Challenge|Fallstudie|Testaufgabe|Probeaufgabe|Arbeitsprobe|Assessment\s+Center|Probearbeit(?:en|stag)?|Probetag|Probeschicht|Schnuppertag|Schnupperlehre|Hospitationstag)\b`,
  offer: rx`\b(?:Vertragsangebot|Arbeitsvertrag)\b|\bAngebot\s+(?:\S+\s+){0,2}?(?:unterbreiten|machen)|\bfreuen\s+uns[^.;!?]{0,40}?\b(?:Angebot|Zusage)|\beinstellen\s+möchten|\b(?:Dienstvertrag|Vertrag)\b[^.;!?]{0,40}?\b(?:zusenden|senden|unterschreiben)|\bHerzlichen\s+Glückwunsch\b`,
  alert: rx`\bJobs?\s+für\s+(?:Sie|dich)\b|\bJob-?Alert|\bpassende\s+(?:Jobs|Stellen)|\bneue\s+(?:Jobs|Stellenangebote)\b|\bjetzt\s+bewerben\b|\bneue\s+Jobs\b|\bauf\s+(?:Ihr|dein)\s+(?:\S+\s+)?Profil\s+(?:\S+\s+){0,4}?aufmerksam\b|\b(?:für|im\s+Auftrag)\s+(?:eine[ns]?|meine[ns]?|unsere[ns]?)\s+(?:\S+\s+){0,4}?(?:Kunden|Klienten|Mandanten|Auftraggeber|Zulieferer|Unternehmen|Konzern|Mittelständler|Hersteller)\s+(?:\S+\s+){0,5}?suche\s+ich\b|\b(?:Stellen|Jobs)\s*,?\s+die\s+(?:Sie|dich)\s+interessieren\s+könnten\b|\bdiese\s+(?:Unternehmen|Betriebe|Firmen|Arbeitgeber)\s+(?:suchen|stellen)\b`,
  withdrawal: rx`\b(?:Sie|du)\s+(?:\S+\s+){0,2}?(?:Ihre|deine)\s+Bewerbung\b[^.;!?]{0,80}?\bzurückgezogen|\bBewerbung\s+(?:\S+\s+)?zurückgezogen\b|\b(?:schade|bedauerlich),?\s+dass\s+(?:Sie|du)\b|\bRückzug\s+(?:Ihrer|deiner)\s+Bewerbung|\b(?:haben|hast)\s+(?:Ihre|deine)\s+Bewerbung\s+(?:\S+\s+)?zurückgezogen|\b(?:respektieren|akzeptieren|verstehen|bedauern)\s+(?:\S+\s+)?(?:Ihre|deine)\s+Entscheidung\b`,
  pause: rx`\bEinstellungsstopp\b|\b(?:derzeit|vorerst|vorläufig|momentan|zurzeit)\s+(?:\S+\s+)?nicht\s+(?:zu\s+)?(?:besetzen|nachbesetzen|(?:nach)?besetzt)\b|\bvorerst\s+nicht\s+(?:zu\s+)?(?:besetzen|nachbesetzen)\b(?=[^.;!?]{0,80}\b(?:melden|zukommen|kontaktieren|informieren)\b)|\b(?:pausiert|ausgesetzt|auf\s+Eis\s+gelegt)\b`,
  promise: rx`\bvorübergehend\b|\bvorerst\b|\bbis\s+(?:zum\s+)?(?:Frühjahr|Sommer|Herbst|Winter|Jahresbeginn|Jahresende|nächsten\s+Jahr)\b|\bmelden\s+uns\b|\bwieder\s+aufnehmen|\b(?:kommen|zukommen)\s+(?:\S+\s+){0,3}?(?:auf\s+Sie|auf\s+dich)\s+zu|\bauf\s+(?:Sie|dich)\s+zukommen|\bbleibt\s+(?:\S+\s+)?(?:aktiv|bestehen|im\s+(?:Verfahren|Auswahlverfahren|Prozess|Rennen))`,
  jobContext: rx`\b(?:Arbeitsprobe\w*|Probeschicht\w*|Professur|Berufungs\w*|Probetag|Probearbeit\w*|Auswahlverfahren|Bewerbung\w*|(?:Initiativ|Kurz|Online|Blind)bewerbung\w*|Bewerber\w*|Kandidat\w*|Stelle\w*|Position\w*|Vorstellungsgespräch\w*|Absage|Job\w*|Karriere|Personal\w*|Recruiting|Lebenslauf|Praktikum|Werkstudent\w*|Aushilfe\w*|Ausbildung\w*|Vakanz|(?:Lehr|Ausbildungs|Arbeits|Teilzeit|Vollzeit)stellen?\w*|Mitbewerber\w*|Werdegang|Gespräch|(?:Ferien|Neben|Mini|Studenten|Aushilfs|Sommer)jobs?|(?:Eignungs|Einstellungs)test\w*|Auswahlstelle|Saison(?:stelle|kraft|kräfte|arbeit|job|personal)\w*|(?:Winter|Sommer)saison|Küchenhilfe|Servicekraft|Erntehelfer\w*|Probespiel\w*|Vortanzen)\b|${ENGLISH_JOB_WORDS}|\((?:m|w|d|f)\/(?:m|w|d|f)\/(?:m|w|d|f|x)\)`,
  applicationWords: rx`\b(?:Bewerbung(?:en)?|beworben|bewerben)\b`,
  occupations: rx`\b\w*(?:schneider|tischler|schreiner|bäcker|friseur|kellner|florist|konditor|gärtner|maurer|dachdecker|installateur|monteur|entwickler|berater|ingenieur|manager|referent|sachbearbeiter|kaufmann|kauffrau|verkäufer|pfleger|erzieher|techniker|assistent|analyst|designer|leiter|werkstudent|praktikant|spezialist|buchhalter|controller|koch|fahrer|mitarbeiter|angestellte|fachfrau|fachmann|fachkraft|mechaniker|elektriker|pflegehelfer|lagerhelfer|küchenhelfer|produktionshelfer)(?:in(?:nen)?|[:*_]in(?:nen)?|[rn])?\b|${ENGLISH_TITLES}`,
  nonJobContext: rx`\b(?:Vermieter\w*|Mietwohnung|Stipendi\w*|Gewinnspiel|Verlosung|Gewinner|Beta|Warteliste|Stipendium|Wohnung|Kredit\w*|Darlehen\w*|Finanzierung\w*|Baufinanzierung|Hypothek\w*|Zulassung\w*|Studienplatz\w*|Studiengang)\b`,
  someoneElse: rx`\b(?:seine|deren|dessen|meine)\s+Bewerbung\b|\bBewerbung\s+von\s+(?:Herrn|Frau)\b`,
  reader: rx`\b(?:Sie|Ihr\w*|du|dich|dir|dein\w*)\b`,
  includesReader: rx`\b(?:wie\s+(?:Sie|du|dich)|darunter\s+(?:auch\s+)?(?:Sie|du|dich)|zu\s+denen\s+(?:auch\s+)?(?:Sie|du)|(?:Sie|du)\s+gehör(?:en|st)\s+dazu)\b`,
  reported: rx`\b(?:sagte|sagten|erzählte|erzählt|schrieb|berichtet\w*)\b`,
  hiringSide: rx`\b(?:Absagegrund|Ablehnungsgrund|(?:Ihre|deine)\s+Empfehlung|empfohlen\s+ha(?:ben|st))\b`,
  pastDecision: rx`^\s*(?:\S+\s+){0,3}?(?:damals|letztes\s+Jahr|seinerzeit|vor\s+(?:einem|einigen|ein\s+paar)\s+(?:Jahr|Monat)\w*)\b`,
  completions: [
    { ending: 'Ihre Bewerbung.' },
    { after: rx`\b(?:ander|weiter)[\w*:_/]*\s*$`, ending: 'Kandidaten entschieden.' },
  ],
  subjectUpdate: rx`\b(?:Ihre|deine)\s+\w*bewerbung\b|\bAbsage\b|\bRückmeldung\b|^\s*(?:AW|Re|Antw|WG)\s*:\s*(?:Ihre\s+|meine\s+)?\w*[Bb]ewerbung\b|\b(?:Update|Neuigkeiten|Informationen?|Stand|Nachricht)\s+(?:zu[mr]?|zu\s+(?:Ihrer|deiner))\s+(?:\S+\s+)?(?:Position|Stelle|Bewerbung|Ausschreibung|Besetzung|\w*[Vv]erfahren)\b|\b(?:Stelle|Position|Ausschreibung|Vakanz|Einsatz)\b[^\n]{0,60}?\b(?:besetzt|vergeben|abgesagt|gestrichen|zurückgezogen|entfällt|storniert|geschlossen)\b`,
};
