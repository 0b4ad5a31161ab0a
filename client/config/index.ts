import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import path from 'node:path';
import { readDeployment } from './deployment';

/**
 * One config for both targets. Design width 375: 1px in our CSS is one CSS pixel on a
 * 375 px phone, so touch targets written as 44px stay 44 px. Font sizes are written in
 * `em` against the page root, which follows WeChat's fontSizeSetting (weapp) or the
 * browser's own font size (H5), so candidates who enlarge text get larger text.
 */
export default defineConfig<'webpack5'>(async (merge) => {
  const deployment = readDeployment();
  if (process.env.TARO_ENV === 'weapp' && !deployment.cloudEnv) {
    console.warn('[weapp] 未设置 TCB_ENV：小程序将连到微信开发者工具里选定的默认云环境（见 docs/weapp.md）。');
  }
  const base: UserConfigExport<'webpack5'> = {
    projectName: 'skills-assessment-guide',
    date: '2026-11-21',
    designWidth: 375,
    deviceRatio: { 375: 2, 640: 2.34 / 2, 750: 1, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: `dist/${process.env.TARO_ENV === 'h5' ? 'h5' : 'weapp'}`,
    plugins: [],
    // The CloudBase environment and subscribe-message templates the functions are deployed with.
    defineConstants: {
      BUILD_CLOUD_ENV: JSON.stringify(deployment.cloudEnv),
      BUILD_SUBSCRIBE_TEMPLATES: JSON.stringify(deployment.subscribeTemplates),
    },
    alias: {
      '@': path.resolve(__dirname, '..', 'src'),
    },
    framework: 'react',
    compiler: {
      type: 'webpack5',
      // The rules module is consumed as TypeScript source through the workspace link.
      prebundle: { enable: false },
    },
    cache: { enable: false },
    mini: {
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false },
      },
      compile: {
        include: [(file: string) => file.includes(`${path.sep}shared${path.sep}src${path.sep}`)],
      },
      optimizeMainPackage: { enable: true },
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'browser' },
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[contenthash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
      compile: {
        include: [(file: string) => file.includes(`${path.sep}shared${path.sep}src${path.sep}`)],
      },
      // Pages are separate chunks; without these groups each one would carry its own copy
      // of the rules module and of our shared components.
      webpackChain(chain) {
        chain.optimization.merge({
          splitChunks: {
            cacheGroups: {
              rules: {
                name: 'rules',
                test: /[\\/]shared[\\/]src[\\/]/,
                chunks: 'all',
                priority: 30,
                enforce: true,
              },
              taroComponents: {
                name: 'taro-components',
                test: /[\\/]node_modules[\\/](@tarojs[\\/]components|@stencil)[\\/]/,
                chunks: 'async',
                minChunks: 2,
                priority: 25,
                enforce: true,
              },
              taroApi: {
                name: 'taro-api',
                test: /[\\/]node_modules[\\/](@tarojs[\\/](taro-h5|router|runtime|shared|api)|@babel[\\/]runtime|regenerator-runtime)[\\/]/,
                chunks: 'async',
                minChunks: 2,
                priority: 24,
                enforce: true,
              },
              appCommon: {
                name: 'app-common',
                test: /[\\/]client[\\/]src[\\/](components|hooks|lib|services)[\\/]/,
                chunks: 'all',
                minChunks: 2,
                priority: 20,
                enforce: true,
              },
            },
          },
        });
      },
      postcss: {
        // px stays px in the browser; text is sized in em/rem so it follows the browser's font size.
        pxtransform: { enable: false, config: {} },
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false },
      },
    },
  };
  if (process.env.NODE_ENV === 'development') {
    return merge({}, base, { mini: {}, h5: {} });
  }
  return merge({}, base, { mini: {}, h5: {} });
});
