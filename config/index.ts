import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import path from 'path'
import TsconfigPathsPlugin from 'tsconfig-paths-webpack-plugin'
import { readCloudConfig, weappBuild, writePrivateProjectConfig } from './cloud'
import devConfig from './dev'
import prodConfig from './prod'

const isH5 = process.env.TARO_ENV === 'h5'
const contractDir = path.resolve(__dirname, '..', 'types')
// app.config.ts imports config/privacy.ts; Taro evaluates it at build time (nothing of it ships).
const configDir = path.resolve(__dirname)

export default defineConfig<'webpack5'>(async (merge) => {
  const cloud = readCloudConfig()
  // Throws, before anything is built, when a deployable weapp build has no envId (see config/cloud.ts).
  const envId = isH5 ? '' : weappBuild(cloud).envId
  if (!isH5) writePrivateProjectConfig(cloud)
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'linli-yizhan',
    date: '2026-11-23',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: isH5 ? 'dist/h5' : 'dist/weapp',
    plugins: [],
    defineConstants: {
      CLOUD_ENV: JSON.stringify(envId),
      // The H5 build runs against the local cloud; its dev identity switcher never ships to weapp.
      LOCAL_CLOUD: JSON.stringify(isH5 && process.env.LOCAL_CLOUD !== '0'),
      // Check-in QR links open the app through 扫普通链接二维码打开小程序 (README, deploy).
      SCAN_LINK_BASE: JSON.stringify(isH5 ? '' : cloud.linkBase),
    },
    alias: {
      '@': path.resolve(__dirname, '..', 'src'),
      '@contract': path.resolve(__dirname, '..', 'types'),
    },
    copy: {
      // The sitemap keeps staff pages out of WeChat search (app.config.ts names it).
      patterns: isH5 ? [] : [{ from: 'src/sitemap.json', to: 'dist/weapp/sitemap.json' }],
      options: {},
    },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    mini: {
      // types/ (the contract's label tables) lives outside src; zustand ships modern syntax.
      compile: {
        include: [contractDir, configDir, (file: string) => /node_modules[\\/](zustand|dayjs)/.test(file)],
      },
      optimizeMainPackage: { enable: true },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: {
          enable: false,
          config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' },
        },
      },
      webpackChain(chain) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin)
      },
    },
    h5: {
      compile: { include: [contractDir, configDir] },
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[contenthash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: {
          enable: false,
          config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' },
        },
      },
      webpackChain(chain) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin)
      },
    },
  }
  process.env.BROWSERSLIST_ENV = process.env.NODE_ENV
  return merge({}, baseConfig, process.env.NODE_ENV === 'development' ? devConfig : prodConfig)
})
