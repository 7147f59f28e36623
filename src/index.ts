import { inlineWarningPlugins } from './plugins/inline-warnings';
import { noticePlugin } from './plugins/notice';

export default [noticePlugin, ...inlineWarningPlugins];
