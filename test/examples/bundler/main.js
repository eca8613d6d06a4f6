// npm install mine-ban-widgets — then import only the elements you use; your bundler
// (rollup, Vite, esbuild, webpack) shares Lit with the rest of your app.
import 'mine-ban-widgets/elements/commitment-list.js';

const list = document.createElement('mbc-commitment-list');
list.heading = 'Our commitments';
list.addEventListener('mbc-ready', (event) => console.log('ready from', event.detail.source));
document.body.append(list);
