import { INSTALL_COMMAND, missingBrowserTools, requireBrowserTools } from '../e2e/browserTools';

describe('the browser suites check the machine instead of installing anything', () => {
  it('names a missing Chromium and a missing Chinese font, and how to install both', () => {
    expect(missingBrowserTools('/nonexistent/chromium', () => '')).toEqual(['Chromium（/nonexistent/chromium）', '中文字体（fc-list :lang=zh 无结果）']);
    expect(() => requireBrowserTools('/nonexistent/chromium', () => '')).toThrow(INSTALL_COMMAND);
    expect(INSTALL_COMMAND).toBe('sudo apt-get install -y chromium fonts-noto-cjk');
  });

  it('passes when both are there', () => {
    expect(missingBrowserTools(__filename, () => 'Noto Sans CJK SC')).toEqual([]);
    expect(() => requireBrowserTools(__filename, () => 'Noto Sans CJK SC')).not.toThrow();
  });
});
