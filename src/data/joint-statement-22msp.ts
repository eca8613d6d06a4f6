import type { Statement } from '../shared/statement.js';

/**
 * The built-in content: the Joint Statement of the Champions of the
 * Secretary-General's Campaign at the Twenty-Second Meeting of States Parties,
 * transcribed from joint-statement-22msp.txt beside this file (a test holds the
 * two together). Labels and qualifiers split the statement's own words so a
 * counter can show the figure; nothing here is not in the statement.
 */
export const jointStatement22MSP: Statement = {
  id: 'joint-statement-22msp',
  kind: 'Joint Statement',
  title:
    'Championing Humanitarian Disarmament and Mine Action: Reaffirming our Commitment to the Anti-Personnel Mine Ban Convention',
  meeting: 'Twenty-Second Meeting of States Parties to the Anti-Personnel Mine Ban Convention',
  officialLanguages: ['en'],
  signatories: [
    {
      id: 'champions',
      label: "Champions of the Secretary-General's Campaign",
      // Algeria, Austria, Colombia, Ireland, Jordan, Mexico, New Zealand, Norway,
      // South Africa, Switzerland, Thailand
      states: ['DZ', 'AT', 'CO', 'IE', 'JO', 'MX', 'NZ', 'NO', 'ZA', 'CH', 'TH'],
    },
    {
      id: 'supporters',
      label: 'other State Parties',
      // Senegal, Chile, Panama, Costa Rica, Uruguay, Democratic Republic of Congo,
      // Central African Republic
      states: ['SN', 'CL', 'PA', 'CR', 'UY', 'CD', 'CF'],
    },
  ],
  sections: [
    {
      id: 'preamble',
      paragraphs: [
        "We, in support of the Secretary-General's Campaign on humanitarian disarmament and mine action, reaffirm our unwavering commitment to the Anti-Personnel Mine Ban Convention and to its ultimate objective: to end the suffering caused by anti-personnel landmines, once and for all.",
        'The human cost of anti-personnel landmines remains unacceptable. Each year, thousands of lives are lost or shattered by these weapons with indiscriminate effects, with casualty figures tragically rising in recent years. Civilians continue to bear the overwhelming burden, accounting for more than 80 per cent of all casualties. Survivors, many of them children, face life-changing injuries and trauma. The deadly legacy of landmines continues long after conflicts have ended, hindering humanitarian relief, impeding development, and posing an enduring threat to entire communities. The human, social and economic consequences of anti-personnel mines far outweigh any perceived military advantage.',
      ],
    },
    {
      id: 'achievements',
      heading: 'Achievements',
      paragraphs: [
        'For the past 25 years, the Anti-Personnel Mine Ban Convention has stood as one of the most significant achievements in humanitarian disarmament. Today, over three-quarters of United Nations Member States are bound by its provisions.',
        'Above all, this Convention reflects our collective resolve to uphold human dignity, protect civilians, and place humanity at the heart of disarmament.',
        'Its impact is profound and undeniable:',
      ],
      list: 'achievements',
    },
    {
      id: 'challenges',
      heading: 'Challenges',
      paragraphs: [
        'Yet today, the Convention is facing unprecedented strain. Rising geopolitical tensions and insecurity have regrettably led some States to withdraw from this life-saving instrument. We are concerned by potential knock-on impacts to the Convention and other humanitarian disarmament instruments. In the spirit of constructive engagement, we call on those States to reconsider and reverse such steps.',
        'We recall that the Convention does not permit the suspension of application of its provisions. We recall that the Convention was conceived for application both times of conflict and in peace-time, as a means to ensure the protection of civilians and communities even in the most difficult security environments.',
      ],
    },
    {
      id: 'concrete-actions',
      heading: 'Concrete actions',
      paragraphs: [
        "We express our strong support for the Secretary-General's global campaign to reinvigorate international commitment to humanitarian disarmament and to accelerate mine action worldwide. The Twenty-Second Meeting of States Parties offers a crucial opportunity to rally all stakeholders behind this vision—renewing our shared determination to uphold the Convention and to advance its implementation through tangible, people-centred actions, in line with the Siem Reap–Angkor Action Plan.",
        'We commit to:',
      ],
      list: 'commitments',
    },
  ],
  achievements: [
    {
      id: 'stockpiles-destroyed',
      text: 'Over 55 million stockpiled anti-personnel mines have been destroyed.',
      value: 55_000_000,
      format: 'compact',
      qualifier: 'Over',
      label: 'stockpiled anti-personnel mines destroyed',
    },
    {
      id: 'production-reduced',
      text: 'Production, deployment, and transfer of anti-personnel mines drastically reduced.',
    },
    {
      id: 'casualties-fallen',
      text: 'Casualties have fallen by more than 75 percent since the late 1990s.',
      value: 75,
      format: 'percent',
      qualifier: 'More than',
      label: 'fall in casualties since the late 1990s',
    },
    {
      id: 'survivor-care',
      text: 'Mine survivors receive the care, support and dignity they deserve, including through gender-responsive approaches.',
    },
    { id: 'risk-education', text: 'Innovative risk education measures have been implemented.' },
    { id: 'land-cleared', text: 'Vast areas of land have been cleared and returned to safe, productive use.' },
    { id: 'mine-free-countries', text: 'Dozens of countries have become mine-free.' },
    {
      id: 'global-norm',
      text: 'Most importantly, the Convention has entrenched a powerful global norm stigmatizing any use of anti-personnel mines and affirming that such weapons have no place in modern warfare.',
    },
    {
      id: 'member-states-bound',
      text: 'Today, over three-quarters of United Nations Member States are bound by its provisions.',
      value: 75,
      format: 'percent',
      qualifier: 'Over',
      label: 'of United Nations Member States are bound by its provisions',
      inList: false,
    },
    {
      id: 'years-of-the-convention',
      text: 'For the past 25 years, the Anti-Personnel Mine Ban Convention has stood as one of the most significant achievements in humanitarian disarmament.',
      value: 25,
      format: 'number',
      label: 'years of the Anti-Personnel Mine Ban Convention',
      inList: false,
    },
  ],
  humanCost: [
    {
      id: 'lives-lost-each-year',
      text: 'Each year, thousands of lives are lost or shattered by these weapons with indiscriminate effects, with casualty figures tragically rising in recent years.',
    },
    {
      id: 'civilian-casualties',
      text: 'Civilians continue to bear the overwhelming burden, accounting for more than 80 per cent of all casualties.',
      value: 80,
      format: 'percent',
      qualifier: 'More than',
      label: 'of all casualties are civilians',
    },
    { id: 'survivors', text: 'Survivors, many of them children, face life-changing injuries and trauma.' },
    {
      id: 'lasting-legacy',
      text: 'The deadly legacy of landmines continues long after conflicts have ended, hindering humanitarian relief, impeding development, and posing an enduring threat to entire communities.',
    },
  ],
  challenges: [
    'Rising geopolitical tensions and insecurity have regrettably led some States to withdraw from this life-saving instrument.',
    'We are concerned by potential knock-on impacts to the Convention and other humanitarian disarmament instruments.',
    'We recall that the Convention does not permit the suspension of application of its provisions.',
  ],
  commitments: [
    { id: 'defend-norms', text: 'Defend humanitarian disarmament obligations and norms.' },
    { id: 'strengthen-mine-action', text: 'Strengthen mine action.' },
    { id: 'people-at-the-centre', text: 'Place people at the centre of security' },
    { id: 'raise-awareness', text: 'Raise public awareness of the harms caused by anti-personnel landmines.' },
  ],
  callToAction: {
    text: 'We call upon all States Parties, United Nations entities, international and regional organizations, civil society, survivor networks, and academia to join us in this call to action to place people at the heart of disarmament and to ensure that the protection of civilians always prevails.',
    closing: [
      'Together, we must act decisively to uphold and strengthen this Convention in this challenging times. This is our moment to protect what we have achieved and take bold steps toward a world free of anti-personnel mines. The responsibility—and the opportunity—is ours.',
    ],
  },
  quote: {
    text: 'The human cost of anti-personnel landmines remains unacceptable.',
  },
};
