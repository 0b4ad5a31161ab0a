/**
 * What the browser build shows when a page cannot be shown: its code failed to download
 * (offline, a dropped connection), or the address names no page. Taro's router leaves the
 * screen as it was in both cases; this puts a notice over it with 重试 and the way home. Plain
 * DOM, so it works even when the page's own code is what failed to load.
 */
import Taro from '@tarojs/taro';
import { ROUTES } from './navigate';

const NOTICE_ID = 'page-load-notice';

function isChunkFailure(reason: unknown): boolean {
  if (!reason || typeof reason !== 'object') return false;
  const { name, message } = reason as { name?: unknown; message?: unknown };
  return name === 'ChunkLoadError' || (typeof message === 'string' && /Loading (CSS )?chunk .* failed/i.test(message));
}

function button(label: string, onClick: () => void, primary = false): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.className = `btn ${primary ? 'btn-primary' : 'btn-secondary'}`;
  element.textContent = label;
  element.addEventListener('click', onClick);
  return element;
}

function goHome(): void {
  window.location.assign(ROUTES.home);
}

/** Shows (or updates) the notice; `retry` adds a 重试 button. */
export function showPageNotice(title: string, message: string, retry?: () => void): void {
  document.getElementById(NOTICE_ID)?.remove();
  const panel = document.createElement('div');
  panel.id = NOTICE_ID;
  panel.className = 'page-notice';
  panel.setAttribute('role', 'alert');
  const heading = document.createElement('h1');
  heading.className = 'page-title';
  heading.textContent = title;
  const text = document.createElement('p');
  text.textContent = message;
  panel.append(heading, text);
  if (retry) panel.append(button('重试', retry, true));
  panel.append(button('返回首页', goHome, !retry));
  document.body.append(panel);
  panel.querySelector('button')?.focus();
}

function retryLoad(): void {
  if (navigator.onLine === false) {
    showPageNotice('页面加载失败', '仍未连接网络。请连接网络后再点“重试”。', retryLoad);
    return;
  }
  // The address is already the page's: loading it again fetches the missing code.
  window.location.reload();
}

let installed = false;

/** Installs the notices once (browser build only). */
export function installLoadFailureNotice(): void {
  if (installed) return;
  installed = true;
  window.addEventListener('unhandledrejection', (event) => {
    if (!isChunkFailure(event.reason)) return;
    event.preventDefault();
    showPageNotice('页面加载失败', '网络未连接或不稳定，这个页面没能打开。请检查网络后点“重试”。', retryLoad);
  });
  Taro.eventCenter.on('__taroRouterNotFound', () => {
    showPageNotice('没有这个页面', '您打开的地址不存在，可能已失效或输入有误。', undefined);
  });
}
