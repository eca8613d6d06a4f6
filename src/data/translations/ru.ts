import type { StatementTranslation } from './translate.js';

/**
 * Russian translation of the built-in statement's short texts (what the card's summary,
 * the lists, the counters, the call to action and the quote show), keyed by path
 * (./translate.ts). Ours, not the signatories': unofficial. Loaded only on a
 * Russian page that shows the built-in statement.
 */
export const translation: StatementTranslation = {
  kind: 'Совместное заявление',
  title:
    'В поддержку гуманитарного разоружения и противоминной деятельности: подтверждение нашей приверженности Конвенции о запрещении противопехотных мин',
  meeting: 'Двадцать второе совещание государств-участников Конвенции о запрещении противопехотных мин',
  'signatories.champions.label': 'Поборники кампании Генерального секретаря',
  'signatories.supporters.label': 'другие государства-участники',
  'sections.preamble.paragraphs.0': '',
  'achievements.stockpiles-destroyed.text': 'Уничтожено более 55 миллионов накопленных противопехотных мин.',
  'achievements.stockpiles-destroyed.qualifier': 'Более',
  'achievements.stockpiles-destroyed.label': 'накопленных противопехотных мин уничтожено',
  'achievements.production-reduced.text': 'Производство, установка и передача противопехотных мин резко сократились.',
  'achievements.casualties-fallen.text': 'С конца 1990-х годов число жертв сократилось более чем на 75 процентов.',
  'achievements.casualties-fallen.qualifier': 'Более чем на',
  'achievements.casualties-fallen.label': 'сократилось число жертв с конца 1990-х годов',
  'achievements.survivor-care.text':
    'Пострадавшие от мин получают заслуженные помощь, поддержку и уважение к их достоинству, в том числе благодаря подходам с учетом гендерной проблематики.',
  'achievements.risk-education.text': 'Реализованы инновационные меры по просвещению о минной опасности.',
  'achievements.land-cleared.text': 'Обширные территории очищены и возвращены к безопасному хозяйственному использованию.',
  'achievements.mine-free-countries.text': 'Десятки стран стали свободными от мин.',
  'achievements.global-norm.text':
    'Самое главное, Конвенция закрепила действенную глобальную норму, которая клеймит любое применение противопехотных мин и утверждает, что такому оружию нет места в современной войне.',
  'achievements.member-states-bound.text':
    'Сегодня ее положения обязательны для более чем трех четвертей государств — членов Организации Объединенных Наций.',
  'achievements.member-states-bound.qualifier': 'Более',
  'achievements.member-states-bound.label': 'государств — членов ООН связаны ее положениями',
  'achievements.years-of-the-convention.text':
    'На протяжении последних 25 лет Конвенция о запрещении противопехотных мин остается одним из важнейших достижений в области гуманитарного разоружения.',
  'achievements.years-of-the-convention.label': 'лет Конвенции о запрещении противопехотных мин',
  'commitments.defend-norms.text': 'Отстаивать обязательства и нормы в области гуманитарного разоружения.',
  'commitments.strengthen-mine-action.text': 'Укреплять противоминную деятельность.',
  'commitments.people-at-the-centre.text': 'Ставить человека в центр обеспечения безопасности',
  'commitments.raise-awareness.text':
    'Повышать осведомленность общественности о вреде, причиняемом противопехотными наземными минами.',
  'callToAction.text': '',
  'callToAction.closing.0': '',
  'quote.text': 'Человеческие жертвы, которые несут противопехотные наземные мины, по-прежнему неприемлемы.',
};
