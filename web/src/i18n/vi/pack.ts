/** What Vietnamese needs before the first screen: the shared and login strings, antd's and dayjs's locales. */
import 'dayjs/locale/vi';

export { default as antdLocale } from 'antd/es/locale/vi_VN';
export { default as base } from './base.json';
