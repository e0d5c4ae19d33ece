import { rx, signal } from './build';
import { ENGLISH_JOB_WORDS, ENGLISH_TITLES } from './titles';
import type { PhraseSet } from './types';

/** Spanish: "lamentablemente", "no continuar con tu candidatura", "no has sido seleccionado". */
export const es: PhraseSet = {
  lang: 'es',
  markers:
    'el|los|las|y|su|tu|usted|con|por|hemos|puesto|lamentablemente|gracias|del|nos|te|muy|ha|has|sido|tus|sus|está|proceso|le|hola|ya|otro|otra|pero'.split(
      '|',
    ),
  rejection: [
    signal(
      'not-forward',
      0.8,
      rx`\bno(?<!\b(?:candidat[oa]s|demás|otr[oa]s|postulantes|aspirantes)\sno)\s+(?:(?!(?:y|e|pero|sino)\b)[^\s.,;:!?]+\s+){0,4}?(?:contin[uú]\w*|segui\w*|sig[ua]\w*|avanz\w*|prosegu\w*|pasar|contar)\b[^.;!?]{0,40}?\b(?:candidaturas?|postulación|solicitud|perfil|contigo|usted|tu|su|ella|él|proceso|etapas?|fases?|siguientes?|programa|convocatoria|selección)\b|\b(?:tu|su)\s+(?:candidatura|postulación|solicitud)\s+(?:\S+\s+){0,3}?(?:ha\s+sido|fue|está)\s+(?:\S+\s+)?(?:cerrad|archivad|finalizad)\w*|\b(?<!\bno\s+(?:hemos|han|ha|se\s+ha)\s+)(?:finaliz|cerr|concluy|termin|dar\s+por\s+(?:finalizad|cerrad|concluid|terminad))\w*\s+(?:\S+\s+){0,3}?(?:tu|su)\s+(?:proceso|participación|candidatura|postulación)\b|\bno\s+(?:\S+\s+){0,4}?(?:segui\w*|sig[ua]\w*|continu\w*|ir)\s+adelante\b`,
    ),
    signal(
      'not-selected',
      0.8,
      rx`\bno\s+(?:\S+\s+){0,3}?(?:seleccionad\w*|elegid\w*|preseleccionad\w*|aceptad\w*|admitid\w*)|\b(?:candidatura|solicitud|perfil|postulación)\s+(?:\S+\s+){0,10}?(?<!\b(?:no|nunca)\s)(?:ha\s+sido|fue|ha\s+quedado|queda)\s+(?:descartad\w*|rechazad\w*|desestimad\w*|excluid\w*)|\bno\s+(?:has|ha|han|hemos)\s+(?:superado|pasado|aprobado)\b|\bno\s+(?:has|ha)\s+obtenido\s+(?:la\s+|una\s+)?plaza\b|\b(?:estado|resultado|decisión|situación)\b[^.;!?]{0,160}?(?::|\b(?:cambiado|actualizado|pasado)\s+a|\s(?=["«“]))\s*["«“]?\s*(?:(?:candidatura|solicitud|proceso\s+finalizado)\s*[-–—]?\s*)?["«]?(?:descartad\w*|rechazad\w*|no\s+seleccionad\w*|desestimad\w*|no\s+apt[oa]|excluid\w*|no\s+admitid\w*|no\s+(?:continúa|avanza|sigue)\s+en\s+el\s+proceso)\b(?!\s*[“”"»«]?\s*,?\s*(?:significa|quiere\s+decir|indica))`,
    ),
    signal(
      'others',
      0.8,
      rx`\b(?:decidido|optado|elegido|decidimos|optamos)\b[^.;!?]{0,30}?\b(?:seguir|continuar|avanzar)\s+(?:adelante\s+)?con\s+(?:\S+\s+)?(?:candidat\w*|perfiles|personas)\s+(?:con|que|cuyo|cuya|más)\b|\b(?:seleccionado|elegido|propuesto|nombrado|designado|decidid[oó]|optado|preferido|inclinado|avanzar|continuar|seguir|proceder)\w*\s+(?:\S+\s+){0,4}?(?:con\s+)?(?:otro|otra|otros|otras)\s+(?:\S+\s+)?(?:candidat\w*|perfil\w*|postulantes?|personas?)|\b(?:candidat\w*|perfil\w*)\s+(?:\S+\s+){0,5}?(?:ajust\w*|encaj\w*|adecu\w*|alinea\w*)\s+(?:\S+\s+){0,2}?(?:más|mejor)`,
    ),
    // Others named by what they have, told as what comes next: "seguimos con perfiles que encajan mejor".
    signal(
      'others',
      0.8,
      rx`\b(?:seguimos|seguiremos|continuamos|continuaremos|avanzamos|avanzaremos)\s+(?:\S+\s+)?con\s+(?:otr[oa]s\s+)?(?:candidat\w*|perfiles|profesionales|personas)\s+(?:con|que|cuy\w*|más)\b`,
    ),
    // The search closed: "hemos cerrado el proceso de selección para este puesto", "ya cubrimos la vacante" (not "no
    // hemos cerrado …").
    signal(
      'role-gone',
      0.75,
      rx`\b(?<!\bno\s)(?:hemos|han|ha)\s+(?:\S+\s+)?(?:cerrado|cubierto|cancelado|finalizado)\s+(?:el|la|este|esta|(?:todas\s+)?las|(?:todos\s+)?los)\s+(?:\S+\s+){0,3}?(?:proceso|puesto|vacante|posición|plaza|búsqueda)s?\b|\b(?<!\bno\s)(?:ya\s+)?(?:cubrimos|ocupamos|cerramos)\s+(?:la|el|esa|esta|las|los)\s+(?:vacantes?|plazas?|puestos?|posición|búsqueda)\b`,
    ),
    // The choice fell elsewhere: "la elección ha recaído en otra candidata", "nos hemos decantado por otro perfil".
    signal(
      'others',
      0.8,
      rx`\b(?:elección|decisión|selección)\s+(?:\S+\s+){0,3}?(?:ha\s+)?recaído\s+(?:en|sobre)\s+(?:otr[oa]s?|un|una|el|la)\s+(?:\S+\s+)?(?:candidat\w*|perfil\w*|persona\w*|postulante\w*|aspirante\w*)|\bopt(?:amos|ado|aron|ó)\s+por\s+(?:un[oa]?s?\s+|otr[oa]s?\s+)?(?:candidat\w*|perfil\w*|personas?|profesional\w*|aspirantes?|postulantes?)\s+(?:con|que|cuy\w*|más|de\s+(?:la\s+casa|dentro))\b|\bdecantad[oa]s?\s+por\s+(?:otr[oa]s?|un|una)\s+(?:\S+\s+)?(?:candidat\w*|perfil\w*|persona\w*|postulante\w*)`,
    ),
    signal(
      'role-gone',
      0.75,
      rx`\b(?:puesto|puestos|vacante|vacantes|posición|plaza|plazas|prácticas|proceso|convocatoria)\b[^.;!?]{0,80}?\b(?<!\b(?:aún|todavía)\s(?:[^\s.;!?]+\s){0,3})(?:cubiert\w*|ocupad\w*|ya\s+(?:\S+\s+)?(?:asignad|adjudicad)\w*|cerrad\w*|cancelad\w*|anulad\w*|retirad\w*|eliminad\w*|suprimid\w*|(?:queda|quedado)\s+sin\s+efecto|ya\s+no\s+está\s+disponible)`,
    ),
    // The choice named by who won it: "hemos cubierto la plaza con alguien que…", "al final nos quedamos con un chico que ya…", "hemos decidido que la persona
    // que se incorpore sea otra candidata", "el comité ha considerado más adecuado el perfil de otra candidata".
    signal(
      'others',
      0.8,
      rx`\b(?:seleccionado|elegido|contratado|escogido|optado\s+por)\s+(?:a\s+)?(?:un|una)\s+(?:candidat\w*|persona|perfil|profesional|aspirante)\s+(?:con|que|cuy[oa])\s+(?:\S+\s+){0,2}?(?:más|mayor|mejor)\b|\b(?:cubierto|ocupado|cerrado|(?:decidido|resuelto|optado\s+por|preferido)\s+(?:cubrir|ocupar))\s+(?:el|la)\s+(?:\S+\s+)?(?:puesto|plaza|vacante|posición)\s+con\s+(?:otr[oa]s?|alguien|un|una)\b|\bnos\s+(?:hemos\s+)?(?:quedamos|quedado|quedaremos)\s+con\s+(?:otr[oa]s?|un|una|el|la)\s+(?!(?:fecha|hora|idea|sensación|impresión|copia)\b)\S+\s+(?:que|con|cuy[oa])\b|\b(?:sea|será|es|fue)\s+otr[oa]\s+(?:candidat\w*|persona|perfil|aspirante|postulante)\b|\b(?:perfil|candidatura)\s+de\s+otr[oa]s?\s+(?:candidat\w*|personas?|aspirantes?|postulantes?)\b|\botr[oa]s?\s+(?:candidat\w*|personas?|perfil\w*|aspirantes?|postulantes?)\s+(?:con|cuy[oa]\s+\S+)\s+(?:\S+\s+)?(?:mayor|más|mejor)\b`,
    ),
    // Filled from inside, someone found, or given to another: "ocupar la plaza con una persona de la casa", "la plaza
    // se ha cubierto internamente", "hemos encontrado a la persona que buscábamos", "le hemos ofrecido el puesto a
    // otra candidata".
    signal(
      'others',
      0.8,
      rx`\b(?:cubiert[oa]|cubrir|ocupad[oa]|ocupar|cerrad[oa])\b[^.;!?]{0,60}?\b(?:internamente|promoción\s+interna|(?:persona|candidat[oa]|perfil)\s+(?:interno|interna|de\s+la\s+casa|del\s+equipo))\b|\b(?:hemos|han|ha)\s+(?:\S+\s+)?encontrado\s+(?:a\s+)?(?:la\s+persona|el\s+perfil|(?:un|una|el|la)\s+(?:candidat[oa]|perfil|persona|profesional))\s+(?:\S+\s+)?(?:que|adecuad[oa]|idóne[oa]|ideal)\b(?![^.;!?]{0,40}\b(?:tú|ti|usted)\b)|\b(?:ofrecido|dado|adjudicado|asignado)\s+(?:el|la)\s+(?:puesto|plaza|vacante|posición|contrato|beca|prácticas)\s+a\s+(?:otr[oa]|alguien|una?\s+(?:candidat[oa]|compañer[oa]|persona))\b|\bno\s+(?:ha\s+)?(?:podido|pudo)\s+ser(?=\s*[.,;!:]|\s+(?:en\s+esta|esta\s+vez|para\s+(?:ti|usted))\b)`,
    ),
    // Turned down in the active voice: "hemos desestimado su candidatura", "hemos descartado tu perfil".
    signal(
      'not-selected',
      0.8,
      rx`\b(?<!\bno\s)(?:hemos|han|ha)\s+(?:\S+\s+)?(?:desestimado|descartado|rechazado|declinado)\s+(?:tu|su)\s+(?:candidatura|perfil|solicitud|postulación|CV)\b|\bno\s+(?:ha\s+|has\s+)?resultad[oa]\s+(?:adjudicatari[oa]|seleccionad[oa]|elegid[oa]|propuest[oa])\b`,
    ),
    // A subject that is the news itself: "Rechazo de candidatura".
    signal(
      'not-selected',
      0.7,
      rx`^\s*(?:(?:RE|RV|Fwd)\s*:\s*)?(?:rechazo|denegación|descarte)\s+(?:de\s+)?(?:tu\s+|su\s+|la\s+)?(?:candidatura|solicitud|postulación)\b[^.;!?]{0,80}$`,
    ),
    // A competition declared void: "el tribunal declaró desierta la plaza".
    signal(
      'not-selected',
      0.75,
      rx`\bdeclar\w*\s+(?:\S+\s+){0,2}?desiert[oa]\b|\b(?:concurso|proceso|convocatoria|plaza)\s+(?:\S+\s+){0,4}?(?:ha\s+)?quedado\s+desiert[oa]\b`,
    ),
    // An unsolicited application with nothing to offer: "en este momento no disponemos de vacantes acordes a su perfil".
    signal(
      'not-fit',
      0.7,
      rx`\bno\s+(?:disponemos|tenemos|contamos\s+con)\s+(?:de\s+)?(?:ning[uú]n[oa]?\s+)?(?:\S+\s+)?(?:vacantes?|puestos?|plazas?|posiciones|oportunidades)\s+(?:\S+\s+)?(?:acorde|adecuad|ajustad|compatible|disponible|abiert|que\s+(?:se\s+ajuste|encaje|coincida|correspond))\w*`,
    ),
    // The application stops: "su candidatura no puede continuar, al no disponer de…"; nobody is taken on ("en este
    // momento no estamos contratando"); the team is full ("ya tenemos el equipo completo").
    signal(
      'not-forward',
      0.8,
      rx`\bno\s+(?:\S+\s+){0,2}?cont(?:aremos|amos|ar)\s+(?:contigo|con\s+(?:usted|tu\s+perfil|su\s+perfil))|\bno\s+(?:\S+\s+){0,2}?(?:podemos|podremos|vamos\s+a\s+poder)\s+incorporar(?:te|le|la|lo)\b|\bno\s+(?:\S+\s+){0,2}?(?:estamos\s+contratando|contratamos|estamos\s+incorporando)\b|\b(?:ya\s+)?tenemos\s+(?:tod[oa]s?\s+)?(?:el\s+|la\s+|los\s+|las\s+)?(?:equipo|plantilla|cupo|puestos|plazas|vacantes)\s+(?:\S+\s+){0,5}?(?:complet[oa]s?|cubiert[oa]s?)\b|\b(?:equipo|plantilla|cupo)\s+(?:\S+\s+){0,3}?(?:está|quedó|ha\s+quedado)\s+ya\s+(?:complet[oa]|cubiert[oa])\b|\b(?:por\s+ahora|de\s+momento|ahora\s+mismo|en\s+este\s+momento|actualmente)\b[^.;!?]{0,20}?\b(?:la|el|nuestr[oa])\s+(?:equipo|plantilla|cupo)\s+(?:\S+\s+)?(?:está|queda)\s+(?:complet|cubiert)[oa]\b|\b(?:tu|su)\s+(?:candidatura|solicitud|postulación|perfil)\s+no\s+(?:\S+\s+){0,2}?(?:contin[uú]\w*|avanz\w*|segui\w*|sig[ua]\w*|prosper\w*|pasa)\b`,
    ),
    // A status standing alone on its line under "ha actualizado el estado de tu candidatura:"; a name missing from
    // the list of those approved ("usted no figura entre los aspirantes aprobados").
    signal(
      'not-selected',
      0.7,
      rx`^\s*["«]?(?:descartad[oa]|rechazad[oa]|desestimad[oa]|no\s+seleccionad[oa]|no\s+apt[oa]|excluid[oa]|no\s+admitid[oa])["»]?\s*[.!]?\s*$|\bno\s+(?:\S+\s+)?(?:figura\w*|consta\w*|aparece\w*|está\w*)\s+(?:entre|en)\s+(?:\S+\s+){0,3}?(?:aprobad|admitid|seleccionad|aspirantes\s+que\s+han\s+superado)\w*`,
    ),
    signal(
      'not-fit',
      0.7,
      rx`\bno\s+(?:\S+\s+){0,3}?(?:encaj\w*|se\s+ajusta|corresponde|cumple|coincide)\b|\b(?:tu|su)\s+(?:horario|disponibilidad|perfil|experiencia|situación)\s+no\s+(?:\S+\s+)?cuadr\w*|\b(?:decidid[oa]|decidimos|optado|optamos|preferimos|vamos\s+a)\b[^.;!?]{0,20}?\b(?:ir|seguir|tomar)\s+(?:en\s+|por\s+)?(?:otra\s+(?:dirección|línea)|otro\s+(?:camino|rumbo)|una\s+dirección\s+(?:diferente|distinta))\b`,
    ),
    signal(
      'not-selected',
      0.7,
      rx`\bno\s+(?:\S+\s+){0,3}?ofrecer\w*\s+(?:\S+\s+){0,2}?(?:puesto|posición|plaza|oferta|entrevista|nada)\b`,
    ),
    signal(
      'on-hold',
      0.6,
      rx`\b(?:puesto|vacante|proceso)\b[^.;!?]{0,60}?\b(?:congelad\w*|pausad\w*|suspendid\w*|en\s+pausa)`,
    ),
    // The team went another way, casually: "el equipo decidió irse por otro perfil", "nos fuimos con alguien que ya
    // conocía la zona".
    signal(
      'others',
      0.8,
      rx`\b(?:irse|irnos|nos\s+(?:fuimos|vamos|iremos)|decid\w*\s+ir)\s+(?:\S+\s+)?(?:por|con)\s+(?:otr[oa]s?\s+(?:\S+\s+)?(?:candidat\w*|perfil\w*|personas?|postulantes?|aspirantes?)|alguien\s+(?:más|que|con))\b`,
    ),
    // Someone else taken, plainly: "ya hemos cogido a alguien para el verano", "al final contratamos a otra persona",
    // "no has sido la candidata elegida".
    signal(
      'others',
      0.8,
      rx`\b(?:contratamos|contratado|cogimos|cogido|elegimos|escogimos|fichamos|fichado|encontramos|encontrado)\s+(?:ya\s+)?(?:a\s+)?(?:alguien|otra\s+persona|otr[oa]\s+(?:candidat\w*|chic[oa]|chaval(?:a)?|muchach[oa]|profesional|perfil))\b(?![^.;!?]{0,40}\b(?:tú|ti|usted|te)\b)|\bno\s+(?:has|ha|han)\s+sido\s+(?:el|la)\s+(?:candidat[oa]|persona|perfil)\s+(?:elegid|seleccionad|escogid)\w*`,
    ),
    // Late-stage, in few words: "la decisión ha sido para otra persona", "no te vamos a hacer una oferta".
    signal(
      'others',
      0.8,
      rx`\b(?:decisión|elección|plaza|puesto|vacante|posición)\s+(?:\S+\s+){0,2}?(?:ha\s+sido|fue|es)\s+para\s+(?:otr[oa]s?\s+(?:persona|candidat\w*|perfil)|alguien\s+más)\b|\bno\s+(?:te|le|les)\s+(?:\S+\s+){0,3}?hacer\s+(?:una\s+)?(?:oferta|propuesta)\b(?![^.;!?]{0,30}\b(?:hasta|antes|sin)\b)`,
    ),
    // The answer said to be no: "en esta ocasión la respuesta es negativa", "no tenemos buenas noticias".
    signal(
      'not-selected',
      0.75,
      rx`(?<!\b(?:tu|su)\s)\brespuesta\s+(?:es|ha\s+sido|fue|será)\s+(?:\S+\s+)?(?:negativa|desfavorable)\b|\bno\s+(?:tenemos|tengo|traemos)\s+(?:\S+\s+)?buenas\s+noticias\b`,
    ),
    // Nobody hired or needed: "no se realizará la contratación", "de momento no necesitamos a nadie".
    signal(
      'not-selected',
      0.8,
      rx`\bno\s+se\s+(?:realizará|hará|efectuará|llevará\s+a\s+cabo|va\s+a\s+(?:realizar|hacer))\s+(?:la\s+|ninguna\s+)?(?:contratación|incorporación)\b|\bno\s+se\s+(?:cubrirá|ocupará|proveerá|va\s+a\s+cubrir)\s+(?:la|el|esta|este)\s+(?:vacante|plaza|puesto|posición)\b|\bno\s+(?:necesitamos|buscamos|requerimos|estamos\s+buscando)\s+(?:\S+\s+)?(?:a\s+nadie|personal|gente|más\s+(?:personal|gente))\b(?!\s*,?\s*(?:que|con)\b)`,
    ),
    // The offer or the post went to someone else: "le hemos hecho la oferta a otra candidata", "ha resuelto
    // adjudicar el contrato a otro candidato".
    signal(
      'others',
      0.8,
      rx`\b(?:oferta|propuesta)\s+(?:\S+\s+){0,3}?(?:a|para)\s+(?:otra\s+persona|otr[oa]\s+(?:candidat[oa]|aspirante|perfil)|alguien\s+más)\b|\b(?:adjudic|asign|otorg|conced|ofrec)\w*\s+(?:el|la)\s+(?:\S+\s+){0,2}?(?:plaza|puesto|vacante|contrato|posición)\b(?:\s+[^\s.;!?,]+){0,5}?\s+a\s+(?:otr[oa]\s+(?:candidat[oa]|aspirante|persona|perfil)|alguien\s+más)\b`,
    ),
    // The post given to someone else ("la plaza se la hemos dado a una chica que…", "se ha asignado a otra
    // compañera") or the management's choice named ("la dirección ha elegido a Marta").
    signal(
      'others',
      0.8,
      rx`\b(?:plaza|puesto|vacante|beca|contrato|promoción)\s+(?:\S+\s+){0,2}?(?:se\s+(?:la|lo|le)\s+)?(?:hemos|ha|han|he)\s+(?:\S+\s+)?(?:dado|asignado|adjudicado|otorgado|concedido|ofrecido)\s+a\s+(?:otr[oa]\b|un[oa]?\b|alguien\b|(?!(?:ti|usted|ustedes|vosotr[oa]s|tu|su)\b)\w+(?=\s*[.,;]|\s*$|\s+(?:que|porque)\b))(?![^.;!?]{0,30}\b(?:tú|ti|usted)\b)|\b(?:dirección|gerencia|jefatura|tribunal|comisión|comité|cliente)\s+(?:\S+\s+)?(?:ha\s+)?(?:elegido|escogido|seleccionado|nombrado|eligió|escogió|seleccionó|nombró)\s+a\s+(?!(?:ti|usted|tu|su|otr[oa]s)\b)\w+(?=\s*[.,;]|\s*$|\s+(?:que|por|porque)\b)`,
    ),
    // Someone chosen for what they already have: "al final hemos elegido a una persona que ya conocía…".
    signal(
      'others',
      0.8,
      rx`\b(?:hemos|he|han)\s+(?:\S+\s+)?(?:elegido|escogido|seleccionado|contratado|optado\s+por)\s+(?:a\s+)?(?:una?|otr[oa])\s+(?:persona|candidat[oa]|compañer[oa]|chic[oa]|perfil)\s+(?:que|con)\s+(?:\S+\s+)?(?:ya|más|tiene|tenía|conoce|conocía|había)\b(?![^.;!?]{0,60}\b(?:te|ti|tu|usted|contigo|entrevista\w*)\b)`,
    ),
    // Casual "we're full": "ya estamos completos para el verano", "el puesto ya está pillado".
    signal(
      'not-selected',
      0.8,
      rx`\b(?:ya\s+)?estamos\s+(?:\S+\s+)?complet[oa]s\b|\b(?:puestos?|plazas?|trabajo|vacantes?|sitio)\s+(?:[^\s.;!?]+\s+){0,6}?(?:ya\s+)?(?:está|estaba|están|estaban)\s+(?:ya\s+)?(?:tod[oa]s\s+)?(?:pillad|cogid|dad)[oa]s?\b(?!\s+de\s+(?:alta|baja)\b)`,
    ),
    // A placement that fell through ("la oferta queda sin efecto"), and nothing else to offer ("de momento no
    // tenemos otra oferta para ti").
    signal(
      'role-gone',
      0.75,
      rx`\b(?:oferta|vacante|puesto|convocatoria)\s+(?:\S+\s+){0,2}?(?:queda|quedó|ha\s+quedado)\s+sin\s+efecto\b`,
    ),
    signal(
      'not-fit',
      0.78,
      rx`\bno\s+tenemos\s+(?:\S+\s+)?(?:otro\s+puesto|otra\s+(?:oferta|vacante|colocación|posición))\s+(?:\S+\s+)?para\s+(?:ti|usted)\b`,
    ),
    // The call itself cancelled: "ha acordado anular la convocatoria", "las solicitudes quedan archivadas sin más trámite".
    signal(
      'role-gone',
      0.8,
      rx`\b(?:anular|anulamos|cancelar|cancelamos|dejar\s+sin\s+efecto|desconvocar)\s+(?:\S+\s+){0,2}?(?:la|el|esta|este)\s+(?:convocatoria|proceso\s+de\s+selección|oferta|vacante|bolsa)\b`,
    ),
    signal(
      'not-forward',
      0.8,
      rx`\b(?:solicitudes|candidaturas|postulaciones)\s+(?:\S+\s+){0,3}?(?:quedan|quedarán|han\s+quedado)\s+(?:\S+\s+)?archivadas\s+sin\b`,
    ),
    // The post given, told in the passive: "la plaza ha sido adjudicada a otra candidata", "el puesto se ha asignado
    // a una compañera".
    signal(
      'others',
      0.8,
      rx`\b(?:plaza|puesto|vacante|posición|contrato|beca)\s+(?:\S+\s+){0,2}?(?:ha\s+sido|fue|se\s+ha|se|queda)\s+(?:\S+\s+)?(?:adjudicad|asignad|otorgad|concedid|ofrecid|dad)[oa]\s+a\s+(?:(?:otr[oa]s?|un[oa]?)\s+(?:candidat|persona|compañer|aspirante|postulante|profesional|perfil)\w*|alguien\b)`,
    ),
    // The selection closed, said plainly ("el proceso de selección para este puesto ha finalizado"): below the weight
    // that outranks a following invitation.
    signal(
      'role-gone',
      0.65,
      rx`\bproceso\s+(?:de\s+selección|selectivo)\b[^.;!?]{0,60}?\b(?<!\bno\s)(?:ha|fue|está|se\s+ha)\s+(?:(?!no\b|aún\b|todavía\b)[^\s.,;:!?]+\s+)?(?:finalizad|concluid|terminad)[oa]\b(?!\s*(?:y|,\s*y)\b|[^.;!?]{0,40}\b(?:próxim\w*|entrevista\w*|contactar\w*|resultados?)\b)`,
    ),
    // A public competition that ends for the reader: the contract proposed for the top-scoring candidate, or the
    // application excluded ("ha resultado excluida", "la exclusión de su solicitud").
    signal(
      'not-selected',
      0.75,
      rx`\b(?:proponer|propone|propuesto|propuesta\s+de)\s+(?:la\s+|el\s+)?(?:contratación|nombramiento|adjudicación)\s+(?:\S+\s+){0,3}?(?:de|a)\s+(?:la|el)\s+(?:candidat[oa]|aspirante|concursante)\s+(?:con\s+(?:la\s+)?mayor\s+puntuación|mejor\s+(?:valorad|clasificad|puntuad)[oa]|(?:clasificad|situad)[oa]\s+en\s+primer\s+lugar)|\bexclusión\s+de\s+(?:tu|su)\s+(?:candidatura|solicitud|postulación)\b|\b(?:has|ha)\s+(?:resultado|quedado)\s+excluid[oa]\b`,
    ),
    // A placement cancelled ("la misión en nuestro cliente ha sido cancelada", not the reader's own shift), or the
    // client's request withdrawn.
    signal(
      'role-gone',
      0.75,
      rx`\b(?<!\b(?:tu|su)\s)misión\b(?!\s+(?:actual|de\s+mañana|en\s+curso)\b)[^.;!?]{0,60}?\b(?:ha\s+sido|fue|se\s+ha|queda|está)\s+(?:\S+\s+)?(?:cancelad|anulad|suprimid)[oa]\b|\bcliente\s+(?:\S+\s+)?(?:ha\s+)?(?:cancelado|anulado|retirado)\s+(?:la|su|el)\s+(?:solicitud|pedido|misión|encargo|oferta|vacante)\b`,
    ),
    // No vacancies left ("ya no quedan vacantes para este verano"), or every open application closed, the reader's
    // among them ("todas las candidaturas en curso, incluida la tuya, se cierran").
    signal(
      'not-selected',
      0.75,
      rx`\bya\s+no\s+(?:nos\s+)?qued(?:an|aban)\s+(?:vacantes|puestos(?:\s+libres)?|plazas\s+(?:vacantes|de\s+(?:trabajo|empleo|prácticas)))\b|\btodas\s+las\s+(?:candidaturas|solicitudes|postulaciones)\s+(?:en\s+curso\s*|abiertas\s*)?,?\s*(?:incluida|incluyendo|también)\s+(?:la\s+)?(?:tuya|suya|tu|su)\b`,
    ),
    // The choice told in few words at last: "finalmente avanzamos con otra persona que…".
    signal(
      'others',
      0.8,
      rx`\b(?:finalmente|al\s+final)\s*,?\s+(?:\S+\s+)?(?:avanzamos|seguimos|continuamos|nos\s+quedamos|nos\s+decantamos|optamos|nos\s+fuimos)\s+(?:\S+\s+)?(?:con|por)\s+(?:otr[oa]s?\s+(?:candidat\w*|personas?|perfil\w*|postulantes?|aspirantes?|chic[oa]s?)|alguien)\b(?![^.;!?]{0,40}\b(?:te|ti|tú|contigo|usted)\b)`,
    ),
    // The process closed for everyone in it, the reader too: "cerramos el proceso con todas las candidaturas".
    signal(
      'not-selected',
      0.8,
      rx`\b(?:cerramos|cerrando|cerrado|cancelamos|cancelando|cancelado|d(?:amos|imos)\s+por\s+(?:cerrad|finalizad)[oa])\s+(?:\S+\s+){0,3}?(?:proceso|selección|convocatoria)\b[^.;!?]{0,40}?\b(?:con|para|a)\s+(?:tod[oa]s\s+l[oa]s|el\s+resto\s+de)\s+(?:candidat|postulant|aspirant|personas|participant)\w*(?![^.;!?]{0,40}\b(?:antes|hasta|próxim[oa]|final\s+de)\b)|\bproceso\s+(?:\S+\s+){0,3}?(?:queda|ha\s+quedado|está)\s+(?:\S+\s+)?(?:cerrado|finalizado|cancelado)\s+para\s+tod[oa]s\s+l[oa]s\s+(?:candidat|postulant|aspirant|personas|participant)\w*`,
    ),
    // A public selection's verdict on the reader: "ha obtenido la calificación de no apto", "ha resultado no apta".
    signal(
      'not-selected',
      0.75,
      rx`\b(?:calificación|calificad[oa]|declarad[oa]|resultad[oa]|considerad[oa])\s+(?:\S+\s+){0,2}?(?:de\s+|como\s+)?["«]?no\s+apt[oa]\b|\b(?<!\bno\s)(?:ha|has)\s+(?:\S+\s+)?(?:resultado|quedado)\s+(?:\S+\s+)?(?:no\s+apt[oa]|excluid[oa]|eliminad[oa])\b`,
    ),
    // A post withdrawn by a decision told verb first: "la dirección ha decidido cancelar la apertura del puesto", "no cubrir la vacante".
    signal(
      'role-gone',
      0.75,
      rx`\b(?:decidido|decidió|decidimos|optado\s+por|optó\s+por|resuelto|resolvió)\s+(?:cancelar|anular|suprimir|retirar|no\s+(?:cubrir|abrir|ocupar))\s+(?:\S+\s+){0,3}?(?:puesto|vacante|plaza|posición)\b`,
    ),
    // Someone chosen for what they already bring: "hemos elegido a una educadora que ya conoce nuestro proyecto".
    signal(
      'others',
      0.75,
      rx`\b(?:elegido|escogido|seleccionado|contratado|optado\s+por|quedado\s+con)\s+(?:a\s+)?(?:un|una|otra|otro)\s+(?:\S+\s+)?(?:que|quien)\s+ya\s+(?:conoce|conocía|trabaja|trabajaba|está|estaba|ha\s+trabajado|había\s+trabajado|forma\s+parte|hace|hacía)\b(?![^.;!?]{0,40}\b(?:tú|usted)\b)`,
    ),
  ],
  // A rule for a group ("Los aspirantes que no figuren en la lista, …") reaches past its comma.
  condition: rx`^\s*(?:los|las)\s+(?:aspirantes|candidat[oa]s|solicitantes|postulantes)\s+que\s+no\b|^\s*(?:entonces|en\s+ese\s+caso)\b|\b(?:si|en\s+caso|a\s+menos|salvo\s+que|sin\s+(?:respuesta|noticias)|a\s+falta\s+de|de\s+no\s+(?:recibir|tener|haber))\b`,
  hypothetical: rx`\bentiend[ae]\s+que\b|\b(?:los|las|aquellos|aquellas)\s+(?:candidat\w*\s+|postulantes\s+|personas\s+|aspirantes\s+|solicitantes\s+)?que\b|\bquienes\b|\b(?:una\s+vez|quiere\s+decir|significa|indica|considera\s+que|considere\s+que|entender\s+que|probablemente)\b`,
  negation: rx`\b(?:no|nunca|ningun\w*)\b`,
  otherTopic: rx`\b(?:reprogramar|cambiar\s+(?:la\s+)?(?:fecha|hora)|otro\s+(?:día|horario)|fuera\s+de\s+la\s+oficina|responder\s+(?:individualmente|a\s+cada))`,
  opener: rx`\blamentablemente\b|\bdesafortunadamente\b|\blamentamos\b|\bsentimos\s+(?:informar|comunicar)|\b(?:tras|después\s+de)\s+(?:una\s+)?(?:cuidadosa|detenida|minuciosa)\s+(?:revisión|consideración|evaluación)`,
  cutOff: rx`\b(?:no|decidido|lamentablemente)\s*$|\b(?:lamentamos|sentimos|lamento|siento|lamentablemente)\b[^.;!?]{0,40}?\b(?:comunicar|informar|decir|trasladar)\w*\s+(?:de\s+)?que\b[^.;!?]{0,100}$`,
  softClose: rx`\bdese\w*\s+(?:\S+\s+){0,4}?(?:éxito|suerte|lo\s+mejor)|\bmucha\s+suerte\b|\bfuturas?\s+(?:oportunidades|vacantes|procesos)|\bbase\s+de\s+datos\b`,
  acknowledgement: rx`\bhemos\s+recibido\s+(?:tu|su)\s+(?:candidatura|solicitud|postulación|CV)|\b(?:revisar|revisaremos|evaluaremos|analizaremos)\b[^.;!?]{0,30}?\b(?:candidatura|perfil|solicitud|CV)|\bhemos\s+recibido\b|\brevisaremos\b`,
  interview: rx`\b(?:invitar\w*|invitamos)\b[^.;!?]{0,40}?\b(?:entrevista|llamada|reunión)|\bdisponibilidad\b|\bsiguiente\s+(?:fase|etapa|paso)|\bentrevista\b[^.;!?]{0,60}?\b(?:lunes|martes|miércoles|jueves|viernes|mañana|\d{1,2}:\d{2}|reprogramar|confirmar)|\b(?:has\s+sido\s+convocad[oa]|te\s+convocamos|invitarte)\b|\bqueremos\s+avanzar\s+con\s+tu`,
  assessment: rx`\b(?:completar|realizar|hacer)\s+(?:\S+\s+){0,2}?(?:prueba|evaluación|test|ejercicio)\b|\bprueba\s+en\s+línea\b|\b(?:prueba|evaluación|test|caso\s+práctico|ejercicio)\b[^.;!?]{0,40}?\b(?:completar|realizar|enlace)|\b(?:prueba\s+técnica|evaluación\s+psicotécnica|caso\s+práctico|test\s+en\s+línea)\b|\b(?:d[ií]a|jornada|turno|mañana|tarde)\s+de\s+prueba\b|\bprueba\s+de\s+trabajo\b|\bprueba\s+práctica\s+en\s+(?:tienda|cocina|sala|el\s+local)\b`,
  offer: rx`\bcarta\s+(?:de\s+)?oferta|\boferta\s+(?:formal|de\s+empleo)|\b(?:encantados|complace)\b[^.;!?]{0,40}?\bofrecer\w*|\b(?:enhorabuena|felicidades)\b|\bbienvenid[oa]\s+al\s+equipo|\bfirmar\s+el\s+contrato|\bhas\s+sido\s+seleccionad[oa]\s+para\s+el\s+puesto`,
  alert: rx`\b(?:tu|su)\s+(?:alerta|búsqueda\s+guardada)\b|\bcoincidan\s+con\s+(?:tu|su)\s+búsqueda\b|\bofertas?\s+de\s+empleo\s+(?:para\s+ti|que\s+te)|\balerta\s+de\s+empleo|\bnuevas?\s+ofertas\b|\bempleos\s+recomendados|\bpostúlate\s+ahora|\b(?:he|hemos)\s+(?:visto|encontrado|revisado|conocido)\s+(?:tu|su)\s+perfil\b|\bvi\s+(?:tu|su)\s+perfil\b|\b(?:tu|su)\s+perfil\s+(?:\S+\s+){0,2}?(?:me\s+ha\s+llamado|me\s+llamó)\s+(?:la\s+)?atención|\bpara\s+(?:un|una|uno\s+de\s+mis|una\s+de\s+mis)\s+(?:\S+\s+)?clientes?\b[^.;!?]{0,60}?\b(?:busco|buscamos|estoy\s+buscando|selecciono|recluto)\b|\b(?:ofertas|empleos|vacantes|trabajos|puestos)\b[^.;!?]{0,40}?\bque\s+(?:te|le)\s+(?:pueden|podrían)\s+interesar|\b(?:estas|estos)\s+(?:empresas|empleadores|negocios|comercios)\s+(?:buscan|están\s+buscando|contratan|necesitan)\b`,
  withdrawal: rx`\b(?:candidatura|postulación)\s+(?:\S+\s+){0,6}?retirada\b|\blamentamos\s+que\s+(?:hayas|haya)\s+decidido\b|\b(?:lamentamos|sentimos|lamento|siento|pena)\s+que\s+(?:ya\s+)?no\s+(?:contin[uú]es|sigas|quieras\s+seguir)\s+con\s+nosotros\b|\b(?:retirado|retiraste|retirar)\s+(?:tu|su)\s+candidatura|\bhas\s+decidido\s+(?:no\s+continuar|retirar)|\b(?:respetamos|respeto|entendemos|entiendo|comprendemos|comprendo)\s+(?:\S+\s+)?(?:tu|su)\s+decisión\b|\b(?:tu|su)\s+decisión\s+de\s+(?:no|retirar)`,
  pause: rx`\b(?:congelad\w*|pausad\w*|en\s+pausa|congelación\s+de\s+(?:contrataciones|plantilla|vacantes|la\s+contratación))\b`,
  promise: rx`\b(?:temporalmente|momentáneamente|provisionalmente)\b|\bhasta\s+(?:la\s+|el\s+)?(?:primavera|verano|otoño|invierno|año\s+que\s+viene|próximo\s+año)\b|\b(?:retomar\w*|nos\s+pondremos\s+en\s+contacto|te\s+contactaremos|le\s+contactaremos|seguirá\s+activa)|\b(?:te|le|os)\s+(?:llamaremos|escribiremos|avisaremos)\b|\ben\s+cuanto\s+(?:tengamos|se\s+(?:reanude|retome|resuelva|confirme))\b|\bsigue\s+(?:activa|entre\s+(?:las|los)\s+(?:preseleccionad|seleccionad|finalist)\w*)`,
  jobContext: rx`\b(?:recursos\s+humanos|RRHH|concurso\s+(?:público|de\s+(?:méritos|oposición|antecedentes))|postulante\w*|bolsa\s+de\s+(?:trabajo|empleo)|posición|plaza|búsqueda|aspirante\w*|convocatoria|día\s+de\s+prueba|candidatura\w*|candidat\w*|puesto\w*|vacante\w*|empleo\w*|entrevista\w*|selección|reclutamiento|currículum|CV|postulación|contratación|prácticas|posiciones|proceso\s+selectivo|prueba\s+técnica|trabaj(?:o|ar)\s+(?:con|en)\s+nosotros|reclutador\w*|oposici\w*|plantilla\s+(?:\S+\s+)?complet\w*|temporer[oa]s?|ETT|empresa\s+de\s+trabajo\s+temporal|solicitud\s+de\s+personal|temporada\s+(?:de\s+)?(?:verano|invierno)|audici(?:ón|ones))\b|${ENGLISH_JOB_WORDS}`,
  applicationWords: rx`\b(?:candidaturas?|solicitud(?:es)?|postulación|plaza|búsqueda|convocatoria)\b`,
  occupations: rx`\b(?:desarrollador|ingenier|analista|diseñador|gerente|jefe|coordinador|asistente|técnico|vendedor|consultor|auxiliar|supervisor|contador|enfermer|becari|practicante|programador|cajer|mesero|camarer|cociner|arquitect|administrativ|vigilante|dependient|repartidor|conductor|recepcionista)\w*|${ENGLISH_TITLES}`,
  nonJobContext: rx`\b(?:arrendador|alquiler|piso|departamento\s+en\s+alquiler|sorteo|concurso|ganador\w*|beta|lista\s+de\s+espera|becas?|posgrados?|maestrías?|doctorados?|admisión|admisiones|licenciatura\w*|préstamo\w*|crédito\w*|hipoteca\w*|financiación|escolar\w*|escolarización|alumn[oa]s?|colegio|guardería|subvenci\w*)\b`,
  someoneElse: rx`\bmi\s+(?:candidatura|postulación|solicitud)\b|\b(?:la\s+)?(?:candidatura|postulación)\s+de\s+(?!tu\b|su\b)\w+`,
  reader: rx`\b(?:tu|tus|te|ti|usted|su|sus|contigo)\b`,
  includesReader: rx`\b(?:como\s+(?:tú|tu|usted)|incluid[oa]s?\s+(?:tú|usted)|(?:tú|usted)\s+(?:eres|es)\s+un[oa]\s+de\s+(?:ell[oa]s))\b`,
  reported: rx`\b(?:dijo|dijeron|contó|cuenta|escribió|diciendo)\b`,
  hiringSide: rx`\b(?:motivo\s+de\s+(?:rechazo|descarte)|(?:tu|su)\s+(?:referido|recomendación)|recomendaste)\b`,
  pastDecision: rx`^\s*(?:\S+\s+){0,3}?(?:en\s+(?:aquel|ese)\s+momento|el\s+año\s+pasado|entonces)\b`,
  completions: [
    { ending: 'tu candidatura.' },
    { after: rx`\bno\s+(?:has|ha|han)\s+sido\s*$`, ending: 'seleccionada.' },
    { after: rx`\botr[oa]s?\s*$`, ending: 'candidatos.' },
  ],
  subjectUpdate: rx`\b(?:tu|su)\s+(?:candidatura|postulación|solicitud)\b|\bcancelación\s+del?\s+(?:proceso|vacante|convocatoria|puesto)\b|\bresultados?\s+del?\s+(?:proceso|concurso|convocatoria)\b|\bactualización\b|\bproceso\s+de\s+selección\b|^\s*(?:RE|RV|Fwd?)\s*:\s*(?:mi\s+)?(?:candidatura|solicitud|postulación)\b|\b(?:vacante|puesto|oferta|plaza|posición|proceso)\b[^\n]{0,60}?\b(?:cubiert|cancelad|cerrad|anulad|suspendid)[oa]s?\b|\bresultado\s+(?:final\s+)?del?\s+(?:proceso|programa|examen|ejercicio|prueba|oposición)\b|\bresultado\s+final\b`,
};
