import { rx, signal } from './build';
import type { PhraseSet } from './types';

/** French: "nous sommes au regret", "ne pas donner suite", "votre candidature n'a pas été retenue". */
export const fr: PhraseSet = {
  lang: 'fr',
  markers:
    'les|des|et|vous|votre|vos|nous|pour|avec|est|pas|ne|qui|merci|sommes|au|du|une|avons|malheureusement|dans|sur|ton|ta|tes|toi'.split(
      '|',
    ),
  rejection: [
    signal(
      'not-forward',
      0.8,
      rx`(?:\bne\b|\bn')(?!\s*hésit)\s*(?:\S+\s+){0,3}?(?:pas|plus|point)\s+(?:\S+\s+){0,5}?(?:donner\s+(?:une\s+)?suite|reten\w*|retien\w*|sélectionné\w*|poursuivre|continuer|aller\s+plus\s+loin|avancer|proposer|convier|inviter|faire\s+une\s+(?:proposition|offre)|recruter|engager|embaucher)|(?:\bne\b|\bn')\s*(?:(?:nous|vous|te|y|l')\s*)?(?:donn\w*|retien\w*|retiendr\w*|poursuiv\w*|poursuivr\w*|continu\w*|sélectionn\w*|propos\w*|avanc\w*|irons)\s+(?:\S+\s+)?(?:pas|plus)\b|\bne\s+(?:pouvons|pourrons|pouvions|saurions)\s+(?:\S+\s+){0,3}?(?:donner|réserver)\s+(?:une\s+)?suite`,
    ),
    signal(
      'others',
      0.8,
      rx`\b(?:décidé|choisi|opté)\b[^.;!?]{0,30}?\b(?:poursuivre|continuer|avancer)\s+avec\s+(?:des|les|un|une)\s+(?:candidat\w*|profils?)\s+(?:dont|qui|plus|ayant)\b|\b(?:retenu|choisi|sélectionné|privilégié|recruté|engagé|embauché)\w*\s+(?:\S+\s+){0,3}?(?:un\s+autre|une\s+autre|d'autres)\s+\S+|\b(?:poursuivre|continuer|avancer|opté|décidé|orienté)\w*\s+(?:\S+\s+){0,4}?(?:un\s+autre|une\s+autre|d'autres|autres)\s+(?:\S+\s+)?(?:candidat\w*|profils?|personnes?)|\b(?:privilégié|(?:décidé|choisi)\s+de\s+privilégier)\s+(?:des|d'autres|un|une|les)\s+(?:autres\s+)?(?:candidat\w*|profils?)|\b(?:d'autres|un\s+autre|une\s+autre)\s+(?:candidat\w*|profils?)\s+(?:\S+\s+){0,4}?(?:meilleur\w*|davantage|plus\s+(?:adapté|proche|expériment)\w*)|\b(?:candidat\w*|profils?)\s+(?:\S+\s+){0,5}?(?:correspond\w*|adapté\w*|aligné\w*)\s+(?:\S+\s+){0,2}?(?:davantage|mieux|plus)`,
    ),
    // The choice made for someone else: "le choix s'est porté sur une autre candidate", "a fait le choix d'un
    // candidat ayant …".
    signal(
      'others',
      0.8,
      rx`\b(?:fait|faire|porté)\s+(?:notre\s+|son\s+|leur\s+|le\s+)?choix\s+(?:\S+\s+){0,2}?(?:d'un|d'une|d'autres|sur\s+(?:un|une|d'autres|l'|le|la))\s*(?:autres?\s+)?(?:\S+\s+)?(?:candidat\w*|profils?|personnes?)|\bchoix\s+(?:\S+\s+){0,2}?s'est\s+(?:\S+\s+)?porté\s+sur\s+(?:un|une|d'autres|l'autre|le|la|les)\s+(?:autres?\s+)?(?:\S+\s+)?(?:candidat\w*|profils?|personnes?)`,
    ),
    signal(
      'role-gone',
      0.75,
      rx`\b(?:votre|ta)\s+candidature\s+(?:\S+\s+){0,3}?(?:a\s+été|est)\s+(?:\S+\s+)?(?:clôturée|archivée|close)\b|\b(?:mett(?:re|ons)\s+fin|arrêt(?:er|ons)|clôtur(?:er|ons)|clore)\s+(?:\S+\s+){0,2}?(?:à\s+|au\s+)?(?:(?:votre|ta)\s+(?:candidature|parcours)|(?:le|notre)\s+processus\b[^.;!?]{0,60}?\b(?:vous|votre|toi|ta|te)\b)|\beffectifs\s+(?:\S+\s+)?complets\b|\b(?:avons|a|ont)\s+(?:\S+\s+)?pourvu\s+(?:le|ce|cet|cette|la)\s+(?:poste|offre|emploi|place)|\b(?:poste|postes|places|offre|recrutement)\b[^.;!?]{0,80}?\b(?:pourvu\w*|attribué\w*|clôturé\w*|fermé\w*|annulé\w*|n'est\s+plus\s+(?:disponible|ouvert\w*|à\s+pourvoir))`,
    ),
    // A status label: "Statut de votre candidature : Non retenue".
    signal(
      'not-selected',
      0.7,
      rx`\b(?:statut|résultat|décision|état)\b[^.;!?]{0,80}?:\s*["«]?\s*(?:non\s+retenu\w*|refusé\w*|rejeté\w*|non\s+sélectionné\w*|défavorable)`,
    ),
    signal('not-fit', 0.7, rx`\bne\s+(?:\S+\s+){0,2}?(?:correspond\w*|convien\w*|répond\w*)\s+pas\b`),
    signal('not-selected', 0.75, rx`\breçu\s+une\s+suite\s+défavorable|\bréponse\s+(?:négative|défavorable)`),
    signal(
      'on-hold',
      0.6,
      rx`\b(?:poste|recrutement)\b[^.;!?]{0,60}?\b(?:suspendu|mis\s+en\s+(?:pause|attente)|gelé)`,
    ),
  ],
  condition: rx`^\s*(?:alors|dans\s+ce\s+cas)\b|\b(?:si|s'il|s'ils|au\s+cas\s+où|dans\s+le\s+cas|à\s+moins|sauf\s+si|sans\s+(?:réponse|retour|nouvelles)|faute\s+de|à\s+défaut|en\s+l'absence)\b`,
  hypothetical: rx`\b(?:les\s+candidat\w*|ceux|celles)\s+qui\b|\b(?:dès\s+que|signifie|indique|considérer\s+que|considérez\s+que|probablement)\b`,
  negation: rx`\bne\b|\bn'|\bpas\b|\bjamais\b|\baucun\w*`,
  otherTopic: rx`\b(?:reporter|reprogrammer|décaler|autre\s+(?:date|créneau|horaire)|nouveau\s+créneau|absent\w*|pas\s+surveillé\w*|répondre\s+(?:individuellement|à\s+chaque))`,
  opener: rx`\bmalheureusement\b|\bregret\w*|\bau\s+regret\b|\baprès\s+(?:une\s+)?(?:étude|examen|analyse|réflexion)\s+(?:\S+\s+)?(?:attentive|approfondie|minutieuse)|\bdésolé\w*`,
  cutOff: rx`\b(?:ne|n'|pas|décidé\s+de|regret\s+de)\s*$`,
  softClose: rx`\bsouhait\w*\s+(?:\S+\s+){0,4}?(?:succès|réussite|bonne\s+(?:chance|continuation))|\bbonne\s+(?:chance|continuation)\b|\b(?:futures?|prochaines?)\s+(?:opportunités|offres|recherches)|\bvivier\b|\bconserv\w*\s+(?:votre|vos)\s+(?:CV|candidature|coordonnées)`,
  acknowledgement: rx`\b(?:bien\s+reçu|avons\s+reçu|accusons\s+réception|réception\s+de\s+votre)|\b(?:étudier|examiner|étudions|examinons|étudierons|examinerons)\s+(?:\S+\s+){0,3}?(?:candidature|dossier|profil)|\breviendrons\s+vers\s+vous|\baccusé\s+de\s+réception|\bnous\s+reviendrons`,
  interview: rx`\b(?:inviter|invitons|convier|convions)\b[^.;!?]{0,40}?\b(?:entretien|échange|rencontre)|\b(?:vos\s+disponibilités|créneaux)\b|\bprochaine\s+étape|\bentretien\b[^.;!?]{0,60}?\b(?:lundi|mardi|mercredi|jeudi|vendredi|demain|\d{1,2}h|reporter|confirmer|décaler)|\b(?:souhaiterions|aimerions|souhaitons)\s+vous\s+rencontrer|\bconvier\b|\bconvocation\b|\bjournée\s+d'évaluation`,
  assessment: rx`\b(?:test|évaluation|cas\s+pratique|exercice)\b[^.;!?]{0,40}?\b(?:compléter|réaliser|passer|lien)|\b(?:test\s+en\s+ligne|cas\s+pratique|test\s+technique)\b`,
  offer: rx`\b(?:proposition|offre|promesse)\s+d'embauche|\bheureux\s+de\s+vous\s+(?:proposer|offrir)\s+le\s+poste|\bfélicitations\b|\bbienvenue\s+dans\s+l'équipe|\bcontrat\b[^.;!?]{0,40}?\b(?:signer|signature)`,
  alert: rx`\boffres?\s+d'emploi\s+(?:pour\s+vous|qui\s+pourraient)|\balerte\s+emploi|\bnouvelles\s+offres\b|\bpostulez\s+(?:dès\s+)?maintenant`,
  withdrawal: rx`\bcandidature\s+(?:\S+\s+)?retirée\b|\bdommage\s+que\s+(?:vous|tu)\b|\b(?:regrettons|respectons)\s+(?:votre|ta)\s+décision\b|\b(?:retiré|retirer)\s+votre\s+candidature|\bvotre\s+(?:décision\s+de\s+)?retrait\b|\bavez\s+(?:\S+\s+){0,2}?décidé\s+de\s+ne\s+pas`,
  pause: rx`\bgel\s+des\s+recrutements|\b(?:suspendu|mis\s+en\s+pause|mis\s+en\s+attente|gelé)\b`,
  promise: rx`\b(?:temporairement|momentanément|provisoirement)\b|\b(?:reviendrons|recontacterons|reprendrons|tiendrons\s+informé\w*)|\breste\s+(?:active|ouverte)`,
  jobContext: rx`\b(?:journée\s+d'essai|candidature\w*|candidat\w*|poste\w*|emploi\w*|entretien\w*|recrutement\w*|recruteu\w*|CV|stage|alternance|embauche|carrière)\b`,
  applicationWords: rx`\b(?:candidatures?|postulé|postuler)\b`,
  occupations: rx`\b(?:ingénieur|développeu|commercia|vendeu|chargé|chef|responsable|assistant|technicien|infirmi|consultant|comptable|analyste|stagiaire|conseill|gestionnaire|caissi|serveu|cuisini|rédact|designer)\w*`,
  nonJobContext: rx`\b(?:propriétaire|location|appartement|bailleur|bourse\s+d'études|concours|tirage|gagnant\w*|bêta|liste\s+d'attente|bourse|logement|prêt|crédit|immobilier|emprunt\w*|endettement|financement|hypothécaire|admission)\b`,
  someoneElse: rx`\b(?:sa|leur|ma)\s+candidature\b`,
  reader: rx`\b(?:vous|votre|vos|tu|te|toi|ta|ton|tes)\b`,
  includesReader: rx`\b(?:comme\s+(?:toi|vous)|dont\s+(?:toi|vous)|(?:vous|tu)\s+en\s+fai(?:tes|s)\s+partie)\b`,
  reported: rx`\b(?:dit|disant|raconte|raconté|expliqué|écrit)\b`,
  hiringSide: rx`\b(?:motif\s+(?:de\s+)?(?:refus|rejet)|(?:votre|ta)\s+recommandation|cooptation)\b`,
  pastDecision: rx`^\s*(?:\S+\s+){0,3}?(?:à\s+l'époque|l'an\s+dernier|l'année\s+dernière)\b`,
  completions: [
    { ending: 'votre candidature.' },
    { after: rx`\bn'a\s+pas\s+été\s*$`, ending: 'retenue.' },
    { after: rx`\b(?:autres?|d'autres)\s*$`, ending: 'candidats.' },
  ],
  subjectUpdate: rx`\bvotre\s+candidature\b|\bsuite\s+à\s+votre\b|\bréponse\b`,
};
