// Code that runs inside the audited page. Kept as plain JavaScript strings so no compiler helper can leak into them.

/**
 * Installed before a story loads. Storybook 10's preview publishes its channel as
 * `window.__STORYBOOK_ADDONS_CHANNEL__` before it renders anything; catching that assignment lets us hear
 * every render event from the start. `window.__samspillAudit.settled` resolves with `{ status: 'rendered' }`
 * once the story (loaders, render, play function, afterEach hooks) has finished, or with
 * `{ status: 'errored', error }` when Storybook reports an error. A poll of the preview's render phase and its
 * error display backs the events up. `select(id)` moves the same preview to the next story, as the Storybook
 * manager does when someone clicks a story in the sidebar, and re-arms `settled`.
 */
export const storybookWatcher = String.raw`(() => {
  if (window.__samspillAudit) return;
  const params = new URLSearchParams(location.search);
  const state = { storyId: undefined, viewMode: undefined, phase: undefined, outcome: undefined, sawChannel: false };
  let settle;
  let timer;
  const finish = (outcome) => {
    if (state.outcome) return;
    state.outcome = outcome;
    clearInterval(timer);
    settle(outcome);
  };
  const describe = (error) => {
    if (!error) return 'unknown error';
    if (typeof error === 'string') return error;
    const name = error.name && error.name !== 'Error' ? error.name + ': ' : '';
    return name + (error.message || error.description || error.title || String(error));
  };
  const ours = (id) => id === undefined || id === null || id === state.storyId;
  const poll = () => {
    const body = document.body;
    if (body && body.classList.contains('sb-show-errordisplay')) {
      const message = document.getElementById('error-message');
      finish({ status: 'errored', error: (message && message.textContent.trim()) || 'Storybook showed its error display.' });
      return;
    }
    const preview = window.__STORYBOOK_PREVIEW__;
    const render = preview && preview.currentRender;
    if (!render || render.id !== state.storyId) return;
    if (render.phase) state.phase = render.phase;
    if (state.viewMode === 'story' && render.phase === 'finished') finish({ status: 'rendered' });
  };
  const arm = (storyId, viewMode) => {
    clearInterval(timer);
    Object.assign(state, { storyId, viewMode, phase: undefined, outcome: undefined });
    state.settled = new Promise((resolve) => { settle = resolve; });
    timer = setInterval(poll, 100);
  };
  arm(params.get('id'), params.get('viewMode') === 'docs' ? 'docs' : 'story');

  let channel = window.__STORYBOOK_ADDONS_CHANNEL__;
  const watched = new WeakSet();
  const watch = (next) => {
    if (!next || typeof next.on !== 'function' || watched.has(next)) return;
    watched.add(next);
    state.sawChannel = true;
    next.on('storyRenderPhaseChanged', (event) => { if (event && ours(event.storyId)) state.phase = event.newPhase; });
    next.on('storyErrored', (event) => finish({ status: 'errored', error: [event && event.title, event && event.description].filter(Boolean).join(': ') || 'The story errored.' }));
    next.on('storyThrewException', (error) => finish({ status: 'errored', error: describe(error) }));
    next.on('playFunctionThrewException', (error) => finish({ status: 'errored', error: 'The play function threw ' + describe(error) }));
    next.on('unhandledErrorsWhilePlaying', (errors) => finish({ status: 'errored', error: 'Unhandled errors while playing: ' + [].concat(errors).map(describe).join('; ') }));
    next.on('storyMissing', (id) => finish({ status: 'errored', error: 'Storybook has no entry "' + (id || state.storyId) + '".' }));
    next.on('storyFinished', (event) => { if (state.viewMode === 'story' && ours(event && event.storyId)) finish({ status: 'rendered' }); });
    next.on('docsRendered', (id) => { if (state.viewMode === 'docs' && ours(id)) finish({ status: 'rendered' }); });
  };
  watch(channel);
  try {
    Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
      configurable: true,
      enumerable: true,
      get: () => channel,
      set: (next) => { channel = next; watch(next); },
    });
  } catch (error) {
    // The poll still sees the render phase and the error display.
  }
  state.select = (storyId) => {
    if (!channel || typeof channel.emit !== 'function') throw new Error('No Storybook channel on this page.');
    arm(storyId, 'story');
    channel.emit('setCurrentStory', { storyId, viewMode: 'story' });
  };
  Object.defineProperty(window, '__samspillAudit', { value: state });
})();`;

/** What the page knows when a story did not finish in time, for the timeout message. */
export const storybookStateProbe = String.raw`(() => {
  const state = window.__samspillAudit;
  return {
    phase: state && state.phase,
    sawChannel: Boolean(state && state.sawChannel),
    hasPreview: Boolean(window.__STORYBOOK_PREVIEW__),
  };
})()`;

export interface AxeRunArguments {
  /** A CSS selector of the part of the page to check; the whole document when undefined. */
  selector?: string;
  /** CSS selectors of parts inside it to leave out. */
  exclude?: string[];
  /** axe-core tags to run; ignored when `rules` is given. */
  tags: string[];
  /** axe-core rule ids to run instead of the tags. */
  rules?: string[];
}

/**
 * What kind of document the page holds, asked before axe-core runs: axe checks HTML documents only, and an SVG
 * or XML page has no `<html>` root.
 */
export const documentProbe = String.raw`(() => ({
  html: document.documentElement instanceof HTMLHtmlElement,
  contentType: document.contentType,
  root: document.documentElement ? document.documentElement.localName : null,
}))()`;

/**
 * An expression that runs axe-core (already injected into the same world) and returns its violations and the
 * results that need review ("incomplete" in axe's words) in our shape, with how many rules ran.
 */
export function axeRunExpression(args: AxeRunArguments): string {
  return String.raw`(async (args) => {
    const root = args.selector ? document.querySelector(args.selector) : document;
    if (!root) return { missing: args.selector };
    const excluded = (args.exclude || []).flatMap((selector) => [...root.querySelectorAll(selector)]);
    const context = excluded.length > 0 ? { include: [root], exclude: excluded } : root;
    const result = await window.axe.run(context, {
      runOnly: args.rules ? { type: 'rule', values: args.rules } : { type: 'tag', values: args.tags },
      resultTypes: ['violations', 'incomplete'],
    });
    const selector = (target) => target.map((part) => (Array.isArray(part) ? part.join(' >>> ') : typeof part === 'string' ? part : JSON.stringify(part)));
    // axe words no failure summary for some results that need review; the checks' own messages say what to look at.
    const summary = (node) => node.failureSummary || [...node.any, ...node.all, ...node.none].map((check) => check.message).filter(Boolean).join(' ');
    const shape = (item) => ({
      ruleId: item.id,
      impact: item.impact || null,
      description: item.description,
      help: item.help,
      helpUrl: item.helpUrl,
      tags: item.tags,
      nodes: item.nodes.map((node) => ({ selector: selector(node.target), html: node.html, failureSummary: summary(node) })),
    });
    return {
      violations: result.violations.map(shape),
      needsReview: result.incomplete.map(shape),
      rulesRun: result.passes.length + result.violations.length + result.incomplete.length + result.inapplicable.length,
    };
  })(${JSON.stringify(args)})`;
}
