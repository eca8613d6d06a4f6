import type { Meta, StoryObj } from '@storybook/web-components';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/achievement-counter/define.js';

/** Every attribute of `<mbc-achievement-counter>`, as a CMS editor would write it. */
interface CounterArgs {
  value?: string;
  from?: string;
  format?: 'number' | 'compact' | 'percent';
  decimals?: string;
  prefix?: string;
  suffix?: string;
  label?: string;
  duration?: string;
  motion?: 'count' | 'roll';
  start?: 'visible' | 'load' | 'manual';
  achievement?: string;
  src?: string;
  theme?: 'light' | 'dark' | 'auto';
  /** Light-DOM text: the no-JS fallback, and the label when there is no `label`. */
  fallback?: string;
}

const text = { control: { type: 'text' }, table: { category: 'attributes' } } as const;
const select = (options: string[]) =>
  ({ control: { type: 'select' }, options: ['', ...options], table: { category: 'attributes' } }) as const;

const meta: Meta<CounterArgs> = {
  title: 'Elements/mbc-achievement-counter',
  component: 'mbc-achievement-counter',
  tags: ['autodocs'],
  argTypes: {
    value: { ...text, description: 'The figure to count to (55000000, -12.5, 1e6). Overrides the data.' },
    from: { ...text, description: 'The figure to count from (default 0).' },
    format: {
      ...select(['number', 'compact', 'percent']),
      description: '"55 million" (compact) or 75 → "75%" (percent), in the page language.',
    },
    decimals: { ...text, description: 'Fraction digits, 0-20 (default: as many as the figure has, up to 2).' },
    prefix: { ...text, description: 'Text before the figure ("Over", "$"). Default: the achievement\'s qualifier.' },
    suffix: { ...text, description: 'Text after the figure ("+", "tonnes").' },
    label: { ...text, description: "What the figure counts. Default: the text inside the tag, else the achievement's label." },
    duration: { ...text, description: 'Milliseconds (default 2000; 0 shows the value at once).' },
    motion: {
      ...select(['count', 'roll']),
      description: 'Count (default: each frame writes the figure) or roll (digit columns moved by the compositor).',
    },
    start: { ...select(['visible', 'load', 'manual']), description: 'When half visible (default), at load, or on `start()`.' },
    achievement: {
      ...select(['stockpiles-destroyed', 'casualties-fallen', 'member-states-bound', 'years-of-the-convention']),
      description: 'An achievement of the data.',
    },
    src: { ...text, description: 'URL of a statement JSON document.' },
    theme: select(['light', 'dark', 'auto']),
    fallback: { control: { type: 'text' }, description: 'Text inside the tag.', table: { category: 'content' } },
  },
  args: { start: 'load' },
  render: (a) =>
    html`<mbc-achievement-counter
      value=${ifDefined(a.value || undefined)}
      from=${ifDefined(a.from || undefined)}
      format=${ifDefined(a.format || undefined)}
      decimals=${ifDefined(a.decimals || undefined)}
      prefix=${ifDefined(a.prefix)}
      suffix=${ifDefined(a.suffix)}
      label=${ifDefined(a.label)}
      duration=${ifDefined(a.duration || undefined)}
      motion=${ifDefined(a.motion || undefined)}
      start=${ifDefined(a.start || undefined)}
      achievement=${ifDefined(a.achievement || undefined)}
      src=${ifDefined(a.src || undefined)}
      theme=${ifDefined(a.theme || undefined)}
      >${a.fallback ?? ''}</mbc-achievement-counter
    >`,
  parameters: {
    docs: {
      description: {
        component:
          'One animated figure with its label. No layout shift, the final figure and label for assistive technology from the first frame, `prefers-reduced-motion` respected, one animation loop for every counter on the page.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<CounterArgs>;

/** No attributes: the statement's first listed figure (Over 55 million stockpiled anti-personnel mines destroyed). */
export const Default: Story = {};

/** `motion="roll"`: each digit rolls to its place in a column of its own; the separators stay still. */
export const Roll: Story = { args: { value: '1234567', motion: 'roll', label: 'square metres cleared' } };

/** Rolling a compact figure: the digits roll, "million" stays. */
export const RollCompact: Story = { args: { achievement: 'stockpiles-destroyed', motion: 'roll' } };

/** `format="number"`: grouped digits in the page language. */
export const NumberFormat: Story = { args: { value: '1234567', format: 'number', label: 'square metres cleared' } };

/** `format="compact"`: "55 million", "55 millions", "5500万"; 55,300,000 keeps its decimal ("55.3 million"). */
export const Compact: Story = {
  args: { value: '55300000', format: 'compact', prefix: 'Over', label: 'stockpiled anti-personnel mines destroyed' },
};

/** `format="percent"`: takes 75 and shows "75%" with the locale's spacing. */
export const Percent: Story = {
  args: { value: '75', format: 'percent', prefix: 'More than', label: 'fall in casualties since the late 1990s' },
};

/** `decimals`, `prefix` and `suffix`. */
export const DecimalsPrefixSuffix: Story = {
  args: { value: '12.5', decimals: '1', prefix: '$', suffix: 'm', label: 'raised for mine action' },
};

/** `from` above `value` counts down. */
export const CountDown: Story = { args: { value: '5', from: '1000', label: 'mined districts left' } };

/** `achievement` picks a figure of the built-in statement, with its format, qualifier and label. */
export const FromTheData: Story = { args: { achievement: 'casualties-fallen' } };

/** The text inside the tag is the no-JS fallback and, with no `label`, the label. */
export const FallbackTextAsLabel: Story = {
  args: { value: '55000000', format: 'compact', fallback: 'Over 55 million stockpiled mines destroyed' },
};

/** A `value` that is not a number shows the fallback text (and warns once in the console). */
export const BadValue: Story = { args: { value: 'abc', fallback: 'Over 55 million stockpiled mines destroyed' } };

/** `start="visible"` (the default): counts when half of it scrolls into view. */
export const StartWhenVisible: Story = { args: { value: '25', label: 'years of the Convention', start: 'visible' } };

/** `start="manual"`: waits for `start()`; the button calls it. */
export const StartManually: Story = {
  args: { value: '164', label: 'States Parties', start: 'manual' },
  render: (a, context) =>
    html`${meta.render!(a, context)}
      <button
        type="button"
        @click=${(e: Event) => ((e.target as HTMLElement).previousElementSibling as HTMLElement & { start(): void }).start()}
      >
        start()
      </button>`,
};

/** `duration` in milliseconds. */
export const SlowDuration: Story = { args: { value: '1000000', duration: '6000', label: 'in six seconds' } };

/** `theme="dark"`. */
export const Dark: Story = {
  args: { achievement: 'stockpiles-destroyed', theme: 'dark' },
  parameters: { backgrounds: { default: 'dark' } },
};

/** Centred by the page with `::part(base)`: the digits start where the final figure starts, so nothing moves while it counts. */
export const CentredByThePage: Story = {
  args: { achievement: 'stockpiles-destroyed' },
  render: (a, context) =>
    html`<style>
        .centred mbc-achievement-counter::part(base) {
          text-align: center;
        }
      </style>
      <div class="centred">${meta.render!(a, context)}</div>`,
};
