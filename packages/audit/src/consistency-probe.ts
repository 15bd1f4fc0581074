// Runs inside each page of a consistency audit, in the isolated world where axe-core was injected: axe computes
// the accessible names. Kept as a plain JavaScript string so the compiler adds nothing of its own to it.

/** One control or link and the function it serves (`link https://…/help`, `search button`). */
export interface ProbedControl {
  key: string;
  name: string;
  selector: string;
  html: string;
}

/** A navigation landmark or a list of links outside one, with its links in document order. */
export interface ProbedBlock {
  kind: 'navigation' | 'link list';
  label: string;
  selector: string;
  html: string;
  items: { key: string; name: string; selector: string }[];
}

/** A help mechanism: contact details, a contact page link, chat or self-help, with the landmark it sits in. */
export interface ProbedHelp {
  key: string;
  kind: 'phone' | 'email' | 'contact page' | 'chat' | 'self-help';
  region: string;
  name: string;
  selector: string;
  html: string;
}

/** One visible element's computed styles that a token could have set. */
export interface ProbedStyle {
  selector: string;
  html: string;
  styles: { property: string; value: string }[];
}

export interface PageProbe {
  controls: ProbedControl[];
  blocks: ProbedBlock[];
  help: ProbedHelp[];
  styles: ProbedStyle[];
}

export interface ProbeArguments {
  /** A CSS selector of the part of the page to compare; the whole body when undefined. */
  root?: string;
  /** A CSS selector of the parts whose styles are checked against the tokens; the root when undefined. */
  styleRoot?: string;
}

/** An expression that probes the page (with axe-core already in the same world) and returns a `PageProbe`. */
export function consistencyProbe(args: ProbeArguments): string {
  return String.raw`((args) => {
  const scope = args.root ? document.querySelector(args.root) : document.body;
  if (!scope) return { missing: args.root };
  if (axe._tree) axe.teardown();
  axe.setup(document);
  try {
    const clean = (text) => String(text || '').replace(/\s+/g, ' ').trim();
    const name = (el) => {
      const node = axe.utils.getNodeFromTree(el);
      return clean(node ? axe.commons.text.accessibleTextVirtual(node) : el.textContent);
    };
    const heard = (el) => axe.commons.dom.isVisibleToScreenReaders(el);
    const seen = (el) => axe.commons.dom.isVisibleOnScreen(el);
    const html = (el) => { const outer = el.outerHTML; return outer.length > 250 ? outer.slice(0, 249) + '…' : outer; };
    const selector = (el) => {
      const parts = [];
      for (let node = el; node && node !== document.body && node !== document.documentElement; node = node.parentElement) {
        if (node.id && document.querySelectorAll('#' + CSS.escape(node.id)).length === 1) { parts.unshift('#' + CSS.escape(node.id)); break; }
        const tag = node.localName;
        const same = node.parentElement ? [...node.parentElement.children].filter((child) => child.localName === tag) : [node];
        parts.unshift(same.length > 1 ? tag + ':nth-of-type(' + (same.indexOf(node) + 1) + ')' : tag);
      }
      return parts.join(' > ');
    };
    const destination = (a) => { const url = new URL(a.href); url.hash = ''; return url.href; };
    const links = (root) => [...root.querySelectorAll('a[href]')].filter((a) => heard(a) && !a.getAttribute('href').startsWith('#') && !/^javascript:/i.test(a.href));
    const controls = [];
    for (const a of links(scope)) controls.push({ key: 'link ' + destination(a), name: name(a), selector: selector(a), html: html(a) });
    const searchRoots = [...scope.querySelectorAll('search, [role=search], form')].filter((root) => root.localName !== 'form' || root.querySelector('input[type=search], [role=searchbox]'));
    const submits = 'button:not([type]), button[type=submit], input[type=submit], input[type=image]';
    for (const root of searchRoots) {
      for (const field of root.querySelectorAll('input[type=search], [role=searchbox]')) if (heard(field)) controls.push({ key: 'search field', name: name(field), selector: selector(field), html: html(field) });
      for (const button of root.querySelectorAll(submits)) if (heard(button)) controls.push({ key: 'search button', name: name(button), selector: selector(button), html: html(button) });
    }
    for (const form of scope.querySelectorAll('form')) {
      if (searchRoots.some((root) => root.contains(form))) continue;
      for (const button of form.querySelectorAll(submits)) if (heard(button)) controls.push({ key: 'submit to ' + form.action, name: name(button), selector: selector(button), html: html(button) });
    }

    const navs = [...scope.querySelectorAll('nav, [role=navigation]')].filter(heard);
    const blocks = navs.map((nav) => ({ kind: 'navigation', label: name(nav), root: nav }));
    const lists = [...scope.querySelectorAll('ul, ol')].filter((list) => {
      if (!heard(list) || navs.some((nav) => nav.contains(list))) return false;
      const items = [...list.children].filter((child) => child.localName === 'li');
      return items.length >= 2 && items.every((item) => item.querySelector('a[href]'));
    });
    for (const list of lists) if (!lists.some((other) => other !== list && other.contains(list))) blocks.push({ kind: 'link list', label: '', root: list });
    const probedBlocks = blocks.map(({ kind, label, root }) => ({
      kind, label, selector: selector(root), html: html(root),
      items: links(root).map((a) => ({ key: destination(a), name: name(a), selector: selector(a) })),
    })).filter((block) => block.items.length >= 2);

    const regionOf = (el) => {
      const landmark = el.closest('header, [role=banner], nav, [role=navigation], main, [role=main], aside, [role=complementary], footer, [role=contentinfo]');
      if (!landmark) return 'page';
      const role = landmark.getAttribute('role') || { header: 'header', nav: 'navigation', main: 'main', aside: 'complementary', footer: 'footer' }[landmark.localName];
      return { banner: 'header', contentinfo: 'footer' }[role] || role;
    };
    const help = [];
    const selfHelp = /(^|[\/\-_.])(help|hjelp|faq|support|questions|sporsmal|spørsmål)([\/\-_.]|$)/i;
    const contact = /(^|[\/\-_.])(contact|kontakt|contact-us|kontakt-oss)([\/\-_.]|$)/i;
    const chatName = /\b(chat|chatte)\b/i;
    for (const el of scope.querySelectorAll('a[href], button, [data-chat]')) {
      if (!heard(el)) continue;
      let kind;
      let key;
      if (el.localName === 'a' && /^tel:/i.test(el.href)) { kind = 'phone'; key = 'tel:' + el.href.slice(4).replace(/[^+\d]/g, ''); }
      else if (el.localName === 'a' && /^mailto:/i.test(el.href)) { kind = 'email'; key = el.href.toLowerCase(); }
      else if (el.hasAttribute('data-chat') || chatName.test(name(el))) { kind = 'chat'; key = 'chat'; }
      else if (el.localName === 'a' && /^(https?|file):/i.test(el.href) && contact.test(new URL(el.href).pathname)) { kind = 'contact page'; key = destination(el); }
      else if (el.localName === 'a' && /^(https?|file):/i.test(el.href) && selfHelp.test(new URL(el.href).pathname)) { kind = 'self-help'; key = destination(el); }
      else continue;
      if (help.some((item) => item.key === key)) continue;
      help.push({ key, kind, region: regionOf(el), name: name(el), selector: selector(el), html: html(el) });
    }

    const styles = [];
    const sides = ['top', 'right', 'bottom', 'left'];
    const styled = args.styleRoot ? [...scope.querySelectorAll(args.styleRoot)].flatMap((part) => [part, ...part.querySelectorAll('*')]) : scope.querySelectorAll('*');
    for (const el of styled) {
      if (['script', 'style', 'template', 'noscript', 'br'].includes(el.localName) || !seen(el)) continue;
      const style = getComputedStyle(el);
      const found = [];
      const add = (property) => found.push({ property, value: style.getPropertyValue(property) });
      const ownText = [...el.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent.trim()) || ['input', 'button', 'select', 'textarea'].includes(el.localName);
      if (ownText) { add('color'); add('font-family'); add('font-size'); }
      if (!/^rgba\(.*,\s*0\)$|^transparent$/.test(style.backgroundColor)) add('background-color');
      for (const side of sides) if (style.getPropertyValue('border-' + side + '-style') !== 'none' && parseFloat(style.getPropertyValue('border-' + side + '-width')) > 0) add('border-' + side + '-color');
      for (const corner of ['top-left', 'top-right', 'bottom-right', 'bottom-left']) if (parseFloat(style.getPropertyValue('border-' + corner + '-radius')) > 0) add('border-' + corner + '-radius');
      for (const side of sides) if (parseFloat(style.getPropertyValue('padding-' + side)) > 0) add('padding-' + side);
      if (/flex|grid/.test(style.display)) for (const gap of ['row-gap', 'column-gap']) if (parseFloat(style.getPropertyValue(gap)) > 0) add(gap);
      if (found.length > 0) styles.push({ selector: selector(el), html: html(el), styles: found });
    }
    return { controls, blocks: probedBlocks, help, styles };
  } finally {
    axe.teardown();
  }
})(${JSON.stringify(args)})`;
}
