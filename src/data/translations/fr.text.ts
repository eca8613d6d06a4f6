import type { StatementTranslation } from './translate.js';

/**
 * French translation of the built-in statement's long text (every section in full, the
 * human-cost facts, the challenges), keyed by path (./translate.ts). Loaded only
 * on a French page whose statement card shows the full text.
 */
export const translation: StatementTranslation = {
  'sections.preamble.paragraphs.1':
    'Le coût humain des mines terrestres antipersonnel demeure inacceptable. Chaque année, des milliers de vies sont perdues ou brisées par ces armes aux effets indiscriminés, et le nombre de victimes a tragiquement augmenté ces dernières années. Les civils continuent de supporter l’essentiel du fardeau et représentent plus de 80 % de l’ensemble des victimes. Les survivants, dont beaucoup sont des enfants, subissent des blessures et des traumatismes qui bouleversent leur vie. L’héritage meurtrier des mines terrestres perdure longtemps après la fin des conflits, entravant les secours humanitaires, freinant le développement et faisant peser une menace durable sur des communautés entières. Les conséquences humaines, sociales et économiques des mines antipersonnel l’emportent de loin sur tout avantage militaire supposé.',
  'sections.achievements.heading': 'Réalisations',
  'sections.achievements.paragraphs.0':
    'Depuis 25 ans, la Convention sur l’interdiction des mines antipersonnel constitue l’une des réalisations les plus importantes en matière de désarmement humanitaire. Aujourd’hui, plus des trois quarts des États Membres de l’Organisation des Nations Unies sont liés par ses dispositions.',
  'sections.achievements.paragraphs.1':
    'Avant tout, cette Convention traduit notre détermination collective à défendre la dignité humaine, à protéger les civils et à placer l’humanité au cœur du désarmement.',
  'sections.achievements.paragraphs.2': 'Ses effets sont profonds et indéniables :',
  'sections.challenges.heading': 'Défis',
  'sections.challenges.paragraphs.0':
    'Pourtant, aujourd’hui, la Convention subit des pressions sans précédent. La montée des tensions géopolitiques et de l’insécurité a malheureusement conduit certains États à se retirer de cet instrument qui sauve des vies. Nous sommes préoccupés par les éventuels effets en cascade sur la Convention et sur d’autres instruments de désarmement humanitaire. Dans un esprit de dialogue constructif, nous demandons à ces États de reconsidérer et d’annuler de telles mesures.',
  'sections.challenges.paragraphs.1':
    'Nous rappelons que la Convention n’autorise pas la suspension de l’application de ses dispositions. Nous rappelons que la Convention a été conçue pour s’appliquer aussi bien en période de conflit qu’en temps de paix, comme moyen d’assurer la protection des civils et des communautés même dans les contextes de sécurité les plus difficiles.',
  'sections.concrete-actions.heading': 'Mesures concrètes',
  'sections.concrete-actions.paragraphs.0':
    'Nous exprimons notre ferme soutien à la campagne mondiale du Secrétaire général visant à redynamiser l’engagement international en faveur du désarmement humanitaire et à accélérer la lutte antimines dans le monde entier. La vingt-deuxième Assemblée des États parties offre une occasion cruciale de rassembler toutes les parties prenantes autour de cette vision, en renouvelant notre détermination commune à préserver la Convention et à faire progresser sa mise en œuvre au moyen de mesures tangibles axées sur l’être humain, conformément au Plan d’action de Siem Reap-Angkor.',
  'sections.concrete-actions.paragraphs.1': 'Nous nous engageons à :',
  'humanCost.lives-lost-each-year.text':
    'Chaque année, des milliers de vies sont perdues ou brisées par ces armes aux effets indiscriminés, et le nombre de victimes a tragiquement augmenté ces dernières années.',
  'humanCost.civilian-casualties.text':
    'Les civils continuent de supporter l’essentiel du fardeau et représentent plus de 80 % de l’ensemble des victimes.',
  'humanCost.civilian-casualties.qualifier': 'Plus de',
  'humanCost.civilian-casualties.label': 'de l’ensemble des victimes sont des civils',
  'humanCost.survivors.text':
    'Les survivants, dont beaucoup sont des enfants, subissent des blessures et des traumatismes qui bouleversent leur vie.',
  'humanCost.lasting-legacy.text':
    'L’héritage meurtrier des mines terrestres perdure longtemps après la fin des conflits, entravant les secours humanitaires, freinant le développement et faisant peser une menace durable sur des communautés entières.',
  'challenges.0':
    'La montée des tensions géopolitiques et de l’insécurité a malheureusement conduit certains États à se retirer de cet instrument qui sauve des vies.',
  'challenges.1':
    'Nous sommes préoccupés par les éventuels effets en cascade sur la Convention et sur d’autres instruments de désarmement humanitaire.',
  'challenges.2': 'Nous rappelons que la Convention n’autorise pas la suspension de l’application de ses dispositions.',
};
