/**
 * Spanish translations of the built-in statement's short texts, in the order
 * of TRANSLATED in ./apply.ts. Ours, not the signatories': unofficial. Loaded only
 * when the page is in Spanish and a widget shows the built-in statement.
 */
export const translations: readonly string[] = [
  'Declaración conjunta', // kind
  'Defender el desarme humanitario y la acción contra las minas: reafirmar nuestro compromiso con la Convención sobre la Prohibición de las Minas Antipersonal', // title
  'Vigésima Segunda Reunión de los Estados Partes en la Convención sobre la Prohibición de las Minas Antipersonal', // meeting
  'Defensores de la campaña del Secretario General', // signatories.champions.label
  'otros Estados partes', // signatories.supporters.label
  'Logros', // sections.achievements.heading
  'Desafíos', // sections.challenges.heading
  'Medidas concretas', // sections.concrete-actions.heading
  'Se han destruido más de 55 millones de minas antipersonal almacenadas.', // achievements.stockpiles-destroyed.text
  'Más de', // achievements.stockpiles-destroyed.qualifier
  'de minas antipersonal almacenadas destruidas', // achievements.stockpiles-destroyed.label
  'La producción, el emplazamiento y la transferencia de minas antipersonal se han reducido drásticamente.', // achievements.production-reduced.text
  'El número de víctimas se ha reducido en más de un 75 % desde finales de la década de 1990.', // achievements.casualties-fallen.text
  'Más de un', // achievements.casualties-fallen.qualifier
  'de reducción de las víctimas desde finales de la década de 1990', // achievements.casualties-fallen.label
  'Los supervivientes de minas reciben la atención, el apoyo y la dignidad que merecen, incluso mediante enfoques con perspectiva de género.', // achievements.survivor-care.text
  'Se han aplicado medidas innovadoras de educación sobre el riesgo.', // achievements.risk-education.text
  'Se han despejado vastas extensiones de tierra, que se han devuelto a un uso seguro y productivo.', // achievements.land-cleared.text
  'Decenas de países han quedado libres de minas.', // achievements.mine-free-countries.text
  'Lo más importante es que la Convención ha consolidado una sólida norma mundial que estigmatiza todo empleo de minas antipersonal y afirma que esas armas no tienen cabida en la guerra moderna.', // achievements.global-norm.text
  'Hoy, más de tres cuartas partes de los Estados Miembros de las Naciones Unidas están obligados por sus disposiciones.', // achievements.member-states-bound.text
  'Más del', // achievements.member-states-bound.qualifier
  'de los Estados Miembros de las Naciones Unidas están obligados por sus disposiciones', // achievements.member-states-bound.label
  'Durante los últimos 25 años, la Convención sobre la Prohibición de las Minas Antipersonal ha sido uno de los logros más importantes del desarme humanitario.', // achievements.years-of-the-convention.text
  'años de la Convención sobre la Prohibición de las Minas Antipersonal', // achievements.years-of-the-convention.label
  'Cada año, miles de vidas se pierden o quedan destrozadas por estas armas de efectos indiscriminados, y las cifras de víctimas han aumentado trágicamente en los últimos años.', // humanCost.lives-lost-each-year.text
  'La población civil sigue soportando la inmensa mayoría de la carga, pues representa más del 80 % de todas las víctimas.', // humanCost.civilian-casualties.text
  'Más del', // humanCost.civilian-casualties.qualifier
  'de las víctimas son civiles', // humanCost.civilian-casualties.label
  'Los supervivientes, muchos de ellos niños, sufren lesiones y traumas que les cambian la vida.', // humanCost.survivors.text
  'El legado mortífero de las minas terrestres perdura mucho después del fin de los conflictos, obstaculiza el socorro humanitario, frena el desarrollo y constituye una amenaza duradera para comunidades enteras.', // humanCost.lasting-legacy.text
  'Defender las obligaciones y normas del desarme humanitario.', // commitments.defend-norms.text
  'Fortalecer la acción contra las minas.', // commitments.strengthen-mine-action.text
  'Situar a las personas en el centro de la seguridad', // commitments.people-at-the-centre.text
  'Sensibilizar a la opinión pública sobre los daños causados por las minas terrestres antipersonal.', // commitments.raise-awareness.text
  'El costo humano de las minas terrestres antipersonal sigue siendo inaceptable.', // quote.text
];
