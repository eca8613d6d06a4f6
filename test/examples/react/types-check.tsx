// Not an example: proves mbc-jsx.d.ts types the props (checked by test/node/examples.test.js).
export const ok = <mbc-commitment-list heading="x" heading-level={3} theme="auto" src="/feed.json" />;
// @ts-expect-error theme is 'light' | 'dark' | 'auto'
export const wrongTheme = <mbc-commitment-list theme="purple" />;
// @ts-expect-error heading is a string
export const wrongHeading = <mbc-commitment-list heading={42} />;
