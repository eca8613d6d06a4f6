import type { StatementTranslation } from './translate.js';

/**
 * French translation of the built-in statement's short texts (what the card's summary,
 * the lists, the counters, the call to action and the quote show), keyed by path
 * (./translate.ts). Ours, not the signatories': unofficial. Loaded only on a
 * French page that shows the built-in statement.
 */
export const translation: StatementTranslation = {
  kind: 'Déclaration commune',
  title:
    'Promouvoir le désarmement humanitaire et la lutte antimines : réaffirmer notre engagement en faveur de la Convention sur l’interdiction des mines antipersonnel',
  meeting: 'Vingt-deuxième Assemblée des États parties à la Convention sur l’interdiction des mines antipersonnel',
  'signatories.champions.label': 'Champions de la campagne du Secrétaire général',
  'signatories.supporters.label': 'autres États parties',
  'sections.preamble.paragraphs.0':
    'Nous, qui soutenons la campagne du Secrétaire général consacrée au désarmement humanitaire et à la lutte antimines, réaffirmons notre engagement indéfectible en faveur de la Convention sur l’interdiction des mines antipersonnel et de son objectif ultime : mettre fin, une fois pour toutes, aux souffrances causées par les mines terrestres antipersonnel.',
  'achievements.stockpiles-destroyed.text': 'Plus de 55 millions de mines antipersonnel stockées ont été détruites.',
  'achievements.stockpiles-destroyed.qualifier': 'Plus de',
  'achievements.stockpiles-destroyed.label': 'de mines antipersonnel stockées détruites',
  'achievements.production-reduced.text':
    'La production, le déploiement et le transfert de mines antipersonnel ont été considérablement réduits.',
  'achievements.casualties-fallen.text': 'Le nombre de victimes a diminué de plus de 75 % depuis la fin des années 1990.',
  'achievements.casualties-fallen.qualifier': 'Plus de',
  'achievements.casualties-fallen.label': 'de baisse du nombre de victimes depuis la fin des années 1990',
  'achievements.survivor-care.text':
    'Les survivants des mines bénéficient des soins, du soutien et de la dignité qu’ils méritent, notamment grâce à des approches tenant compte des questions de genre.',
  'achievements.risk-education.text': 'Des mesures novatrices d’éducation aux risques ont été mises en œuvre.',
  'achievements.land-cleared.text':
    'De vastes étendues de terres ont été déminées et rendues à une utilisation sûre et productive.',
  'achievements.mine-free-countries.text': 'Des dizaines de pays sont devenus exempts de mines.',
  'achievements.global-norm.text':
    'Plus important encore, la Convention a ancré une norme mondiale forte qui stigmatise tout emploi de mines antipersonnel et affirme que ces armes n’ont pas leur place dans la guerre moderne.',
  'achievements.member-states-bound.text':
    'Aujourd’hui, plus des trois quarts des États Membres de l’Organisation des Nations Unies sont liés par ses dispositions.',
  'achievements.member-states-bound.qualifier': 'Plus de',
  'achievements.member-states-bound.label':
    'des États Membres de l’Organisation des Nations Unies sont liés par ses dispositions',
  'achievements.years-of-the-convention.text':
    'Depuis 25 ans, la Convention sur l’interdiction des mines antipersonnel constitue l’une des réalisations les plus importantes en matière de désarmement humanitaire.',
  'achievements.years-of-the-convention.label': 'ans de la Convention sur l’interdiction des mines antipersonnel',
  'commitments.defend-norms.text': 'Défendre les obligations et les normes du désarmement humanitaire.',
  'commitments.strengthen-mine-action.text': 'Renforcer la lutte antimines.',
  'commitments.people-at-the-centre.text': 'Placer l’être humain au centre de la sécurité',
  'commitments.raise-awareness.text': 'Sensibiliser le public aux dommages causés par les mines terrestres antipersonnel.',
  'callToAction.text':
    'Nous appelons tous les États parties, les entités des Nations Unies, les organisations internationales et régionales, la société civile, les réseaux de survivants et les milieux universitaires à se joindre à nous dans cet appel à l’action pour placer l’être humain au cœur du désarmement et faire en sorte que la protection des civils l’emporte toujours.',
  'callToAction.closing.0':
    'Ensemble, nous devons agir de manière décisive pour préserver et renforcer cette Convention en ces temps difficiles. L’heure est venue pour nous de protéger ce que nous avons accompli et de prendre des mesures audacieuses en vue d’un monde exempt de mines antipersonnel. La responsabilité – et l’occasion – nous revient.',
  'quote.text': 'Le coût humain des mines terrestres antipersonnel demeure inacceptable.',
};
