// React 19 renders custom elements natively: attributes as props, `on<event-name>` as listeners.
import { createRoot } from 'react-dom/client';
import 'mine-ban-widgets/elements/commitment-list.js';

function Commitments({ onReady }: { onReady: (event: CustomEvent<{ source: string }>) => void }) {
  return (
    <mbc-commitment-list heading="Our commitments" heading-level={3} theme="dark" onmbc-ready={onReady}>
      We commit to defend humanitarian disarmament norms.
    </mbc-commitment-list>
  );
}

createRoot(document.getElementById('root')!).render(
  <Commitments onReady={(event) => (document.body.dataset.readyFrom = event.detail.source)} />,
);
