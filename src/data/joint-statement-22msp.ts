import type { Statement } from '../shared/content/statement.js';

/**
 * The built-in content: the Joint Statement of the Champions of the
 * Secretary-General's Campaign at the Twenty-Second Meeting of States Parties,
 * transcribed from joint-statement-22msp.txt beside this file (a test holds the
 * two together). Labels and qualifiers split the statement's own words so a
 * counter can show the figure; nothing here is not in the statement.
 *
 * This is the statement without its long text: `sections` holds only the
 * preamble's opening paragraph (what the statement card's summary shows); every
 * section in full, `humanCost` and `challenges` are in
 * ./joint-statement-22msp.text.ts, a chunk fetched only when a card shows the full
 * text. ./joint-statement-22msp.full.ts exports the complete statement (the one
 * the package exports and the tests hold to the seed text).
 *
 * Its translations into the other UN languages are in ./translations/, keyed by
 * path, one chunk of short texts and one of long text per language;
 * ./built-in-statement.ts makes the statement in the page's language from them (a
 * new statement: this one is never changed). They are ours, not the signatories':
 * `officialLanguages` keeps them marked as unofficial.
 *
 * One correction to the seed: the signatory line's "other State Parties" is
 * "other States Parties" here, as the United Nations writes it (the seed test
 * notes it).
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
      label: 'other States Parties',
      // Senegal, Chile, Panama, Costa Rica, Uruguay, Democratic Republic of Congo,
      // Central African Republic
      states: ['SN', 'CL', 'PA', 'CR', 'UY', 'CD', 'CF'],
    },
  ],
  // Only the opening paragraph, which the statement card's summary shows: the
  // sections in full (every paragraph, the headings and lists), the human-cost
  // facts and the challenges are the long text, in ./joint-statement-22msp.text.ts,
  // loaded only where the full text is shown. ./joint-statement-22msp.full.ts is
  // the complete statement.
  sections: [
    {
      id: 'preamble',
      paragraphs: [
        "We, in support of the Secretary-General's Campaign on humanitarian disarmament and mine action, reaffirm our unwavering commitment to the Anti-Personnel Mine Ban Convention and to its ultimate objective: to end the suffering caused by anti-personnel landmines, once and for all.",
      ],
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
