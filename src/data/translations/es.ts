import type { StatementTranslation } from './translate.js';

/**
 * Spanish translation of the built-in statement's short texts (what the card's summary,
 * the lists, the counters, the call to action and the quote show), keyed by path
 * (./translate.ts). Ours, not the signatories': unofficial. Loaded only on a
 * Spanish page that shows the built-in statement.
 */
export const translation: StatementTranslation = {
  kind: 'Declaración conjunta',
  title:
    'Defender el desarme humanitario y las actividades relativas a las minas: reafirmar nuestro compromiso con la Convención sobre la Prohibición de las Minas Antipersonal',
  meeting: 'Vigésima Segunda Reunión de los Estados partes en la Convención sobre la Prohibición de las Minas Antipersonal',
  'signatories.champions.label': 'Defensores de la campaña del Secretario General',
  'signatories.supporters.label': 'otros Estados partes',
  'sections.preamble.paragraphs.0':
    'En apoyo de la campaña del Secretario General sobre el desarme humanitario y las actividades relativas a las minas, reafirmamos nuestro compromiso inquebrantable con la Convención sobre la Prohibición de las Minas Antipersonal y con su objetivo último: poner fin, de una vez por todas, al sufrimiento causado por las minas terrestres antipersonal.',
  'achievements.stockpiles-destroyed.text': 'Se han destruido más de 55 millones de minas antipersonal almacenadas.',
  'achievements.stockpiles-destroyed.qualifier': 'Más de',
  'achievements.stockpiles-destroyed.label': 'de minas antipersonal almacenadas destruidas',
  'achievements.production-reduced.text':
    'La producción, el despliegue y la transferencia de minas antipersonal se han reducido drásticamente.',
  'achievements.casualties-fallen.text':
    'El número de víctimas se ha reducido en más de un 75 % desde finales de la década de 1990.',
  'achievements.casualties-fallen.qualifier': 'Más de un',
  'achievements.casualties-fallen.label': 'de reducción del número de víctimas desde finales de la década de 1990',
  'achievements.survivor-care.text':
    'Los supervivientes de minas reciben la atención, el apoyo y la dignidad que merecen, incluso mediante enfoques con perspectiva de género.',
  'achievements.risk-education.text': 'Se han aplicado medidas innovadoras de educación sobre el riesgo.',
  'achievements.land-cleared.text':
    'Se han despejado vastas extensiones de tierra, que se han devuelto a un uso seguro y productivo.',
  'achievements.mine-free-countries.text': 'Decenas de países han quedado libres de minas.',
  'achievements.global-norm.text':
    'Lo más importante es que la Convención ha afianzado una poderosa norma mundial que estigmatiza todo empleo de minas antipersonal y afirma que esas armas no tienen cabida en la guerra moderna.',
  'achievements.member-states-bound.text':
    'Hoy, más de tres cuartas partes de los Estados Miembros de las Naciones Unidas están obligados por sus disposiciones.',
  'achievements.member-states-bound.qualifier': 'Más del',
  'achievements.member-states-bound.label':
    'de los Estados Miembros de las Naciones Unidas están obligados por sus disposiciones',
  'achievements.years-of-the-convention.text':
    'Durante los últimos 25 años, la Convención sobre la Prohibición de las Minas Antipersonal ha sido uno de los logros más importantes del desarme humanitario.',
  'achievements.years-of-the-convention.label': 'años de la Convención sobre la Prohibición de las Minas Antipersonal',
  'commitments.defend-norms.text': 'Defender las obligaciones y normas del desarme humanitario.',
  'commitments.strengthen-mine-action.text': 'Fortalecer las actividades relativas a las minas.',
  'commitments.people-at-the-centre.text': 'Situar a las personas en el centro de la seguridad',
  'commitments.raise-awareness.text':
    'Sensibilizar a la opinión pública sobre los daños causados por las minas terrestres antipersonal.',
  'callToAction.text':
    'Exhortamos a todos los Estados partes, las entidades de las Naciones Unidas, las organizaciones internacionales y regionales, la sociedad civil, las redes de supervivientes y el mundo académico a que se unan a nosotros en este llamamiento a la acción para situar a las personas en el centro del desarme y garantizar que la protección de los civiles prevalezca siempre.',
  'callToAction.closing.0':
    'Juntos, debemos actuar con decisión para preservar y fortalecer esta Convención en estos tiempos difíciles. Este es nuestro momento de proteger lo que hemos logrado y de dar pasos audaces hacia un mundo libre de minas antipersonal. La responsabilidad —y la oportunidad— es nuestra.',
  'quote.text': 'El costo humano de las minas terrestres antipersonal sigue siendo inaceptable.',
};
