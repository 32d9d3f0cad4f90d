/// <reference types="@tarojs/taro" />
/// <reference types="miniprogram-api-typings" />

declare module '*.png'
declare module '*.svg'
declare module '*.css'

/** Cloud environment id, from config/cloud.ts at build time. */
declare const CLOUD_ENV: string
/** True in the H5 build that talks to the local cloud (enables the dev identity switcher). */
declare const LOCAL_CLOUD: boolean
/** The URL prefix registered for 扫普通链接二维码打开小程序 (config/cloud.ts `linkBase`); '' in H5, which uses its own origin. */
declare const SCAN_LINK_BASE: string

declare namespace NodeJS {
  interface ProcessEnv {
    TARO_ENV: 'weapp' | 'h5' | 'swan' | 'alipay' | 'tt' | 'qq' | 'jd' | 'harmony' | 'rn' | 'jdrn'
    TARO_APP_ID: string
  }
}
