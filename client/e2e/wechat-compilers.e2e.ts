/**
 * WeChat's own compilers over the whole WeChat build: every template and WXS module
 * through `wcc`, every stylesheet (with what it imports) through `wcsc`. A file they
 * refuse is a file WeChat DevTools refuses on upload; a refused app.wxss leaves every
 * page unstyled.
 */
import { ensureWeappBuild } from './harness';
import { compileWxml, compileWxss, filesWithExtension } from '../scripts/wechat/compilers';
import { allPages, weappPackages, WEAPP_DIR } from '../scripts/weapp';

describe("WeChat's compilers over dist/weapp", () => {
  beforeAll(() => ensureWeappBuild(), 300_000);

  it('wcc compiles every .wxml and .wxs, pages included', () => {
    const result = compileWxml(WEAPP_DIR);
    expect(result.error).toBe('');
    expect(result.ok).toBe(true);
    // Every page's template was among what was compiled, and each has a generate function.
    const pages = allPages(weappPackages().app).map((page) => `${page}.wxml`);
    expect(pages.length).toBeGreaterThan(10);
    expect(result.files).toEqual(expect.arrayContaining([...pages, 'base.wxml', 'utils.wxs']));
    expect(pages.filter((page) => !result.source.includes(`"./${page}"`) && !result.source.includes(`'./${page}'`) && !result.source.includes(page))).toEqual([]);
  });

  it('wcsc compiles every .wxss with its imports', () => {
    const sheets = filesWithExtension(WEAPP_DIR, '.wxss');
    expect(sheets).toContain('app.wxss');
    const refused = sheets.map((file) => compileWxss(WEAPP_DIR, file)).filter((outcome) => !outcome.ok);
    expect(refused).toEqual([]);
  });
});
