// Test-only HTTP routes under /test-api/ for `src` fault cases: status codes,
// content types, slow and endless bodies. Served by web-test-runner's dev server.
import { readFileSync } from 'node:fs';

const seed = () => readFileSync(new URL('../src/data/joint-statement-22msp.txt', import.meta.url), 'utf8');
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const hits = new Map();
const stash = new Map();

/** @type {import('koa').Middleware} */
export async function testRoutes(ctx, next) {
  if (!ctx.path.startsWith('/test-api/')) return next();
  const q = ctx.query;
  const route = ctx.path.slice('/test-api/'.length);
  ctx.set('cache-control', 'no-store');
  if (q.cookieCheck !== undefined) ctx.set('x-saw-cookie', ctx.get('cookie') ? 'yes' : 'no');
  switch (route) {
    case 'json': {
      // ?body=<json text>&type=<content type>&delay=<ms>&status=<code>
      if (q.delay) await sleep(Number(q.delay));
      ctx.status = Number(q.status ?? 200);
      ctx.type = String(q.type ?? 'application/json');
      ctx.body = String(q.body ?? '{}');
      return;
    }
    case 'status':
      ctx.status = Number(q.code ?? 500);
      ctx.type = 'application/json';
      ctx.body = '{"error":true}';
      return;
    case 'large': {
      // A valid JSON document just over 1 MB, sent without a length header.
      const { PassThrough } = await import('node:stream');
      const stream = new PassThrough();
      ctx.type = 'application/json';
      ctx.body = stream;
      const chunk = 'x'.repeat(64 * 1024);
      stream.write('{"title":"');
      let i = 0;
      const push = () => {
        if (i++ < 17) {
          stream.write(chunk);
          setTimeout(push, 0);
        } else stream.end('"}');
      };
      push();
      return;
    }
    case 'endless': {
      // Headers at once, then a body that never ends (until the client gives up).
      const { PassThrough } = await import('node:stream');
      const stream = new PassThrough();
      ctx.type = 'application/json';
      ctx.body = stream;
      stream.write('{"title":');
      const timer = setInterval(() => stream.write(' '), 200);
      const stop = () => {
        clearInterval(timer);
        stream.end();
      };
      ctx.req.on('close', stop);
      setTimeout(stop, 30_000);
      return;
    }
    case 'stall':
      // Nothing at all for 30 s.
      await sleep(Number(q.ms ?? 30_000));
      ctx.type = 'application/json';
      ctx.body = '{}';
      return;
    case 'counted': {
      // Counts requests per key, answering slowly so that concurrent requests overlap.
      const key = String(q.key);
      hits.set(key, (hits.get(key) ?? 0) + 1);
      await sleep(Number(q.delay ?? 200));
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ title: `counted ${key}` });
      return;
    }
    case 'hits':
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ hits: hits.get(String(q.key)) ?? 0 });
      return;
    case 'echo-cookie':
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ title: ctx.get('cookie') ? 'cookie sent' : 'no cookie' });
      return;
    case 'seed':
      ctx.type = 'text/plain';
      ctx.body = seed();
      return;
    case 'stash': {
      // POST a body: stores it and answers {"url"}; GET ?id=<id>[&delay=<ms>] serves it (bodies too long for a query string).
      if (ctx.method === 'POST') {
        const chunks = [];
        for await (const chunk of ctx.req) chunks.push(chunk);
        const id = String(stash.size + 1);
        stash.set(id, { body: Buffer.concat(chunks).toString('utf8'), type: String(q.type ?? 'application/json') });
        ctx.type = 'application/json';
        ctx.body = JSON.stringify({ url: `/test-api/stash?id=${id}` });
        return;
      }
      if (q.delay) await sleep(Number(q.delay));
      const stored = stash.get(String(q.id));
      if (!stored) {
        ctx.status = 404;
        return;
      }
      ctx.type = stored.type;
      ctx.body = stored.body;
      return;
    }
    case 'redirect':
      ctx.status = 302;
      ctx.redirect(String(q.to ?? 'data:application/json,{}'));
      return;
    default:
      ctx.status = 404;
  }
}
