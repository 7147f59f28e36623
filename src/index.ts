import { auditPlugin } from './plugins/audit';
import { inlineWarningPlugins } from './plugins/inline-warnings';
import { noticePlugin } from './plugins/notice';
import { saveGuardPlugin } from './plugins/save-guard';

export default [
  noticePlugin,
  ...inlineWarningPlugins,
  saveGuardPlugin,
  auditPlugin
];
