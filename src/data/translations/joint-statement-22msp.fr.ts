/**
 * French translations of the built-in statement's short texts, in the order
 * of TRANSLATED in ./apply.ts. Ours, not the signatories': unofficial. Loaded only
 * when the page is in French and a widget shows the built-in statement.
 */
export const translations: readonly string[] = [
  'Déclaration commune', // kind
  "Promouvoir le désarmement humanitaire et la lutte antimines : réaffirmer notre engagement envers la Convention sur l'interdiction des mines antipersonnel", // title
  "Vingt-deuxième Assemblée des États parties à la Convention sur l'interdiction des mines antipersonnel", // meeting
  'Champions de la campagne du Secrétaire général', // signatories.champions.label
  'autres États parties', // signatories.supporters.label
  'Réalisations', // sections.achievements.heading
  'Défis', // sections.challenges.heading
  'Mesures concrètes', // sections.concrete-actions.heading
  'Plus de 55 millions de mines antipersonnel stockées ont été détruites.', // achievements.stockpiles-destroyed.text
  'Plus de', // achievements.stockpiles-destroyed.qualifier
  'de mines antipersonnel stockées détruites', // achievements.stockpiles-destroyed.label
  'La production, la mise en place et le transfert de mines antipersonnel ont été considérablement réduits.', // achievements.production-reduced.text
  'Le nombre de victimes a diminué de plus de 75 % depuis la fin des années 1990.', // achievements.casualties-fallen.text
  'Plus de', // achievements.casualties-fallen.qualifier
  'de baisse du nombre de victimes depuis la fin des années 1990', // achievements.casualties-fallen.label
  "Les survivants des mines reçoivent les soins, le soutien et la dignité qu'ils méritent, notamment grâce à des approches tenant compte des questions de genre.", // achievements.survivor-care.text
  "Des mesures novatrices d'éducation aux risques ont été mises en œuvre.", // achievements.risk-education.text
  'De vastes étendues de terres ont été déminées et rendues à une utilisation sûre et productive.', // achievements.land-cleared.text
  'Des dizaines de pays sont désormais exempts de mines.', // achievements.mine-free-countries.text
  "Surtout, la Convention a ancré une norme mondiale forte qui stigmatise toute utilisation de mines antipersonnel et affirme que ces armes n'ont pas leur place dans la guerre moderne.", // achievements.global-norm.text
  "Aujourd'hui, plus des trois quarts des États Membres de l'Organisation des Nations Unies sont liés par ses dispositions.", // achievements.member-states-bound.text
  'Plus de', // achievements.member-states-bound.qualifier
  "des États Membres de l'ONU sont liés par ses dispositions", // achievements.member-states-bound.label
  "Depuis 25 ans, la Convention sur l'interdiction des mines antipersonnel constitue l'une des réalisations les plus importantes du désarmement humanitaire.", // achievements.years-of-the-convention.text
  "ans de Convention sur l'interdiction des mines antipersonnel", // achievements.years-of-the-convention.label
  'Chaque année, des milliers de vies sont perdues ou brisées par ces armes aux effets indiscriminés, et le nombre de victimes est tragiquement en hausse ces dernières années.', // humanCost.lives-lost-each-year.text
  "Les civils continuent de supporter l'essentiel du fardeau et représentent plus de 80 % de l'ensemble des victimes.", // humanCost.civilian-casualties.text
  'Plus de', // humanCost.civilian-casualties.qualifier
  'des victimes sont des civils', // humanCost.civilian-casualties.label
  'Les survivants, dont beaucoup sont des enfants, subissent des blessures et des traumatismes qui bouleversent leur vie.', // humanCost.survivors.text
  "L'héritage meurtrier des mines terrestres perdure bien après la fin des conflits : il entrave les secours humanitaires, freine le développement et fait peser une menace durable sur des communautés entières.", // humanCost.lasting-legacy.text
  'Défendre les obligations et les normes du désarmement humanitaire.', // commitments.defend-norms.text
  'Renforcer la lutte antimines.', // commitments.strengthen-mine-action.text
  "Placer l'humain au cœur de la sécurité", // commitments.people-at-the-centre.text
  'Sensibiliser le public aux dommages causés par les mines terrestres antipersonnel.', // commitments.raise-awareness.text
  'Le coût humain des mines terrestres antipersonnel demeure inacceptable.', // quote.text
];
