/**
 * Russian translations of the built-in statement's short texts, in the order
 * of TRANSLATED in ./apply.ts. Ours, not the signatories': unofficial. Loaded only
 * when the page is in Russian and a widget shows the built-in statement.
 */
export const translations: readonly string[] = [
  'Совместное заявление', // kind
  'В поддержку гуманитарного разоружения и противоминной деятельности: подтверждение нашей приверженности Конвенции о запрещении противопехотных мин', // title
  'Двадцать второе совещание государств-участников Конвенции о запрещении противопехотных мин', // meeting
  'Поборники кампании Генерального секретаря', // signatories.champions.label
  'другие государства-участники', // signatories.supporters.label
  'Достижения', // sections.achievements.heading
  'Вызовы', // sections.challenges.heading
  'Конкретные действия', // sections.concrete-actions.heading
  'Уничтожено более 55 миллионов накопленных противопехотных мин.', // achievements.stockpiles-destroyed.text
  'Более', // achievements.stockpiles-destroyed.qualifier
  'накопленных противопехотных мин уничтожено', // achievements.stockpiles-destroyed.label
  'Производство, установка и передача противопехотных мин резко сократились.', // achievements.production-reduced.text
  'С конца 1990-х годов число жертв сократилось более чем на 75 процентов.', // achievements.casualties-fallen.text
  'Более чем на', // achievements.casualties-fallen.qualifier
  'сократилось число жертв с конца 1990-х годов', // achievements.casualties-fallen.label
  'Пострадавшие от мин получают заслуженные помощь, поддержку и уважение к их достоинству, в том числе благодаря подходам с учетом гендерной проблематики.', // achievements.survivor-care.text
  'Реализованы инновационные меры по просвещению о минной опасности.', // achievements.risk-education.text
  'Обширные территории очищены и возвращены к безопасному хозяйственному использованию.', // achievements.land-cleared.text
  'Десятки стран стали свободными от мин.', // achievements.mine-free-countries.text
  'Самое главное, Конвенция закрепила действенную глобальную норму, которая клеймит любое применение противопехотных мин и утверждает, что такому оружию нет места в современной войне.', // achievements.global-norm.text
  'Сегодня ее положения обязательны для более чем трех четвертей государств — членов Организации Объединенных Наций.', // achievements.member-states-bound.text
  'Более', // achievements.member-states-bound.qualifier
  'государств — членов ООН связаны ее положениями', // achievements.member-states-bound.label
  'На протяжении последних 25 лет Конвенция о запрещении противопехотных мин остается одним из важнейших достижений в области гуманитарного разоружения.', // achievements.years-of-the-convention.text
  'лет Конвенции о запрещении противопехотных мин', // achievements.years-of-the-convention.label
  'Ежегодно тысячи людей погибают или становятся калеками из-за этого оружия неизбирательного действия, а число жертв в последние годы, к несчастью, растет.', // humanCost.lives-lost-each-year.text
  'Основное бремя по-прежнему несут мирные жители: на их долю приходится более 80 процентов всех жертв.', // humanCost.civilian-casualties.text
  'Более', // humanCost.civilian-casualties.qualifier
  'всех жертв — мирные жители', // humanCost.civilian-casualties.label
  'Выжившие, многие из которых — дети, получают увечья и травмы, меняющие всю их жизнь.', // humanCost.survivors.text
  'Смертоносное наследие наземных мин сохраняется еще долго после окончания конфликтов, затрудняя оказание гуманитарной помощи, препятствуя развитию и создавая постоянную угрозу для целых общин.', // humanCost.lasting-legacy.text
  'Отстаивать обязательства и нормы в области гуманитарного разоружения.', // commitments.defend-norms.text
  'Укреплять противоминную деятельность.', // commitments.strengthen-mine-action.text
  'Ставить человека в центр обеспечения безопасности', // commitments.people-at-the-centre.text
  'Повышать осведомленность общественности о вреде, причиняемом противопехотными наземными минами.', // commitments.raise-awareness.text
  'Человеческие жертвы, которые несут противопехотные наземные мины, по-прежнему неприемлемы.', // quote.text
];
