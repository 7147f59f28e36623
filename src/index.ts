import { noticePlugin } from './plugins/notice';

export default [noticePlugin];
