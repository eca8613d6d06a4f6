import type { StatementTranslation } from './translate.js';

/**
 * Spanish translation of the built-in statement's long text (every section in full, the
 * human-cost facts, the challenges), keyed by path (./translate.ts). Loaded only
 * on a Spanish page whose statement card shows the full text.
 */
export const translation: StatementTranslation = {
  'sections.preamble.paragraphs.1':
    'El costo humano de las minas terrestres antipersonal sigue siendo inaceptable. Cada año, miles de vidas se pierden o quedan destrozadas a causa de estas armas de efectos indiscriminados, y las cifras de víctimas han aumentado trágicamente en los últimos años. Los civiles siguen soportando la carga de manera abrumadora, pues representan más del 80 % de todas las víctimas. Los supervivientes, muchos de ellos niños, sufren lesiones y traumas que les cambian la vida. El legado mortífero de las minas terrestres perdura mucho después del fin de los conflictos, obstaculiza el socorro humanitario, frena el desarrollo y constituye una amenaza duradera para comunidades enteras. Las consecuencias humanas, sociales y económicas de las minas antipersonal superan con creces cualquier ventaja militar que se les atribuya.',
  'sections.achievements.heading': 'Logros',
  'sections.achievements.paragraphs.0':
    'Durante los últimos 25 años, la Convención sobre la Prohibición de las Minas Antipersonal ha sido uno de los logros más importantes del desarme humanitario. Hoy, más de tres cuartas partes de los Estados Miembros de las Naciones Unidas están obligados por sus disposiciones.',
  'sections.achievements.paragraphs.1':
    'Ante todo, esta Convención refleja nuestra determinación colectiva de defender la dignidad humana, proteger a los civiles y situar a la humanidad en el centro del desarme.',
  'sections.achievements.paragraphs.2': 'Sus efectos son profundos e innegables:',
  'sections.challenges.heading': 'Desafíos',
  'sections.challenges.paragraphs.0':
    'Sin embargo, hoy la Convención se enfrenta a una presión sin precedentes. El aumento de las tensiones geopolíticas y de la inseguridad ha llevado lamentablemente a algunos Estados a retirarse de este instrumento que salva vidas. Nos preocupan los posibles efectos en cadena para la Convención y otros instrumentos de desarme humanitario. En un espíritu de colaboración constructiva, exhortamos a esos Estados a que reconsideren y reviertan esas medidas.',
  'sections.challenges.paragraphs.1':
    'Recordamos que la Convención no permite la suspensión de la aplicación de sus disposiciones. Recordamos que la Convención se concibió para aplicarse tanto en tiempos de conflicto como en tiempos de paz, como medio de garantizar la protección de los civiles y las comunidades incluso en los entornos de seguridad más difíciles.',
  'sections.concrete-actions.heading': 'Medidas concretas',
  'sections.concrete-actions.paragraphs.0':
    'Expresamos nuestro firme apoyo a la campaña mundial del Secretario General para revitalizar el compromiso internacional con el desarme humanitario y acelerar las actividades relativas a las minas en todo el mundo. La Vigésima Segunda Reunión de los Estados partes ofrece una oportunidad crucial para movilizar a todas las partes interesadas en torno a esta visión y renovar nuestra determinación común de preservar la Convención y promover su aplicación mediante medidas tangibles centradas en las personas, en consonancia con el Plan de Acción de Siem Reap-Angkor.',
  'sections.concrete-actions.paragraphs.1': 'Nos comprometemos a:',
  'humanCost.lives-lost-each-year.text':
    'Cada año, miles de vidas se pierden o quedan destrozadas a causa de estas armas de efectos indiscriminados, y las cifras de víctimas han aumentado trágicamente en los últimos años.',
  'humanCost.civilian-casualties.text':
    'Los civiles siguen soportando la carga de manera abrumadora, pues representan más del 80 % de todas las víctimas.',
  'humanCost.civilian-casualties.qualifier': 'Más del',
  'humanCost.civilian-casualties.label': 'de todas las víctimas son civiles',
  'humanCost.survivors.text': 'Los supervivientes, muchos de ellos niños, sufren lesiones y traumas que les cambian la vida.',
  'humanCost.lasting-legacy.text':
    'El legado mortífero de las minas terrestres perdura mucho después del fin de los conflictos, obstaculiza el socorro humanitario, frena el desarrollo y constituye una amenaza duradera para comunidades enteras.',
  'challenges.0':
    'El aumento de las tensiones geopolíticas y de la inseguridad ha llevado lamentablemente a algunos Estados a retirarse de este instrumento que salva vidas.',
  'challenges.1': 'Nos preocupan los posibles efectos en cadena para la Convención y otros instrumentos de desarme humanitario.',
  'challenges.2': 'Recordamos que la Convención no permite la suspensión de la aplicación de sus disposiciones.',
};
