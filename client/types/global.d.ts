/// <reference types="@tarojs/taro" />

declare module '*.png';
declare module '*.css';

declare namespace NodeJS {
  interface ProcessEnv {
    NODE_ENV: 'development' | 'production' | 'test';
    TARO_ENV: 'weapp' | 'h5';
  }
}


/** Build-time deployment settings (client/config/deployment.ts): CloudBase environment id, '' when unset. */
declare const BUILD_CLOUD_ENV: string;
/** Build-time subscribe-message template id per reminder kind that has one. */
declare const BUILD_SUBSCRIBE_TEMPLATES: Partial<Record<import('@skills/shared').ReminderKind, string>>;
