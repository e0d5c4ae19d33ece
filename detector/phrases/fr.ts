import { raw, rx, signal } from './build';
import { ENGLISH_JOB_WORDS, ENGLISH_TITLES } from './titles';
import type { PhraseSet } from './types';

/** Job titles' stems: a title marks a job search, and a title after "avancer avec un·e" is a person chosen. */
const OCCUPATION = raw`(?:ingénieur|développeu|commercia|vendeu|chargé|chef|responsable|assistant|technicien|infirmi|consultant|comptable|analyste|stagiaire|conseill|gestionnaire|caissi|serveu|cuisini|rédact|designer|chauffeur|agent|ouvri|menuisi|ébénist|apprenti|alternant|adjoint|attaché|contrôleu|juriste|secrétaire|mécanicien|maître|cariste|manutentionnaire|magasinier|préparat(?:eur|rice)|soudeu|opérat(?:eur|rice))\w*`;

/** After "donner suite": "… à toutes les candidatures" speaks of the whole field, not of the reader. */
const NOT_TO_ALL = raw`(?!\s+(?:\S+\s+)?à\s+(?:toutes|tous|l'ensemble|chaque|chacune?)\b)`;

/** French: "nous sommes au regret", "ne pas donner suite", "votre candidature n'a pas été retenue". */
export const fr: PhraseSet = {
  lang: 'fr',
  markers:
    'les|des|et|vous|votre|vos|nous|pour|avec|est|pas|ne|qui|merci|sommes|au|du|une|avons|malheureusement|dans|sur|ton|ta|tes|toi|notre|cette|aux|chez|être|été|très|le'.split(
      '|',
    ),
  rejection: [
    signal(
      'not-forward',
      0.8,
      rx`(?:\bne\b|\bn')(?!\s*hésit)\s*(?:\S+\s+){0,3}?(?:pas|plus|point)\s+(?:\S+\s+){0,5}?(?:donner\s+(?:une\s+)?suite${NOT_TO_ALL}|aller\s+de\s+l'avant|reten\w*|retien\w*|sélectionné\w*|admis\w*|poursuivre|poursuivie?s?|continuer|(?:aller|accompagner)\s+plus\s+loin|avancer|proposer(?!\s+(?:un|une|le|la|de|d')\s*(?:démarrage|date|début|entrée|créneau|salaire|rémunération|horaire|télétravail|véhicule|logement|prise\s+de\s+poste)\b)|convier|inviter|faire\s+(?:une\s+|d')(?:proposition|offre)|recruter|engager|embaucher)|(?:\bne\b|\bn')\s*(?:(?:nous|vous|te|y|l')\s*)?(?:donn\w*|retien\w*|retiendr\w*|poursuiv\w*|poursuivr\w*|continu\w*|sélectionn\w*|propos\w*|avanc\w*|irons|recrut\w*|embauch\w*)\s+(?:\S+\s+)?(?:pas|plus)\b(?!\s+(?:que|uniquement|seulement)\b)|\bne\s+(?:peut|pourra|saurait|peuvent|pourront)\s+(?:\S+\s+)?(?:être\s+)?(?:retenu\w*|acceptée?s?|prise?s?\s+en\s+compte)|\bne\s+(?:pouvons|pourrons|pouvions|saurions|pouvoir)\s+(?:\S+\s+){0,3}?(?:donner|réserver)\s+(?:une\s+)?suite${NOT_TO_ALL}`,
    ),
    signal(
      'others',
      0.8,
      rx`\b(?:décidé|choisi|opté|préféré|finalement)\b[^.;!?]{0,30}?\b(?:poursuivre|continuer|avancer|aller)\s+(?:(?:le|la|ce|cette|notre)\s+(?:processus|recrutement|sélection|procédure)\s+)?avec\s+(?:des|les|un|une|un·e|un\.e|un\(e\))\s+(?:candidat[\w·.()]*|profils?|personnes?|${OCCUPATION}|${ENGLISH_TITLES})\s+(?:dont|qui|plus|ayant)\b|\b(?:retenu|choisi|sélectionné|privilégié|préféré|recruté|engagé|embauché)\w*\s+(?:\S+\s+){0,3}?(?:un\s+autre|une\s+autre|d'autres)\s+(?!(?:date|créneau|horaire|heure|jour|salle|lieu|moment|option|formule)s?\b)\S+|\b(?:opté|choisi|privilégié|retenu|préféré)\s+(?:pour\s+)?(?:une?|la|le)\s+(?:candidat\w*|profil|personne|solution|mobilité)\s+interne\b|\bne\s+s'est\s+pas\s+porté\w*\s+sur\s+(?:votre|ta|vous|toi)\b|\b(?:poursuivre|continuer|avancer|opté|décidé|orienté)\w*\s+(?:\S+\s+){0,4}?(?:un\s+autre|une\s+autre|d'autres|autres)\s+(?:\S+\s+)?(?:candidat\w*|profils?|personnes?)|\b(?:privilégié|(?:décidé|choisi)\s+de\s+privilégier)\s+(?:des|d'autres|un|une|les)\s+(?:autres\s+)?(?:candidat\w*|profils?)|\b(?:d'autres|un\s+autre|une\s+autre)\s+(?:candidat\w*|profils?)\s+(?:\S+\s+){0,4}?(?:meilleur\w*|davantage|plus\s+(?:adapté|proche|expériment)\w*)|\b(?:candidat\w*|profils?)\s+(?:\S+\s+){0,5}?(?:correspond\w*|répond\w*|adapté\w*|aligné\w*)\s+(?:\S+\s+){0,2}?(?:davantage|mieux|plus)`,
    ),
    // The choice made for someone else: "le choix s'est porté sur une autre candidate", "a fait le choix d'un
    // candidat ayant …", "nous orienter vers un profil plus expérimenté".
    signal(
      'others',
      0.8,
      rx`\b(?:orienter|orientons|orienté\w*|tourner|tournons|tourné\w*)\s+vers\s+(?:un|une|des|d'autres)\s+(?:autres?\s+)?(?:profils?|candidat\w*|personnes?)\b|\borient\w*\s+(?:son|leur|notre|le)\s+choix\s+vers\s+(?:des|un|une|d'autres)\s+(?:autres?\s+)?(?:candidat\w*|profils?|personnes?)|\b(?:fait|faire|porté)\s+(?:notre\s+|son\s+|leur\s+|le\s+)?choix\s+(?:\S+\s+){0,2}?(?:d'un|d'une|d'autres|sur\s+(?:un|une|d'autres|l'|le|la))\s*(?:autres?\s+)?(?:\S+\s+)?(?:candidat\w*|profils?|personnes?)|\bchoix\s+(?:\S+\s+){0,2}?s'est\s+(?:\S+\s+)?porté\s+sur\s+(?:un|une|d'autres|l'autre|le|la|les)\s+(?:autres?\s+)?(?:\S+\s+)?(?:candidat\w*|profils?|personnes?)`,
    ),
    signal(
      'role-gone',
      0.75,
      rx`\b(?:votre|ta)\s+candidature\s+(?:\S+\s+){0,3}?(?:a\s+été|est)\s+(?:\S+\s+)?(?:clôturée|archivée|close)\b|\b(?:mett(?:re|ons)\s+fin|arrêt(?:er|ons)|clôtur(?:er|ons)|clore)\s+(?:\S+\s+){0,2}?(?:à\s+|au\s+)?(?:(?:votre|ta)\s+(?:candidature|parcours)|(?:(?:le|notre)\s+)?processus\b[^.;!?]{0,60}?\b(?:vous|votre|toi|ta|te)\b)|\beffectifs\s+(?:\S+\s+)?complets\b|\b(?:nous\s+sommes|on\s+est|équipe\s+(?:\S+\s+){0,3}?est|effectif\s+est|planning\s+est)\s+(?:déjà\s+)?(?:au\s+)?complets?\b|\b(?:avons|a|ont)\s+(?:\S+\s+)?pourvu\s+(?:le|ce|cet|cette|la)\s+(?:poste|offre|emploi|place)|\b(?:poste|postes|places|offre|stages?|alternances?|apprentissages?|recrutement|processus\s+de\s+(?:recrutement|sélection))\b[^.;!?]{0,80}?\b(?<!\b(?:pas\s+encore|toujours\s+pas|encore)\s(?:été\s)?)(?:pourvu\w*|attribué\w*|(?:déjà|toutes)\s+(?:\S+\s+)?(?:prises?\b(?!\s+en\s+(?:compte|charge))|parties\b)|clôturé\w*|fermé\w*|annulé\w*|supprimé\w*|retiré\w*|interrompu\w*|abandonné\w*|arrêté\w*|n'est\s+(?:donc\s+|malheureusement\s+|désormais\s+)?plus\s+(?:disponible|ouvert\w*|à\s+pourvoir|d'actualité))|\b(?:déclar\w*|s'est\s+(?:\S+\s+)?(?:conclu|terminé)\w*)\s+(?:\S+\s+){0,2}?(?:infructueu\w*|sans\s+(?:suite|nomination|recrutement))\b|\b(?:clôtur(?:er|ons|é)|clore|arrêt(?:er|ons|é)|mett(?:re|ons)\s+fin\s+à)\s+(?:\S+\s+){0,2}?(?:le|ce|notre)\s+(?:processus|recrutement)\b`,
    ),
    // A status label: "Statut de votre candidature : Non retenue".
    signal(
      'not-selected',
      0.7,
      rx`\b(?:statut|résultat|décision|état|motif)\b[^.;!?]{0,160}?(?::|\b(?:passé|changé|modifié)\s+(?:à|en)|\s(?=["«“]))\s*["«“]?\s*(?:(?:candidature|profil|dossier)\s+|(?:clôturée?|close|terminée?)\s*[-–—:]\s*)?(?:non\s+retenu\w*|refusé\w*|rejeté\w*|non\s+sélectionné\w*|défavorable|écarté\w*|non\s+poursuivi\w*)\b(?!\s*[“”"»«]?\s*,?\s*(?:signifie|veut\s+dire|indique))`,
    ),
    // Someone else taken: "je vais finalement prendre quelqu'un qui a déjà son CAP", "nous avons recruté quelqu'un
    // d'autre", "nous avons retenu un profil plus expérimenté", "recruté une personne en interne". A bare "recruter quelqu'un qui…" is a job advert, so the choice is past, final or another person.
    signal(
      'others',
      0.8,
      rx`\b(?:pris|prendre|retenu|choisi|embauché|recruté|engagé|trouvé)\s+quelqu'un\s+d'autre|\b(?:retenu|choisi|sélectionné|privilégié)\s+(?:un|une|des|d'autres)\s+(?:autres?\s+)?(?:profils?|candidat\w*|personnes?)\s+(?:plus|mieux|davantage|dont|ayant|correspondant|disposant|possédant|justifiant|bénéficiant)\b|\b(?:recruté|pourvu|retenu|choisi|engagé|embauché)e?s?\s+(?:\S+\s+){0,3}?en\s+interne\b|\b(?:avons|ai|a|ont)\s+(?:finalement\s+|déjà\s+)?(?:pris|retenu|choisi|embauché|recruté|engagé|trouvé)\s+quelqu'un\b(?!\s+(?:pour|qui)\s+(?:\S+\s+)?(?:vous|te|t'|toi)\b)|\bfinalement\b[^.;!?]{0,30}?\b(?:prendre|retenir|choisir|embaucher|recruter|engager)\s+quelqu'un\b`,
    ),
    // Exams of public competitions and qualifications: "vous n'êtes pas déclaré(e) admissible", "vous n'avez pas
    // obtenu la note de passage".
    signal(
      'not-selected',
      0.75,
      rx`\bn'(?:êtes|es|est|avez|as|a)\s+pas\s+(?:été\s+)?(?:déclaré\S*\s+)?(?:admissible|admis\w*|classé\w*|auditionné\w*)|\bn'(?:avez|as|a)\s+pas\s+(?:\S+\s+)?(?:obtenu|atteint)\s+(?:la|le)\s+(?:note|seuil|score)\s+(?:de\s+passage|minim\w*|requis\w*)|^\s*["«]?(?:non\s+retenu\w*|refusé\w*|non\s+admis\w*|non\s+sélectionné\w*)["»]?\s*[.!]?\s*$|\baucun(?:e)?\s+(?:candidat\w*|candidature|personne|dossier)\s+n'a\s+été\s+(?:retenu|sélectionné|admis|jugé)\w*`,
    ),
    signal(
      'not-fit',
      0.7,
      rx`\bne\s+(?:\S+\s+){0,2}?(?:correspond\w*|convien\w*|répond\w*|coll(?:e|ent|ait|aient)|cadr(?:e|ent|ait|aient))\s+pas\b`,
    ),
    signal(
      'not-selected',
      0.75,
      rx`\breçu\s+une\s+suite\s+défavorable|\bn'(?:avons|ai)\s+(?:\S+\s+)?pas\s+de\s+bonnes?\s+nouvelles?\b|(?<!\b(?:votre|ta)\s)\bréponse\s+(?:(?:est|sera)\s+)?(?:\S+\s+)?(?:négative|défavorable)`,
    ),
    signal(
      'on-hold',
      0.6,
      rx`\b(?:poste|recrutement)\b[^.;!?]{0,60}?\b(?:suspendu|mis\s+en\s+(?:pause|attente)|gelé)`,
    ),
    // The offer went to someone else: "nous avons fait l'offre à une autre candidate", "j'ai proposé la place
    // à un autre apprenti", "le poste a été attribué à une collègue".
    signal(
      'others',
      0.8,
      rx`\b(?:offre|proposition)\s+(?:\S+\s+){0,3}?à\s+(?:une?\s+autre\s+(?:personne|candidat\w*|profil)|quelqu'un\s+d'autre)\b|\b(?:propos|offert|offrir|attribu|confi|donn)(?:ée?s?|er)\s+(?:(?:le|la|l'|ce|cette|cet|notre)\s*(?:poste|place|stage|apprentissage|alternance|contrat|emploi|job|mission)\s+)à\s+(?:un|une|d')\s*(?:autres?|collègue|collaborat\w*|salarié\w*|candidat\w*|personne)\b|\b(?:trouvé|recruté|retenu)\s+(?:un|une|le|la)\s+(?:candidat\w*|profil|personne)\s+(?:qui|idéal\w*|correspondant)\b(?!\s*[:!–-]|[^.;!?]{0,40}\b(?:vous|toi)\b)`,
    ),
    // The post handed to someone, told in the passive: "le poste a été confié à une personne déjà en interne"; or the
    // plain "ça ne s'est pas fait cette fois".
    signal(
      'others',
      0.8,
      rx`\b(?:poste|place|stage|apprentissage|alternance|contrat|emploi|mission)\s+(?:\S+\s+){0,2}?(?:a\s+été|est)\s+(?:\S+\s+)?(?:confié|attribué|proposé|offert|donné)e?s?\s+à\s+(?:un|une|d')\s*(?:autres?|collègue|collaborat\w*|salarié\w*|candidat\w*|personne)\b(?!\s+qui\s+(?:\S+\s+)?(?:vous|te|t')\b)|\b(?:ça|cela)\s+ne\s+s'est\s+pas\s+fait(?=\s*[.,;!]|\s+(?:pour\s+(?:cette|ce)|cette\s+fois)\b)`,
    ),
    // Casual and formal ways of saying the choice went elsewhere: "ce ne sera pas pour toi", "des candidats
    // dont le parcours correspond mieux", "le profil de la candidate retenue".
    signal(
      'others',
      0.8,
      rx`\b(?:ce|ça)\s+ne\s+sera\s+pas\s+(?:toi|vous|pour\s+(?:toi|vous|cette\s+fois))\b|\bdont\s+(?:le\s+profil|l'expérience|les\s+compétences|le\s+parcours)\s+(?:\S+\s+){0,5}?correspond\w*\s+(?:\S+\s+)?(?:davantage|mieux|plus)\b|\b(?:profil|candidature)\s+(?:de\s+la\s+personne|du\s+candidat|de\s+la\s+candidate)\s+(?:retenue?|choisie?|sélectionnée?)\b`,
    ),
    // Declined outright, or no favourable answer: "nous sommes contraints de décliner votre candidature", "nous ne sommes
    // pas en mesure d'y répondre favorablement", "nous avons donné la priorité à des candidats …".
    signal(
      'not-selected',
      0.8,
      rx`\bdéclin(?:er|ons|é)\s+(?:votre|ta)\s+(?:candidature|offre\s+de\s+service)|\b(?:votre|ta)\s+candidature\s+(?:\S+\s+){0,2}?(?:a\s+été|est)\s+(?:\S+\s+)?déclinée\b|(?:\bne\b|\bn')\s*(?:\S+\s+){0,4}?(?:pas|plus)\s+(?:\S+\s+){0,3}?(?:répondre|réserver|apporter|donner)\s+(?:\S+\s+)?(?:favorablement|une\s+(?:suite|réponse)\s+(?:favorable|positive))|\b(?:donné|accordé)\s+(?:la\s+)?(?:priorité|préférence)\s+à\s+(?:des|d'autres|un|une|les)\s+(?:autres?\s+)?(?:candidat\w*|profils?|personnes?)`,
    ),
    // Casual: "on ne va pas pouvoir te prendre", "on part sur quelqu'un d'autre".
    signal(
      'others',
      0.8,
      rx`(?:\bne\b|\bn')\s*(?:\S+\s+){0,3}?(?:pas|plus)\s+(?:\S+\s+){0,3}?(?:te|vous)\s+(?:prendre|garder|embaucher|recruter|engager)\b(?!\s+(?:en\s+(?:entretien|charge|compte)|au\s+téléphone|en\s+rendez-vous))|\bpart(?:ons|ir|i|ie)?\s+(?:\S+\s+)?sur\s+(?:quelqu'un\s+d'autre|un\s+autre|une\s+autre|d'autres)\b`,
    ),
    // Out of the running, said plainly: "tu ne fais plus partie du processus", "vous n'êtes plus en lice".
    signal(
      'not-forward',
      0.8,
      rx`\b(?:tu|vous)\s+ne\s+(?:fais|faites)\s+(?:donc\s+|malheureusement\s+)?plus\s+partie\s+(?:du|de\s+la|des)\s+(?:processus|sélection|candidats|finalistes|recrutement)\b|\b(?:tu\s+n'es|vous\s+n'êtes)\s+(?:donc\s+|malheureusement\s+)?plus\s+(?:en\s+lice|dans\s+la\s+course|dans\s+le\s+processus)\b`,
    ),
    // Nobody hired, or nobody needed: "aucun recrutement ne sera effectué", "ce recrutement n'aura pas lieu", "on n'a
    // besoin de personne".
    signal(
      'not-selected',
      0.8,
      rx`\baucun(?:e)?\s+(?:recrutement|embauche|nomination)\s+n'(?:aura|sera)\s+(?:\S+\s+)?(?:lieu|effectué\w*|réalisé\w*|fait\w*)\b|\b(?:recrutement|embauche|nomination)\s+n'aura\s+(?:\S+\s+)?pas\s+lieu\b|(?:\bne\b|\bn')\s*(?:\S+\s+){0,2}?(?:avons|a|ai)\s+besoin\s+de\s+personne\b(?!\s*(?:qui|de)\b)|\bne\s+(?:recrutons|recrute|embauchons|embauche)\s+(?:\S+\s+)?(?:pas|personne|plus)\b(?!\s+(?:\S+\s+)?(?:que|uniquement|seulement)\b)`,
    ),
    // A subject that is the news itself: "Refus de votre candidature".
    signal(
      'not-selected',
      0.7,
      rx`^\s*(?:(?:RE|TR|Fwd)\s*:\s*)?refus\s+(?:de|à)\s+(?:votre|ta)\s+candidature\b[^.;!?]{0,80}$`,
    ),
    // An unsolicited application with nothing to offer: "nous n'avons pas de poste correspondant à votre profil".
    signal(
      'not-fit',
      0.7,
      rx`\b(?:n'avons|n'a|n'ai|ne\s+disposons|ne\s+dispose)\s+(?:\S+\s+)?(?:pas|aucun\w*)\s+(?:de\s+|d')?(?:\S+\s+)?(?:poste|emploi|place|ouverture|opportunité)s?\s+(?:\S+\s+)?(?:correspondant|adapté|disponible|vacant|ouvert|à\s+(?:vous|te)\s+proposer|qui\s+correspond)\w*|\baucun\s+poste\s+(?:\S+\s+){0,3}?(?:ne\s+|n'est\s+)?(?:correspond|convient|disponible|vacant|ouvert)\w*(?![^.;!?]{0,20}\b(?:alertes?|recherches?)\b)|\b(?:n'avons|n'a|n'ai)\s+(?:\S+\s+)?(?:pas\s+de|aucun)\s+besoins?\b(?!\s+(?:de\s+)?(?:plus|vos|votre|ton|ta|tes)\b)`,
    ),
    // A placement that fell through ("le client a annulé sa demande", "la mission n'aura pas lieu"), and nothing
    // else to offer ("nous n'avons rien d'équivalent à vous proposer").
    signal(
      'role-gone',
      0.75,
      rx`\b(?:client|donneur\s+d'ordre|entreprise\s+utilisatrice)\s+a\s+(?:\S+\s+)?(?:annulé|retiré)\s+(?:sa|la|leur|cette)\s+(?:demande|mission|besoin)\b|\b(?:client|donneur\s+d'ordre|entreprise\s+utilisatrice)\s+a\s+(?:\S+\s+)?décidé\s+de\s+ne\s+(?:pas|plus)\s+(?:recruter|renforcer|embaucher|pourvoir|donner\s+suite)\b|\bmission\b[^.;!?]{0,40}?\bn'aura\s+(?:\S+\s+)?pas\s+lieu\b|\b(?<!\b(?:votre|ta)\s)mission\b(?!\s+(?:de\s+(?:demain|ce\s+soir|cette\s+semaine|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)|actuelle|en\s+cours)\b)[^.;!?]{0,60}?\b(?:est|a\s+été)\s+(?:\S+\s+)?(?:annulée|supprimée)\b`,
    ),
    signal(
      'not-fit',
      0.78,
      rx`\b(?:n'avons|n'ai|n'a)\s+(?:\S+\s+)?rien\s+(?:d'équivalent|de\s+comparable|d'autre|de\s+similaire)\s+(?:à\s+(?:vous|te)\s+proposer|sur\s+(?:ce|votre|ton)\s+profil|pour\s+(?:vous|toi)(?=\s*[.,;!]|\s+(?:pour\s+le\s+moment|actuellement|en\s+ce\s+moment)))\b`,
    ),
    // Someone chosen for what they already have: "nous avons finalement choisi une personne qui connaît déjà…", "nous
    // avons retenu un cuisinier déjà formé".
    signal(
      'others',
      0.8,
      rx`\b(?:avons|ai|a)\s+(?:\S+\s+)?(?:choisi|retenu|sélectionné|préféré|recruté|embauché|engagé)\s+(?:une|un)\s+(?:autre\s+)?(?:personne|candidat\w*|collègue|profil|stagiaire|apprenti\w*|étudiant\w*|ancien\w*)\s+qui\s+(?:\S+\s+)?(?:connaît|connaissait|a\s+déjà|avait\s+déjà|est\s+déjà|était\s+déjà|travaille|travaillait|dispose|possède|justifie|habite|habitait|vit|peut|pouvait|maîtrise|maîtrisait|a\s+plus|avait\s+plus)\b(?![^.;!?]{0,60}\b(?:vous|te|toi|entretien)\b)|\b(?:avons|ai|a)\s+(?:\S+\s+)?(?:choisi|retenu|sélectionné|recruté|embauché|engagé)\s+(?:une|un)\s+(?:autre\s+)?(?:(?:personne|candidat\w*|profil)\s+(?:déjà\s+)?|${OCCUPATION}\s+déjà\s+)(?:disponible|présente?|formée?|expérimentée?|diplômée?|qualifiée?|ayant|avec\s+(?:plus|davantage))\b(?![^.;!?]{0,60}\b(?:vous|te|toi|entretien)\b)`,
    ),
    // The management's choice named ("la direction a choisi Karim"), or a seasonal crew closed ("l'équipe est bouclée").
    signal(
      'others',
      0.8,
      rx`\b(?:direction|jury|commission|comité|administration|hiérarchie|client|manager|responsable)\s+(?:a|ont)\s+(?:finalement\s+|donc\s+)?(?:choisi|retenu|sélectionné|préféré|nommé)\s+(?!(?:de|d'|votre|vos|ta|ton|tes|vous|te|toi|ce|cette|ces|le|la|les|un|une|des|du)\b)\w+(?:\s+\w+)?(?=\s*[.,;]|\s*$|\s+(?:qui|pour|car|parce)\b)`,
    ),
    signal(
      'not-selected',
      0.8,
      rx`\b(?:équipe|effectif|planning|recrutement)\s+(?:\S+\s+){0,3}?(?:est|sont)\s+(?:déjà\s+|désormais\s+|maintenant\s+)?bouclé\w*|\b(?:on\s+est|nous\s+sommes)\s+(?:\S+\s+)?complets\b|\b(?:on\s+a|nous\s+avons)\s+déjà\s+(?:tout\s+(?:notre|le)\s+monde|toute\s+(?:l'|notre\s+)équipe|(?:notre\s+|l')(?:équipe|effectif)\s+(?:au\s+)?complet)\b`,
    ),
    // A public competition that ends for the reader: the application ruled out at admission ("votre dossier a été
    // déclaré irrecevable"), or the post proposed for the top-ranked candidate ("nomination de la candidate classée
    // en première position").
    signal(
      'not-selected',
      0.75,
      rx`\b(?:votre|ta)\s+(?:candidature|dossier)\s+(?:[^\s.,;:!?]+\s+){0,8}?(?:a\s+été|est)\s+(?:\S+\s+)?(?:déclaré\w*\s+)?(?:irrecevable|non\s+recevable|non\s+admissible|exclu\w*|écarté\w*)|\b(?:exclusion|irrecevabilité)\s+de\s+(?:votre|ta)\s+(?:candidature|dossier)\b|\b(?:votre|ta)\s+(?:candidature|dossier)\s+n'est\s+pas\s+(?:\S+\s+)?(?:recevable|admissible)\b|\b(?:nomination|recrutement|engagement|désignation)\s+(?:du|de\s+la)\s+(?:candidat\w*|lauréat\w*)\s+classé\w*\s+(?:\S+\s+)?(?:premi\w*|1er|1re|1ère|en\s+tête)`,
    ),
    // The selection closed, said plainly ("le processus de recrutement pour ce poste est terminé"): below the weight
    // that outranks a following invitation.
    signal(
      'role-gone',
      0.65,
      rx`\b(?:processus\s+de\s+(?:recrutement|sélection)|recrutement)\b[^.;!?]{0,60}?\b(?:est|a\s+été)\s+(?:(?!pas\b|encore\b)[^\s.,;:!?]+\s+){0,2}?(?:terminé|achevé|finalisé)\b(?!\s*(?:et|,\s*(?:et|nous))\b)`,
    ),
    // Every open application closed, the reader's among them: "toutes les candidatures en cours, dont la vôtre, sont
    // clôturées".
    signal(
      'not-forward',
      0.75,
      rx`\b(?:toutes\s+les|l'ensemble\s+des)\s+candidatures\s+(?:en\s+cours\s*)?,?\s*(?:dont|y\s+compris)\s+(?:la\s+vôtre|la\s+tienne|votre|ta)\b[^.;!?]{0,60}?\b(?:clôturée|close|annulée|classée|fermée|archivée)s?\b|\b(?:clôtur|ferm|annul|arrêt|class)\w*\s+(?:\S+\s+){0,2}?(?:toutes\s+les|l'ensemble\s+des)\s+candidatures\b[^.;!?]{0,30}?\b(?:dont|y\s+compris)\s+(?:la\s+vôtre|la\s+tienne|votre|ta)\b`,
    ),
    // The choice told in few words at last: "finalement, nous avançons avec une autre personne".
    signal(
      'others',
      0.8,
      rx`\b(?:finalement|au\s+final)\s*,?\s+(?:nous\s+|on\s+)?(?:avançons|avancerons|avons\s+avancé|poursuivons|continuons|partons|sommes\s+partis|est\s+parti)\s+(?:\S+\s+)?(?:avec|sur)\s+(?:une?\s+autre\s+(?:candidat\w*|personne|profil)|quelqu'un)\b(?!\s+(?:pour|qui)\s+(?:\S+\s+)?(?:vous|te|t'|toi)\b)`,
    ),
    // The process closed for everyone in it, the reader too: "nous clôturons le processus pour l'ensemble des candidats".
    signal(
      'not-selected',
      0.8,
      rx`\b(?:clôturons|clôturé|fermons|fermé|arrêtons|arrêté|annulons|annulé)\s+(?:\S+\s+){0,3}?(?:processus|recrutement|procédure)\b[^.;!?]{0,40}?\b(?:pour|avec)\s+(?:tou(?:s|tes)\s+les|l'ensemble\s+des)\s+(?:candidat|postulant|personnes)\w*(?![^.;!?]{0,40}\b(?:d'ici|fin|avant|prochaine?s?|jusqu'au)\b)|\b(?:processus|recrutement|procédure)\s+(?:\S+\s+){0,3}?(?:est|a\s+été)\s+(?:\S+\s+)?(?:clos|clôturé|arrêté)e?\s+pour\s+(?:tou(?:s|tes)\s+les|l'ensemble\s+des)\s+(?:candidat|postulant|personnes)\w*`,
    ),
    // A post withdrawn by a decision told verb first: "la direction a décidé d'annuler le poste", "de ne pas pourvoir le poste".
    signal(
      'role-gone',
      0.75,
      rx`\b(?:décidé|choisi|résolu)\s+(?:de\s+|d')(?:ne\s+pas\s+(?:pourvoir|ouvrir|maintenir|combler)|annuler|supprimer|abolir|retirer)\s+(?:le|ce|cet|cette|la|notre|l')\s*(?:\S+\s+)?(?:poste|offre|stage|emploi)\b`,
    ),
    // Someone chosen for what they already bring, named by trade: "nous avons finalement pris une éducatrice qui connaît déjà notre projet".
    signal(
      'others',
      0.75,
      rx`\b(?:avons|ai|a)\s+(?:\S+\s+)?(?:choisi|retenu|pris|sélectionné|recruté|embauché|engagé)\s+(?:une|un)\s+(?:autre\s+)?[^\s.;!?,]+\s+qui\s+(?:\S+\s+)?(?:connaît\s+déjà|connaissait\s+déjà|a\s+déjà|avait\s+déjà|est\s+déjà|était\s+déjà|travaille\s+déjà|travaillait\s+déjà)\b(?![^.;!?]{0,60}\b(?:vous|te|toi|entretien)\b)`,
    ),
  ],
  condition: rx`^\s*(?:alors|dans\s+ce\s+cas)\b|\b(?:si|s'il|s'ils|au\s+cas\s+où|dans\s+le\s+cas|à\s+moins|sauf\s+si|sans\s+(?:réponse|retour|nouvelles)|faute\s+de|à\s+défaut|en\s+l'absence)\b`,
  hypothetical: rx`\b(?:les\s+candidat\w*|ceux|celles)\s+qui\b|\b(?:les|tout|toute|tous|toutes)\s+(?:les\s+)?(?:tests?|dossiers?|candidatures?|questionnaires?|réponses?)\s+(?:non|incomplet\w*|reçu\w*\s+après|envoyé\w*\s+après|hors\s+délai)\b|\b(?:dès\s+que|veut\s+dire|signifie|indique|considérer\s+que|considérez\s+que|probablement)\b`,
  negation: rx`\bne\b|\bn'|\bpas\b|\bjamais\b|\baucun\w*`,
  otherTopic: rx`\b(?:un|une|le|la|de|votre|ton)\s+(?:démarrage|date\s+(?:d'entrée|de\s+début|de\s+démarrage))\b|\b(?:reporter|reprogrammer|décaler|autre\s+(?:date|créneau|horaire)|nouveau\s+créneau|absent\w*|pas\s+surveillé\w*|répondre\s+(?:individuellement|à\s+chaque))`,
  opener: rx`\bmalheureusement\b|\bregret\w*|\bau\s+regret\b|\baprès\s+(?:une\s+)?(?:étude|examen|analyse|réflexion)\s+(?:\S+\s+)?(?:attentive|approfondie|minutieuse)|\bdésolé\w*`,
  cutOff: rx`\b(?:ne|n'|pas|décidé\s+de|regret\s+de)\s*$|\b(?:regret\w*|malheureusement)\b[^.;!?]{0,40}?\b(?:informer|annoncer|faire\s+savoir|dire)\s+que\b[^.;!?]{0,100}$`,
  softClose: rx`\bsouhait\w*\s+(?:\S+\s+){0,4}?(?:succès|réussite|bonne\s+(?:chance|continuation))|\bbonne\s+(?:chance|continuation)\b|\b(?:futures?|prochaines?)\s+(?:opportunités|offres|recherches)|\bvivier\b|\bconserv\w*\s+(?:votre|vos)\s+(?:CV|candidature|coordonnées)`,
  acknowledgement: rx`\b(?:bien\s+reçu|avons\s+reçu|accusons\s+réception|réception\s+de\s+votre)|\b(?:étudier|examiner|étudions|examinons|étudierons|examinerons)\s+(?:\S+\s+){0,3}?(?:candidature|dossier|profil)|\breviendrons\s+vers\s+vous|\baccusé\s+de\s+réception|\bnous\s+reviendrons`,
  interview: rx`\b(?:inviter|invitons|convier|convions)\b[^.;!?]{0,40}?\b(?:entretien|échange|rencontre)|\b(?:vos\s+disponibilités|créneaux)\b|\bprochaine\s+étape|\bentretien\b[^.;!?]{0,60}?\b(?:lundi|mardi|mercredi|jeudi|vendredi|demain|\d{1,2}h|reporter|confirmer|décaler)|\b(?:souhaiterions|aimerions|souhaitons)\s+vous\s+rencontrer|\bconvier\b|\bconvocation\b|\bjournée\s+d'évaluation`,
  assessment: rx`\btest\s+de\s+(?:personnalité|raisonnement|logique|aptitude|compétences|connaissances)\b|\bsoumettre\s+(?:\S+\s+)?(?:test|questionnaire|évaluation)\b|\b(?:test|évaluation|cas\s+pratique|exercice)\b[^.;!?]{0,40}?\b(?:compléter|réaliser|passer|lien)|\b(?:test\s+en\s+ligne|cas\s+pratique|test\s+technique)\b|\b(?:journée|jour|demi-journée|matinée|soirée)\s+d'(?:essai|immersion)\b|\bpériode\s+d'immersion\b|\bservice\s+d'essai\b|\bconvoqué\w*\s+(?:\S+\s+){0,2}?(?:à|aux|pour)\s+(?:l'|les\s+|la\s+|le\s+|une?\s+)?(?:épreuves?|examens?|tests?)\b`,
  offer: rx`\b(?:proposition|offre|promesse)\s+d'embauche|\bheureux\s+de\s+vous\s+(?:proposer|offrir)\s+le\s+poste|\bfélicitations\b|\bbienvenue\s+dans\s+l'équipe|\bcontrat\b[^.;!?]{0,40}?\b(?:signer|signature)`,
  alert: rx`\b(?:votre|ton|ta)\s+alerte\b|\boffres?\s+d'emploi\s+(?:pour\s+vous|qui\s+pourraient)|\balerte\s+emploi|\bnouvelles\s+offres\b|\bpostulez\s+(?:dès\s+)?maintenant|\b(?:découvert|repéré|vu|trouvé|remarqué|consulté|croisé)\s+(?:\S+\s+)?(?:votre|ton)\s+profil\b|\b(?:votre|ton)\s+profil\s+(?:\S+\s+){0,2}?(?:a\s+retenu|retient)\s+(?:toute\s+)?mon\s+attention|\bpour\s+(?:l'un\s+de\s+mes|un\s+de\s+mes|l'une\s+de\s+mes|mon|un|une)\s+(?:\S+\s+)?(?:clients?|clientes?)\b[^.;!?]{0,60}?\bje\s+(?:recherche|recrute|cherche)\b|\b(?:offres|postes|annonces|emplois)\s+(?:\S+\s+){0,2}?qui\s+pourraient\s+(?:vous\s+|t')intéresser|\bces\s+(?:entreprises|employeurs|sociétés)\s+(?:recrutent|recherchent|cherchent)\b`,
  withdrawal: rx`\bcandidature\s+(?:\S+\s+){0,6}?retirée\b|\bdommage\s+que\s+(?:vous|tu)\b|\b(?:regrettons|respectons|comprenons)\s+(?:\S+\s+)?(?:votre|ta)\s+(?:décision|choix)\b|\b(?:votre|ta)\s+décision\s+de\s+ne\s+(?:pas|plus)\b|\bretrait\s+de\s+(?:votre|ta)\s+candidature|\b(?:retiré|retirer)\s+votre\s+candidature|\bvotre\s+(?:décision\s+de\s+)?retrait\b|\bavez\s+(?:\S+\s+){0,2}?décidé\s+de\s+ne\s+pas`,
  pause: rx`\bgel\s+des\s+recrutements|\b(?:suspendu|mis\s+en\s+pause|mis\s+en\s+attente|gelé)\b`,
  promise: rx`\b(?:temporairement|momentanément|provisoirement)\b|\bjusqu'(?:au|à\s+l')\s*(?:printemps|été|automne|hiver|année\s+prochaine)\b|\b(?:reviendrons|recontacterons|reprendrons|tiendrons\s+informé\w*)|\breste\s+(?:active|ouverte)`,
  jobContext: rx`\b(?:ressources\s+humaines|territoria(?:l|le|les|ux)|jobs?\s+(?:étudiants?|d'été|de\s+vacances|saisonniers?)|saisonnier\w*|journée\s+d'essai|candidature\w*|candidat\w*|poste\w*|emploi\w*|entretien\w*|recrutement\w*|recruteu\w*|CV|stage|alternance|embauche|carrière|affichages?\s+de\s+postes?|processus\s+de\s+(?:qualification|sélection)|fonction\s+publique|concours\s+(?:externe|interne)|vendang\w*|cueillett\w*|int[eé]rim\w*|auditions?)\b|\bconcours\s+(?:\S+\s+)?(?:d'|de\s+)${OCCUPATION}|${ENGLISH_JOB_WORDS}|\b(?:CDI|CDD)\b`,
  applicationWords: rx`\b(?:candidatures?|postulé|postuler)\b`,
  occupations: rx`\b${OCCUPATION}|${ENGLISH_TITLES}`,
  nonJobContext: rx`\b(?:propriétaire|location|appartement|bailleur|bourse\s+d'études|concours|tirage|gagnant\w*|bêta|liste\s+d'attente|bourse|logement|prêt|crédit|immobilier|emprunt\w*|endettement|financement|hypothécaire|admission)\b`,
  someoneElse: rx`\b(?:sa|leur|ma)\s+candidature\b`,
  reader: rx`\b(?:vous|votre|vos|tu|te|toi|ta|ton|tes)\b`,
  includesReader: rx`\b(?:comme\s+(?:toi|vous)|(?:dont|y\s+compris)\s+(?:toi|vous|le\s+vôtre|la\s+vôtre|le\s+tien|la\s+tienne)|(?:vous|tu)\s+en\s+fai(?:tes|s)\s+partie)\b|^\s*(?:le|la)\s+(?:vôtre|tien|tienne)\b`,
  reported: rx`\b(?:dit|disant|raconte|raconté|expliqué|écrit)\b`,
  hiringSide: rx`\b(?:motif\s+(?:de\s+)?(?:refus|rejet)|(?:votre|ta)\s+recommandation|cooptation)\b`,
  pastDecision: rx`^\s*(?:\S+\s+){0,3}?(?:à\s+l'époque|l'an\s+dernier|l'année\s+dernière)\b`,
  completions: [
    { ending: 'votre candidature.' },
    { after: rx`\bn'a\s+pas\s+été\s*$`, ending: 'retenue.' },
    { after: rx`\b(?:autres?|d'autres)\s*$`, ending: 'candidats.' },
  ],
  subjectUpdate: rx`\b(?:votre|ta)\s+candidature\b|\bannulation\s+(?:du|de\s+la|de\s+l'|de\s+notre)\s*(?:recrutement|poste|processus|offre|stage)\b|\bsuite\s+(?:à|de)\s+(?:votre|ton|ta)\b|\bréponse\b|\b(?:point|retour)\s+sur\s+(?:le\s+recrutement|votre|ta|ton)\b|^\s*(?:RE|TR|Fwd?)\s*:\s*(?:ma\s+)?candidature\b|\b(?:mise\s+à\s+jour|nouvelles|information|update)\s+(?:sur|concernant|relative\s+à|au\s+sujet\s+d[eu])\s+(?:le\s+|la\s+|l')?(?:poste|recrutement|candidature|offre|processus|stage)\b|\b(?:poste|offre|stage|recrutement|mission)\b[^\n]{0,60}?\b(?:pourvu|annulé|clôturé|fermé|supprimé)e?s?\b`,
};
