import { expect } from '@open-wc/testing';
import { requestJson } from './fetch-json.js';
import { jsonUrl } from '../../../test/browser/helpers.js';

const hitsFor = async (key: string) => (await (await fetch(`/test-api/hits?key=${key}`)).json()).hits as number;
const unique = () => Math.random().toString(36).slice(2);

describe('requestJson', () => {
  it('shares one request among everyone asking for the same URL while it loads', async () => {
    const key = unique();
    const url = `/test-api/counted?key=${key}`;
    const requests = Array.from({ length: 5 }, () => requestJson(url));
    const results = await Promise.all(requests.map((r) => r.result));
    expect(results.every((r) => r.ok)).to.be.true;
    expect(await hitsFor(key)).to.equal(1);
    // Relative and absolute spellings of one URL are one request too.
    const again = [requestJson(`/test-api/counted?key=${key}`), requestJson(new URL(url, location.href).href)];
    await Promise.all(again.map((r) => r.result));
    expect(await hitsFor(key)).to.equal(2);
  });

  it('aborts the request when the last listener releases it', async () => {
    const a = requestJson('/test-api/stall?ms=3000');
    const b = requestJson('/test-api/stall?ms=3000');
    a.release();
    b.release();
    const result = await a.result;
    expect(result).to.deep.equal({ ok: false, reason: 'was cancelled' });
  });

  it('keeps the request going while another listener still waits', async () => {
    const a = requestJson(jsonUrl({ title: 'kept' }, { delay: 200 }));
    const b = requestJson(jsonUrl({ title: 'kept' }, { delay: 200 }));
    a.release();
    expect(await b.result).to.deep.equal({ ok: true, data: { title: 'kept' } });
  });

  it('sends no credentials', async () => {
    document.cookie = 'mbc-test=1; path=/';
    try {
      const result = await requestJson('/test-api/echo-cookie').result;
      expect(result).to.deep.equal({ ok: true, data: { title: 'no cookie' } });
      // The route does see cookies when they are sent.
      const control = await (await fetch('/test-api/echo-cookie', { credentials: 'include' })).json();
      expect(control.title).to.equal('cookie sent');
    } finally {
      document.cookie = 'mbc-test=; path=/; max-age=0';
    }
  });

  it('accepts application/json and +json types only', async () => {
    expect((await requestJson(jsonUrl({}, { type: 'application/ld+json' })).result).ok).to.be.true;
    expect((await requestJson(jsonUrl({}, { type: 'application/json; charset=utf-8' })).result).ok).to.be.true;
    for (const type of ['text/plain', 'text/html', 'application/javascript', 'application/jsonp']) {
      const result = await requestJson(jsonUrl({}, { type })).result;
      expect(result.ok, type).to.be.false;
    }
  });

  it('refuses a redirect to another scheme', async () => {
    const result = await requestJson('/test-api/redirect?to=data:application/json,{}').result;
    expect(result.ok).to.be.false;
  });

  it('refuses URLs that are not http(s)', async () => {
    for (const url of ['javascript:alert(1)', 'data:application/json,{}', 'file:///etc/passwd', 'blob:x']) {
      const result = await requestJson(url).result;
      expect(result.ok, url).to.be.false;
    }
  });
});
