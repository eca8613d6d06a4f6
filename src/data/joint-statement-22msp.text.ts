import type { Statement } from '../shared/content/statement.js';

/**
 * The long text of the built-in statement (./joint-statement-22msp.ts): every
 * section with all its paragraphs, the human-cost facts and the challenges. Only
 * the statement card's full text shows it, so it is a chunk of its own, fetched
 * when a card shows the full text (`variant="full"`, or "Read the full statement"
 * opened), not by every page. ./joint-statement-22msp.full.ts joins the two
 * halves into the complete statement.
 */
export const jointStatement22MSPText: Pick<Statement, 'sections' | 'humanCost' | 'challenges'> = {
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
};
