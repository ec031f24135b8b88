/**
 * Stands in for Cal.com's embed.js in browser tests: it records every call the
 * site's snippet queued or makes later, and draws an iframe where the real one
 * would (its address carries calLink and the config, as Cal's does) and reports
 * `linkReady` as Cal does once its booking page is there, so tests can check
 * what the site asked Cal.com for without reaching Cal.com.
 */
export const FAKE_CAL_EMBED_JS = `
(() => {
  const Cal = window.Cal;
  const calls = (window.__calCalls = []);
  const handlers = {};
  const origins = {};
  const plain = (value) => JSON.parse(JSON.stringify(value ?? null, (_key, inner) => (typeof inner === 'function' ? '[function]' : inner)));
  const run = (namespace, args) => {
    const [method, options] = args;
    calls.push({ namespace, method, options: plain(options) });
    if (method === 'on') (handlers[options.action] ??= []).push(options.callback);
    if (method === 'inline' || method === 'modal') {
      const url = new URL('/' + options.calLink, origins[namespace] ?? 'https://app.cal.com');
      url.searchParams.set('embed', namespace);
      for (const [key, value] of Object.entries(options.config ?? {})) url.searchParams.set(key, String(value));
      const iframe = document.createElement('iframe');
      iframe.src = url.href;
      iframe.dataset.fakeCal = method;
      const host = method === 'inline' ? (typeof options.elementOrSelector === 'string' ? document.querySelector(options.elementOrSelector) : options.elementOrSelector) : document.body;
      host.append(iframe);
      setTimeout(() => (handlers.linkReady ?? []).forEach((callback) => callback(new CustomEvent('linkReady', { detail: { type: 'linkReady', namespace } }))));
    }
  };
  for (const args of Cal.q) calls.push({ namespace: '', method: args[0], options: plain([...args].slice(1)) });
  for (const [namespace, api] of Object.entries(Cal.ns)) {
    for (const args of api.q) {
      if (args[0] !== 'init') run(namespace, args);
      else {
        origins[namespace] = args[2]?.origin;
        calls.push({ namespace, method: 'init', options: plain(args[2]) });
      }
    }
    Cal.ns[namespace] = (...args) => run(namespace, args);
  }
  window.__calEmit = (action, detail) => (handlers[action] ?? []).forEach((callback) => callback(new CustomEvent(action, { detail })));
})();
`;

export interface RecordedCalCall {
  namespace: string;
  method: string;
  options: unknown;
}
