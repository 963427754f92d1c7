/** What English needs before the first screen: the shared and login strings and antd's locale (dayjs speaks English built in). */
export { default as antdLocale } from 'antd/es/locale/en_US';
export { default as base } from './base.json';
