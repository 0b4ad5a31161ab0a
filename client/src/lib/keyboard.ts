/**
 * Keyboard and screen-reader access to Taro's buttons in the browser build. Taro renders a
 * Button as a <taro-button-core> custom element: not focusable, no role, deaf to Enter. Every
 * such element is given a tab stop and the button role (or keeps the role a page gave it, e.g.
 * radio), its disabled state is announced, and Enter or Space activates it like a click.
 * WeChat's own <button> needs none of this.
 */
const BUTTON = 'taro-button-core';

function prepare(element: Element): void {
  const disabled = element.hasAttribute('disabled') && element.getAttribute('disabled') !== 'false';
  const tabIndex = disabled ? '-1' : '0';
  if (element.getAttribute('tabindex') !== tabIndex) element.setAttribute('tabindex', tabIndex);
  if (!element.hasAttribute('role')) element.setAttribute('role', 'button');
  const ariaDisabled = disabled ? 'true' : 'false';
  if (element.getAttribute('aria-disabled') !== ariaDisabled) element.setAttribute('aria-disabled', ariaDisabled);
}

function prepareAll(root: ParentNode): void {
  root.querySelectorAll(BUTTON).forEach(prepare);
}

function onKeyDown(event: KeyboardEvent): void {
  if (event.key !== 'Enter' && event.key !== ' ') return;
  const target = event.target instanceof Element ? event.target : null;
  if (!target || target.tagName.toLowerCase() !== BUTTON || target.getAttribute('aria-disabled') === 'true') return;
  // Space would scroll the page; Enter held down would repeat.
  event.preventDefault();
  if (!event.repeat) (target as HTMLElement).click();
}

let installed = false;

/** Installs the above once for the whole document (browser build only). */
export function installKeyboardAccess(doc: Document = document): void {
  if (installed) return;
  installed = true;
  if (!doc.body) {
    doc.addEventListener('DOMContentLoaded', () => {
      installed = false;
      installKeyboardAccess(doc);
    });
    return;
  }
  prepareAll(doc);
  new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      if (mutation.type === 'attributes') {
        if ((mutation.target as Element).tagName?.toLowerCase() === BUTTON) prepare(mutation.target as Element);
        continue;
      }
      mutation.addedNodes.forEach((node) => {
        if (!(node instanceof Element)) return;
        if (node.tagName.toLowerCase() === BUTTON) prepare(node);
        prepareAll(node);
      });
    }
  }).observe(doc.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['disabled'] });
  doc.addEventListener('keydown', onKeyDown);
}
