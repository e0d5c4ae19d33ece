import { rx, signal } from './build';
import { ENGLISH_JOB_WORDS, ENGLISH_TITLES } from './titles';
import type { PhraseSet } from './types';

/** Portuguese: "infelizmente", "não seguiremos com a sua candidatura", "não foi selecionado". */
export const pt: PhraseSet = {
  lang: 'pt',
  markers:
    'o|os|do|da|não|você|sua|seu|à|olá|ainda|em|vaga|é|já|cumprimentos|atenciosamente|equipa|prezado|prezada|obrigado|obrigada|infelizmente|nós|e|um|com|na|processo|seletivo|ao|dos|das|pela|pelo|lhe'.split(
      '|',
    ),
  rejection: [
    signal(
      'not-forward',
      0.8,
      rx`\bnão(?<!\b(?:candidat[oa]s|demais|outr[oa]s)\snão)\s+(?:(?!(?:e|mas|porém)\b)[^\s.,;:!?]+\s+){0,4}?(?:segu\w*|prossegu\w*|continu\w*|avan[cç]\w*|dar\w*\s+continuidade|dar\w*\s+seguimento)\b[^.;!?]{0,40}?\b(?:candidaturas?|processo|perfil|aplicação|consigo|você|sua|seu|(?:próxima|seguinte)s?\s+(?:etapa|fase)s?|etapas?|fases?)\b|\bnão\s+(?:\S+\s+){0,3}?(?:segui\w*|avan[cç]\w*|prossegu\w*)\s+em\s+frente\b|\bnão\s+(?:\S+\s+){0,3}?dar\w*\s+(?:continuidade|seguimento)\b|\binfelizmente\s*,?\s+não\s+(?:vamos|iremos|podemos)\s+(?:avançar|seguir|prosseguir|continuar)\b(?=\s*[,.;!]|\s*$)`,
    ),
    // The application closed, nobody taken on ("no momento não estamos contratando"), or the team already full.
    signal(
      'not-forward',
      0.75,
      rx`\bnão\s+(?:\S+\s+){0,2}?(?:estamos\s+contratando|contratamos|estamos\s+admitindo|estamos\s+a\s+(?:recrutar|contratar)|estamos\s+recrutando|recrutamos)\b|\bnão\s+(?:temos|há|existem|estamos\s+com)\s+(?:\S+\s+)?vagas\b(?![^.;!?]{0,60}\b(?:busca|pesquisa|alertas?|filtros?|encontradas|novas)\b)|\b(?:equipe|equipa|quadro|time)\s+(?:\S+\s+){0,3}?(?:já\s+)?(?:está|ficou|fechou)\s+(?:\S+\s+)?complet[oa]\b|\b(?:sua|tua)\s+candidatura\s+(?:\S+\s+){0,3}?(?:foi|está)\s+(?:\S+\s+)?(?:encerrad|arquivad|finalizad)\w*|\b(?:encerr|finaliz)\w*\s+(?:\S+\s+){0,3}?(?:a\s+)?(?:sua|tua)\s+(?:participação|candidatura|jornada)\b`,
    ),
    signal(
      'not-selected',
      0.8,
      rx`\bnão\s+(?:\S+\s+){0,3}?(?:selecionad\w*|escolhid\w*|aprovad\w*|admitid\w*|classificad\w*)|\bnão\s+(?:\S+\s+){0,2}?considerad[oa]s?\s+para\b|\bnão\s+(?:\S+\s+)?(?:foi|foram|ter\s+sido)\s+(?:\S+\s+)?bem[- ]sucedid[oa]s?|\bcontrata(?:ção|mos|ram|do)\s+(?:de\s+)?outr[oa]s?\s+(?:\S+\s+)?(?:candidat[oa]s?|profissional|profissionais|pessoas?)\b|\bnão\s+(?:\S+\s+)?(?:passou|superou)\b|\bnão\s+(?:foi|ficou|ficaste|obteve)\s+(?:\S+\s+)?(?:colocad[oa]|colocação)\b|\b(?:candidatura|perfil|você|vc)\s+(?:\S+\s+){0,3}?(?<!\b(?:não|nunca)\s)(?:foi|está|ficou)\s+(?:\S+\s+)?(?:reprovad|recusad|indeferid|desclassificad|eliminad)\w*|\b(?:status|estado|situação|resultado)\b[^.;!?]{0,160}?(?::|\b(?:alterad[oa]|atualizad[oa]|mudou|passou)\s+para|\s(?=["“«]))\s*["“]?(?:(?:encerrad[oa]|finalizad[oa]|concluíd[oa]|fechad[oa])\s*[-–—:]\s*)?(?:reprovad\w*|recusad\w*|não\s+(?:aprovad|selecionad|classificad)\w*|desclassificad\w*|indeferid\w*|eliminad\w*|não\s+(?:avançou|prossegue|segue)\s+no\s+processo)\b(?!\s*[“”"»«]?\s*,?\s*(?:significa|quer\s+dizer|indica))`,
    ),
    signal(
      'others',
      0.8,
      rx`\b(?:opt\w*|decid\w*|escolh\w*)\b[^.;!?]{0,30}?\b(?:seguir|prosseguir|avançar|continuar)\s+com\s+(?:\S+\s+)?(?:candidat\w*|perfis|profissionais)\s+(?:com|que|cujo|cuja|mais)\b|\b(?:selecion\w*|contrat\w*|prefer\w*|escolh\w*|fech\w*|opt[aá]\w*|decid\w*|segui\w*|prossegu\w*|avan[cç]\w*|continu\w*)\b[^.;!?]{0,60}?\b(?:outro|outra|outros|outras)\s+(?:\S+\s+)?(?:candidat\w*|perfis|perfil|pessoas?|profissional|profissionais)\b|\b(?:candidat\w*|perfis|perfil)\s+(?:\S+\s+){0,5}?(?:mais|melhor)\s+(?:alinhad\w*|aderente\w*|adequad\w*)`,
    ),
    // Others named by what they have: "optamos por candidatos com mais experiência", "a gestora optou por seguir
    // com uma pessoa que já…", "nossa decisão foi seguir com candidatos que…", "decidiram fechar com o candidato
    // interno", "acabou escolhendo uma recepcionista que já conhecia…".
    signal(
      'others',
      0.8,
      rx`\b(?:opt(?:amos|ou|aram|ado)\s+por|decis(?:ão|ões)\s+(?:\S+\s+)?(?:foi|foram)|decid\w*|acab\w*)\s+(?:(?:seguir|prosseguir|avançar|continuar|fechar|ficar)\s+com\s+)?(?:o\s+|a\s+|os\s+|as\s+|um\s+|uma\s+)?(?:outr[oa]s?\s+)?(?:candidat[oa]s?|perfis|perfil|profissionais|profissional|pessoas?)\s+(?:com|que|cujo|cuja|mais|intern[oa]s?)\b|\bacab(?:ou|amos|ámos|aram|ei)\s+(?:\S+\s+)?(?:escolhendo|contratando|selecionando|fechando\s+com|ficando\s+com|por\s+(?:escolher|contratar|selecionar|ficar\s+com))\s+(?:um|uma|outr[oa]s?|o|a)\s+(?!(?:sua|seu|data|horário|dia|local|opção|formato)\b)\S+\s+(?:que|com|cujo|cuja)\b`,
    ),
    // Others named by what they have, told as what comes next: "seguimos com perfis que atendem melhor".
    signal(
      'others',
      0.8,
      rx`\b(?:seguimos|seguiremos|prosseguimos|prosseguiremos|avançamos|avançaremos|continuamos|continuaremos)\s+(?:\S+\s+)?com\s+(?:outr[oa]s\s+)?(?:candidat\w*|perfis|profissionais|pessoas)\s+(?:com|que|cujo|cuja|mais)\b`,
    ),
    // The opening closed with someone else: "acabamos fechando a vaga com uma pessoa que …", "a escolha recaiu
    // sobre outra candidata".
    signal(
      'others',
      0.8,
      rx`\b(?:fech|preench|encerr)\w*\s+(?:a\s+)?(?:vaga|posição|oportunidade)\b[^.;!?]{0,60}?\bcom\s+(?:um|uma|outr[oa]|o\s+outr[oa]|a\s+outr[oa])\s+(?:\S+\s+)?(?:pessoa|candidat\w*|profissional|perfil)|\bescolha\s+(?:\S+\s+){0,2}?(?:recaiu|caiu|ficou)\s+(?:sobre|em|com)\s+(?:outr[oa]s?|um|uma|o|a)\s+(?!sua\b|seu\b|tua\b|teu\b)(?:\S+\s+)?(?:candidat\w*|perfil|perfis|pessoa\w*|profissional\w*)`,
    ),
    // Filled from inside, someone found, or given to another: "a vaga foi preenchida internamente",
    // "encontrámos a pessoa certa", "oferecemos a vaga a outra candidata".
    signal(
      'others',
      0.8,
      rx`\b(?:preenchid[oa]|ocupad[oa]|fechad[oa]|preencher|ocupar)\s+(?:\S+\s+){0,3}?(?:internamente|com\s+(?:um|uma)\s+(?:candidat[oa]|pessoa|profissional|colaborador\w*)\s+(?:intern[oa]|da\s+casa|do\s+(?:nosso\s+)?(?:time|quadro|equipa|equipe)))\b|\b(?:encontr(?:amos|ámos|aram|ou))\s+(?:\S+\s+)?(?:a\s+pessoa|o\s+perfil|(?:um|uma|o|a)\s+(?:candidat[oa]|profissional|pessoa))\s+(?:\S+\s+)?(?:que|ideal|certa|adequad[oa])\b(?![^.;!?]{0,40}\b(?:você|vc|tu)\b)|\b(?:oferec|dad|atribu)\w*\s+(?:a|o)\s+(?:vaga|cargo|lugar|posição|estágio|contrato)\s+(?:a|para)\s+(?:outr[oa]|alguém|um[a]?\s+(?:candidat[oa]|colega|pessoa))\b|\b(?:não\s+foi\s+(?:dessa|desta)\s+vez|(?:dessa|desta)\s+vez\s+não\s+(?:deu|rolou|foi))\b`,
    ),
    // An unsolicited application with nothing to offer: "de momento não temos nenhuma vaga adequada ao seu perfil".
    signal(
      'not-fit',
      0.7,
      rx`\bnão\s+(?:dispomos|temos|possuímos)\s+(?:de\s+)?(?:nenhuma\s+)?(?:\S+\s+)?(?:vagas?|posições|oportunidades?|funções|lugar(?:es)?)\s+(?:\S+\s+)?(?:compatíve|adequad|alinhad|disponíve|abert|em\s+aberto|parecid|semelhant|similar|equivalent|que\s+(?:se\s+adeque|corresponda|combine))\w*`,
    ),
    // Without the reader: "não poderemos contar com você", "sua candidatura não avançou".
    signal(
      'not-forward',
      0.8,
      rx`\bnão\s+(?:\S+\s+){0,2}?contar\s+com\s+(?:você|vc|consigo|contigo|(?:o\s+)?seu\s+perfil|(?:a\s+)?sua\s+candidatura)\b|\b(?:sua|tua)\s+(?:candidatura|aplicação|inscrição)\s+não\s+(?:\S+\s+)?(?:avançou|seguiu|prosseguiu|teve\s+sucesso)\b`,
    ),
    // A subject that is the news itself: "Reprovação da candidatura".
    signal(
      'not-selected',
      0.7,
      rx`^\s*(?:(?:RE|ENC|Fwd)\s*:\s*)?(?:reprovação|recusa)\s+(?:d[ae]\s+)?(?:sua\s+)?(?:candidatura|inscrição)\b[^.;!?]{0,80}$`,
    ),
    // A public competition declared void: "o concurso ficou deserto".
    signal(
      'not-selected',
      0.75,
      rx`\b(?:declarad[oa]|considerad[oa]|ficou|fica)\s+desert[oa]\b|\b(?:concurso|procedimento|processo)\s+(?:\S+\s+){0,4}?(?:sem\s+(?:efeito|provimento)|desert[oa])\b`,
    ),
    // A status standing alone on its line under "o status da sua candidatura mudou:"; a public competition's
    // exclusion ("foi excluído(a) por não possuir…"); a name missing from the list of those approved.
    signal(
      'not-selected',
      0.7,
      rx`^\s*["“]?(?:reprovad[oa]|recusad[oa]|não\s+(?:aprovad|selecionad|classificad)[oa]|desclassificad[oa]|indeferid[oa]|eliminad[oa])["”]?\s*[.!]?\s*$|\bexcluíd[oa]s?\S*\s+(?:do\s+(?:procedimento|concurso|processo)|por\s+(?:não|falta))|\bnão\s+(?:\S+\s+)?(?:consta|figura|aparece)\s+(?:\S+\s+){0,2}?(?:lista|relação)\s+(?:\S+\s+){0,2}?(?:aprovad|selecionad|classificad|admitid)\w*`,
    ),
    signal(
      'role-gone',
      0.75,
      rx`\b(?:vagas?|posição|posições|cargo|estágios?)\b[^.;!?]{0,80}?\b(?<!\bainda\s(?:[^\s.;!?]+\s){0,3})(?:preenchid[oa]|ocupad[oa]|fechad[oa]|encerrad[oa]|cancelad[oa]|retirad[oa]|suprimid[oa]|anulad[oa]|extint[oa]|não\s+está\s+mais\s+disponível)|\b(?:processo\s+seletivo|recrutamento|processo\s+de\s+(?:seleção|recrutamento))\b[^.;!?]{0,60}?\b(?<!\bnão\s)(?:foi|está|ficou)\s+(?:\S+\s+)?(?:cancelad|interrompid|anulad)[oa]\b|\b(?<!\bnão\s)(?:preenchemos|fechamos|fechámos|ocupamos|ocupámos|encerramos|encerrámos)\s+(?:a|as|essa|esta|essas|estas)\s+(?:vagas?|posição|posições|lugar(?:es)?|estágios?)\b`,
    ),
    signal(
      'not-fit',
      0.7,
      rx`\bnão\s+(?:\S+\s+){0,3}?(?:atende|corresponde|reúne|preenche|cumpre|se\s+encaixa|está\s+(?:\S+\s+)?alinhad\w*|se\s+adequa)\b|\b(?:sua|tua|seu|teu)\s+(?:horário|disponibilidade|perfil)\s+não\s+(?:\S+\s+)?(?:batia|bate|encaixava|encaixa|dava|combinava)\b`,
    ),
    signal('on-hold', 0.6, rx`\b(?:vaga|processo)\b[^.;!?]{0,60}?\b(?:congelad\w*|pausad\w*|suspens\w*)`),
    // The team went another way, casually: "fomos com outra pessoa", "fechamos com um cara mais sênior", "vamos ficar
    // com alguém que já…" (not "vamos com outra pessoa à obra"); nobody needed:
    // "de momento não precisamos de ninguém".
    signal(
      'others',
      0.8,
      rx`\b(?:fomos|ficamos|ficámos|ficou|ficaram|vamos\s+ficar|acab\w+\s+indo|decidimos\s+ir|fechamos|fechámos|fechei)\s+(?:\S+\s+)?com\s+(?:outr[oa]s?\s+(?:\S+\s+)?(?:candidat\w*|perfis|perfil|pessoas?|profissional|profissionais)|alguém\s+(?:que|com|mais)|(?:um|uma)\s+(?:cara|pessoa|candidat[oa]|profissional|menin[oa]|moç[oa])\s+(?:mais|que\s+já|com\s+mais)\b(?![^.;!?]{0,40}\b(?:você|vc|tu|te|ti)\b))\b`,
    ),
    signal(
      'not-fit',
      0.7,
      rx`\bnão\s+(?:precisamos|necessitamos|estamos\s+a\s+precisar|estamos\s+precisando)\s+(?:\S+\s+)?(?:de\s+)?(?:ninguém|pessoal|mais\s+(?:ninguém|pessoal|gente))\b(?!\s*,?\s*(?:que|com)\b)`,
    ),
    // Someone else taken, plainly: "já arrumei alguém pra vaga", "contratámos outra pessoa".
    signal(
      'others',
      0.8,
      rx`\b(?:arrumei|arrumamos|contratei|contratamos|contratámos|achei|achamos|encontrei|peguei|pegamos|escolhi|escolhemos)\s+(?:\S+\s+)?(?:alguém|outra\s+pessoa|outr[oa]\s+(?:candidat\w*|profissional|perfil))\b(?![^.;!?]{0,40}\b(?:você|vc|tu|te|ti)\b|\s+(?:para|pra)\s+(?:\S+\s+)?(?:apoiar|ajudar|acompanhar|treinar|receber|integrar)\b)`,
    ),
    // Late-stage, in few words: "ficámos com uma candidata com mais experiência", "a vaga foi para outra pessoa", "não
    // lhe vamos fazer uma proposta".
    signal(
      'others',
      0.8,
      rx`\b(?:ficamos|ficámos|ficou|ficaram)\s+com\s+(?:um|uma)\s+(?:candidat[oa]|pessoa|profissional|rapaz|rapariga|moç[oa])\s+(?:com|que)\b(?![^.;!?]{0,40}\b(?:você|vc|tu|te|ti)\b)|\b(?:vaga|posição|cargo|lugar|escolha|decisão)\s+(?:\S+\s+)?(?:foi|ficou)\s+(?:para|com)\s+(?:outr[oa]s?\s+(?:pessoa|candidat\w*|profissional|perfil)|alguém|um[a]?\s+(?:colega|pessoa|candidat[oa]|profissional)\s+(?:d[ao]\s+casa|intern[oa]|que\s+já))\b|\bnão\s+(?:lhe|te|vos)\s+(?:\S+\s+){0,2}?(?:fazer|apresentar|enviar)\s+(?:uma\s+)?(?:proposta|oferta)\b(?![^.;!?]{0,30}\b(?:até|antes|sem)\b)`,
    ),
    // Another direction, or the others fit better: "decidimos seguir numa direção diferente", "outras candidaturas
    // correspondiam melhor ao perfil".
    signal(
      'others',
      0.75,
      rx`\b(?:decid\w*|opt\w*|vamos)\b[^.;!?]{0,20}?\b(?:seguir|ir|avançar)\s+(?:\S+\s+)?(?:outra\s+direção|direção\s+diferente|outro\s+caminho|caminho\s+diferente)\b|\boutr[oa]s\s+(?:candidat\w*|perfis|profissionais)\s+(?:\S+\s+){0,3}?(?:correspond\w*|atend\w*|adequ\w*|encaix\w*|se\s+adequ\w*)\s+(?:\S+\s+){0,2}?(?:melhor|mais)\b`,
    ),
    // The answer said to be no: "desta vez a resposta é negativa", "não temos boas notícias".
    signal(
      'not-selected',
      0.75,
      rx`(?<!\b(?:sua|tua)\s)\bresposta\s+(?:é|foi|será)\s+(?:\S+\s+)?(?:negativa|desfavorável)\b|\bnão\s+(?:temos|tenho|trazemos)\s+(?:\S+\s+)?boas\s+notícias\b`,
    ),
    // The offer went to someone else: "fizemos a proposta a outra candidata".
    signal(
      'others',
      0.8,
      rx`\b(?:proposta|oferta)\s+(?:\S+\s+){0,3}?(?:a|para)\s+(?:outra\s+pessoa|outr[oa]\s+(?:candidat[oa]|perfil)|outra\s+profissional|outro\s+profissional)\b`,
    ),
    // The management's choice named ("a administração escolheu o Hugo"), a colleague taken ("decidimos avançar com
    // uma técnica que já…"), or the post given away ("a bolsa foi atribuída a outra candidata").
    signal(
      'others',
      0.8,
      rx`\b(?:direção|administração|gerência|chefia|júri|comissão|coordenação|cliente)\s+(?:\S+\s+)?(?:escolheu|selecionou|optou\s+pel[oa]|preferiu|nomeou)\s+(?:o|a)\s+(?!(?:sua|seu|tua|teu|você|vc|senhor|senhora)\b)\w+(?=\s*[.,;]|\s*$|\s+que\b)|\b(?:decid\w*|opt\w*|acab\w*)\s+(?:\S+\s+)?(?:avançar|seguir|prosseguir|continuar|ficar)\s+com\s+(?:um|uma)\s+(?:\S+\s+){1,2}?que\s+(?:já|tem|possui|conhece)\b|\b(?:escolhemos|escolhi|contratámos|contratamos|contratei|selecionámos|selecionamos|optámos\s+por|optamos\s+por)\s+(?:\S+\s+)?(?:um|uma|outr[oa])\s+(?:pessoa|candidat[oa]|colega|profissional|técnic[oa]|perfil|rapaz|rapariga)\s+(?:que|com)\s+(?:\S+\s+)?(?:já|mais|tem|tinha|conhece|conhecia)\b(?![^.;!?]{0,60}\b(?:você|vc|tu|te|ti|consigo|receber|entrevista\w*)\b)|\b(?:vaga|bolsa|lugar|posição|cargo|estágio|colocação)\s+(?:\S+\s+)?(?:foi|ficou)\s+(?:atribuíd|entregue|dad|adjudicad)[oa]\s+a\s+(?:outr[oa]|um|uma)\b`,
    ),
    // The search itself ended: "a oferta ficou sem efeito", "encerrado sem contratações".
    signal(
      'role-gone',
      0.75,
      rx`\b(?:oferta|vaga|colocação|pedido|processo|recrutamento|procedimento|concurso)\s+(?:\S+\s+){0,2}?(?:ficou|fica|foi|ficaram)\s+sem\s+efeito\b|\bcliente\s+(?:\S+\s+)?(?:cancelou|retirou|anulou)\s+(?:o|a)\s+(?:pedido|vaga|solicitação|requisição)\b|\b(?<!\b(?:sua|tua)\s)(?:missão|colocação)\b(?!\s+(?:atual|actual|de\s+amanhã|em\s+curso)\b)[^.;!?]{0,60}?\b(?:foi|está|ficou)\s+(?:\S+\s+)?(?:cancelad|anulad|suprimid)[oa]\b|\b(?:encerrad|cancelad|anulad|terminad)[oa]\s+sem\s+(?:contratações|contratação|admissões|admissão|seleção|nomeação|colocação)\b`,
    ),
    // The crew is full ("já temos o pessoal todo", "não preciso de mais ninguém") or the post went to someone named
    // ("a vaga ficou para a Sara").
    signal(
      'not-selected',
      0.75,
      rx`\bjá\s+(?:temos|tenho)\s+(?:\S+\s+)?(?:o\s+|a\s+)?(?:pessoal|equipa|equipe|gente|malta)\s+(?:tod[oa]|complet[oa]|fechad[oa])\b|\bnão\s+(?:preciso|precisamos)\s+de\s+mais\s+ninguém\b|\b(?:já\s+)?estamos\s+(?:\S+\s+)?complet[oa]s\b|\b(?:vaga|lugar|posição|cargo|função)\s+(?:\S+\s+)?(?:ficou|foi)\s+(?:para|com)\s+(?:o|a)\s+(?!(?:sua|seu|você|senhor|senhora|semana|próxima|próximo|segunda|terça|quarta|quinta|sexta|manhã|tarde|noite|data|altura|mês|ano|dia|equipa|equipe|empresa|loja)\b)\w+(?=\s*[.,;]|\s*$|\s+que\b)`,
    ),
    // The selection closed, stated plainly ("o processo para Consultor de Vendas foi encerrado"), not a stage of it ("o
    // processo de inscrição foi concluído"); below the weight that outranks a following invitation.
    signal(
      'role-gone',
      0.65,
      rx`\bprocesso\s+(?:seletivo|de\s+(?:seleção|recrutamento)|para)\b[^.;!?]{0,60}?\b(?<!\bnão\s)(?:foi|está|ficou)\s+(?:\S+\s+)?(?:encerrad|cancelad|interrompid|anulad)[oa]\b(?![^.;!?]{0,40}\b(?:análise|avaliação|próxima|entraremos|retorno|resultado)\b)`,
    ),
    // A public competition that ends for the reader: the application excluded ("deliberou a exclusão da sua
    // candidatura"), or the post proposed for the top-ranked candidate.
    signal(
      'not-selected',
      0.75,
      rx`\bexclusão\s+(?:d[ao]\s+)?(?:sua|tua|vossa)\s+(?:candidatura|inscrição)\b|\b(?:sua|tua)\s+(?:candidatura|inscrição)\s+(?:\S+\s+){0,2}?(?:foi|é|ficou)\s+(?:\S+\s+)?excluíd[ao]\b|\b(?:contratação|nomeação|admissão|proposta\s+de\s+contratação)\s+d[oa]\s+(?:candidat[oa]|opositor[a]?)\s+(?:\S+\s+){0,2}?(?:classificad[oa]\s+em\s+(?:1\.?º|1\.?ª|primeiro|primeira)\s+lugar|mais\s+bem\s+classificad[oa]|com\s+(?:a\s+)?maior\s+pontuação)`,
    ),
    // Every open application closed, the reader's among them: "todas as candidaturas em curso, incluindo a sua, foram
    // encerradas".
    signal(
      'not-forward',
      0.75,
      rx`\btodas\s+as\s+(?:candidaturas|inscrições)\s+(?:em\s+curso\s*|em\s+aberto\s*|abertas\s*)?,?\s*(?:incluindo|inclusive|incluída)\s+a\s+(?:sua|tua)\b`,
    ),
    // The process closed for everyone in it, the reader too: "estamos encerrando o processo com todos os candidatos".
    signal(
      'not-selected',
      0.8,
      rx`\b(?:encerramos|encerrámos|encerrando|encerrado|cancelamos|cancelámos|cancelando|cancelado)\s+(?:\S+\s+){0,2}?(?:o\s+)?(?:processo|recrutamento|seleção|procedimento)\b[^.;!?]{0,40}?\b(?:com|para|a)\s+tod[oa]s\s+(?:[oa]s\s+)?(?:candidat|participant|pessoas|concorrent)\w*(?![^.;!?]{0,40}\b(?:até|antes|próxim[oa]|final\s+d[oe])\b)|\b(?:processo|recrutamento|seleção)\s+(?:\S+\s+){0,3}?(?:foi|está|fica|ficou)\s+(?:\S+\s+)?(?:encerrad|cancelad|finalizad)[oa]\s+para\s+tod[oa]s\s+(?:[oa]s\s+)?(?:candidat|participant|pessoas|concorrent)\w*`,
    ),
    // A public examination's verdict on the reader: "não obteve classificação dentro do número de vagas", "tendo sido eliminado(a)".
    signal(
      'not-selected',
      0.75,
      rx`\bnão\s+(?:obteve|obtiveste|alcançou|alcançaste|atingiu|atingiste|conseguiu|conseguiste)\s+(?:a\s+)?(?:classificação|aprovação|pontuação\s+mínima|nota\s+mínima|média\s+mínima)\b|\b(?<!\bnão\s)(?:tendo\s+sido|foi|foste|ficou|ficaste)\s+(?:\S+\s+)?(?:eliminad[oa]|reprovad[oa]|desclassificad[oa])\b`,
    ),
    // A post withdrawn by a decision told verb first: "a diretoria decidiu cancelar a abertura da vaga", "optou por não preencher a vaga".
    signal(
      'role-gone',
      0.75,
      rx`\b(?:decidiu|decidimos|decidido|optou|optámos|optamos|resolveu|resolvemos)\s+(?:por\s+)?(?:cancelar|anular|suprimir|extinguir|retirar|não\s+(?:abrir|preencher|manter|avançar\s+com))\s+(?:\S+\s+){0,3}?(?:vaga|posição|cargo|oportunidade|contratação)\b`,
    ),
  ],
  // A rule for a group ("Os candidatos que não constem da lista, …") reaches past its comma.
  condition: rx`^\s*(?:os|as)\s+(?:demais\s+)?candidat[oa]s\s+(?:que\s+não|não)\b|^\s*então\b(?!\s*,)|^\s*(?:nesse|neste)\s+caso\b|^\s*se\b|\b(?:se\s+(?:você|vc|o\s+seu|a\s+sua|seu|sua|não|nós|formos|for|houver|tiver)|caso|a\s+menos|não\s+havendo|na\s+ausência|salvo\s+se|sem\s+(?:resposta|retorno))\b`,
  hypothetical: rx`\b(?:os\s+candidatos|aqueles|aquelas)\s+que\b|\bcandidat[oa]s\s+(?:não\s+)?(?:constantes|listad[oa]s|relacionad[oa]s|incluíd[oa]s)\b|\bquem\b|\b(?:assim\s+que|quer\s+dizer|significa|indica|considere\s+que|entend[ae]\s+que|considerar\s+que|provavelmente)\b`,
  negation: rx`\b(?:não|nunca|nenhum\w*)\b`,
  otherTopic: rx`\b(?:reagendar|remarcar|outro\s+(?:dia|horário)|fora\s+do\s+escritório|responder\s+(?:individualmente|a\s+cada))`,
  opener: rx`\binfelizmente\b|\blamentamos\b|\bapós\s+(?:uma\s+)?(?:análise|avaliação|consideração)\s+(?:\S+\s+)?(?:cuidadosa|criteriosa|detalhada)|\bdecisão\s+difícil`,
  cutOff: rx`\b(?:não|decidimos|infelizmente)\s*$|\b(?:lamentamos|lamento|infelizmente)\b[^.;!?]{0,40}?\b(?:informar|comunicar|dizer)\w*\s+que\b[^.;!?]{0,100}$`,
  softClose: rx`\bdesej\w*\s+(?:\S+\s+){0,4}?(?:sucesso|sorte|o\s+melhor)|\bboa\s+sorte\b|\bfuturas?\s+(?:oportunidades|vagas|processos)|\bbanco\s+de\s+talentos`,
  acknowledgement: rx`\brecebemos\s+(?:a\s+)?(?:sua|seu)\s+(?:candidatura|currículo|inscrição|aplicação)|\b(?:analisar|avaliar|analisaremos|avaliaremos)\b[^.;!?]{0,30}?\b(?:candidatura|perfil|currículo)|\brecebemos\b|\bentraremos\s+em\s+contato`,
  interview: rx`\bselecionad[oa]\s+para\s+(?:a\s+)?(?:entrevista|próxima\s+etapa)|\b(?:escolha|agende)\s+(?:um|o|a|sua|seu)\s+(?:horário|entrevista|data)\b|\b(?:convidar\w*|convite)\b[^.;!?]{0,40}?\b(?:entrevista|conversa|bate-papo)|\bdisponibilidade\b|\bpróxima\s+(?:etapa|fase)|\bentrevista\b[^.;!?]{0,60}?\b(?:segunda|terça|quarta|quinta|sexta|amanhã|\d{1,2}h|\d{1,2}:\d{2}|reagendar|confirmar)|\bconvidamos\b|\bgostaríamos\s+de\s+(?:te\s+)?(?:conhecer|convidar)`,
  assessment: rx`\b(?:teste|avaliação|case|desafio)\b[^.;!?]{0,40}?\b(?:realizar|completar|responder|link)|\b(?:teste\s+(?:online|técnico)|case\s+técnico|desafio\s+técnico|avaliação\s+online)\b|\b(?:dia|manhã|tarde|turno)\s+(?:de\s+)?(?:experiência|experimental|teste)\b|\bexperiência\s+prática\s+na\s+(?:loja|cozinha|unidade)\b|\bconvocad[oa]s?\s+para\s+(?:a\s+)?(?:prova|etapa|avaliação|teste|dinâmica)\b`,
  offer: rx`\bcarta\s+(?:de\s+)?oferta|\bproposta\s+(?:formal|de\s+emprego|de\s+trabalho)|\b(?:felizes|prazer)\b[^.;!?]{0,40}?\bofere\w*|\bparabéns\b|\bbem-vind[oa]\b|\bassinar\s+o\s+contrato`,
  alert: rx`\b(?:seu|sua)\s+(?:alerta|busca)\b|\bvagas\s+(?:para\s+você|recomendadas|que\s+combinam)|\balerta\s+de\s+vagas|\bnovas\s+vagas\b|\bcandidate-se\s+(?:já|agora)|\b(?:vi|encontrei|conheci|analisei)\s+(?:o\s+)?(?:seu|teu)\s+perfil\b|\bpara\s+(?:um|uma|um\s+dos\s+meus|uma\s+das\s+minhas)\s+(?:\S+\s+)?clientes?\b[^.;!?]{0,60}?\b(?:estou\s+(?:buscando|procurando|à\s+procura)|busco|procuro|recruto)\b|\bvagas\s+que\s+(?:podem|possam|poderão)\s+(?:te\s+|lhe\s+)?interessar|\b(?:estas|estes|essas)\s+empresas\s+(?:estão\s+)?(?:contratando|a\s+contratar|buscam|procuram|recrutam)\b`,
  withdrawal: rx`\bcandidatura\s+(?:\S+\s+)?cancelada\b|\bcandidatura\s+(?:\S+\s+){0,6}?retirada\b|\blamentamos\s+que\s+(?:você|tenha)\b|\b(?:retirou|retirar|cancelou)\s+(?:a\s+)?(?:sua\s+)?candidatura|\bsua\s+desistência|\b(?:respeitamos|respeito|entendemos|entendo|compreendemos)\s+(?:\S+\s+)?(?:a\s+)?(?:sua|tua)\s+decisão\b|\b(?:sua|tua)\s+decisão\s+de\s+(?:não|retirar|desistir)`,
  pause: rx`\b(?:congelad\w*|pausad\w*|suspens[ao]s?|em\s+espera|congelamento\s+(?:d[aeo]s?\s+)?(?:contratações|admissões|vagas|recrutamentos?))\b`,
  promise: rx`\b(?:temporariamente|momentaneamente|provisoriamente)\b|\baté\s+(?:a\s+|o\s+)?(?:primavera|verão|outono|inverno|próximo\s+ano|ano\s+que\s+vem)\b|\b(?:retomar\w*|retornaremos|entraremos\s+em\s+contato|voltaremos\s+a\s+(?:falar|contactá\w*|entrar)|permanece\s+ativa)|\baté\s+(?:a\s+|o\s+)?(?:aprovação|definição|reabertura|novo\s+orçamento)`,
  jobContext: rx`\b(?:recursos\s+humanos|candidatura\s+(?:espontânea\s+)?(?:à|a|para)\s+(?:a\s+)?(?:função|funções|vaga)|dia\s+experimental|concurso\s+para|procedimento\s+concursal|candidatura\w*|candidat\w*|vaga\w*|cargo\w*|posição|emprego\w*|entrevista\w*|recrutamento|currículo|CV|processo\s+seletivo|estágio|recrutador\w*|(?:empregad|ajudante)[oa]?s?\s+de\s+(?:mesa|balcão|armazém|cozinha|sala)|apanha\s+d[aoe]\s+\w+|vindima\w*|sazona(?:l|is)|pessoal\s+todo|trainee\w*|trabalho\s+(?:de\s+)?(?:verão|sazonal|temporário)|audiç(?:ão|ões))\b|${ENGLISH_JOB_WORDS}`,
  applicationWords: rx`\b(?:candidaturas?|inscrição|inscrições|seleção)\b`,
  occupations: rx`\b(?:professor|educador|docente|desenvolvedor|engenheir|analista|designer|gerente|coordenador|assistente|técnico|vendedor|consultor|auxiliar|supervisor|estagiári|programador|enfermeir|atendente|caixa|rece(?:p)?cionista|enólog|revisor|operador|motorista|arquitet)\w*|${ENGLISH_TITLES}`,
  nonJobContext: rx`\b(?:locador|aluguel|imóvel|sorteio|concurso|ganhador\w*|beta|lista\s+de\s+espera|bolsa|empréstimo\w*|crédito\w*|financiamento\w*|vestibular|admissão|mestrado\w*|doutorado\w*|pós-graduação|graduação|matrícula|edital)\b`,
  someoneElse: rx`\b(?:minha)\s+candidatura\b|\bcandidatura\s+d[oa]\s+(?!sua\b)\w+`,
  reader: rx`\b(?:você|vc|sua|seu|suas|seus|te|ti|contigo|tua|teu)\b`,
  includesReader: rx`\b(?:como\s+(?:você|vc|tu)|incluindo\s+(?:você|vc)|(?:você|vc)\s+é\s+um[a]?\s+del[ae]s|(?:você|vc)\s+está\s+entre\s+(?:eles|elas|os|as))\b`,
  reported: rx`\b(?:disse|disseram|contou|conta|escreveu|dizendo)\b`,
  hiringSide: rx`\b(?:motivo\s+(?:da\s+)?(?:reprovação|recusa)|(?:sua|tua)\s+indicação|você\s+indicou)\b`,
  pastDecision: rx`^\s*(?:\S+\s+){0,3}?(?:na\s+época|naquele\s+momento|no\s+ano\s+passado)\b`,
  completions: [
    { ending: 'a sua candidatura.' },
    { after: rx`\bnão\s+(?:foi|foram)\s*$`, ending: 'selecionada.' },
    { after: rx`\boutr[oa]s?\s*$`, ending: 'candidatos.' },
  ],
  subjectUpdate: rx`\bsua\s+candidatura\b|\bprocesso\s+seletivo\b|\batualização\b|\bretorno\b|^\s*(?:RE|Res|Enc|Fwd?)\s*:\s*(?:minha\s+)?candidatura\b|\b(?:vaga|posição|oportunidade|processo|recrutamento)\b[^\n]{0,60}?\b(?:cancelad|encerrad|preenchid|suspens|finalizad)[oa]s?\b|\bresultado\s+(?:final|definitivo)\b|\bresultado\s+d[oa]\s+(?:processo|concurso|seleção|avaliação)\b`,
};
