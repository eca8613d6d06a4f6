// The demo's language switcher. It does what a host page does: it sets
// `<html lang>`, and every widget on the page follows (the library watches the
// attribute), Arabic right to left. `?lang=fr` in the address opens the demo in
// that language. The demo's own prose stays English.
const select = document.getElementById('demo-language');
const root = document.documentElement;
const known = (tag) => Array.from(select.options, (option) => option.value).includes(tag);

const fromAddress = new URLSearchParams(location.search).get('lang');
if (fromAddress && known(fromAddress)) root.lang = fromAddress;
select.value = known(root.lang) ? root.lang : 'en';

select.addEventListener('change', () => {
  root.lang = select.value;
  const url = new URL(location.href);
  url.searchParams.set('lang', select.value);
  history.replaceState(null, '', url);
});
