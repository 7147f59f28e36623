/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { ALNUM } from '../alphabets';
import { mixedCase } from '../shared';

/**
 * Twitch stream keys: `live_`, the channel's numeric id, `_`, then 30 letters and digits,
 * as pasted into OBS or an `ffmpeg … rtmp://live.twitch.tv/app/<key>` command.
 */
export const twitchStreamKey: IRule = {
  id: 'twitch-stream-key',
  title: 'Twitch stream key',
  severity: 'error',
  description:
    'A Twitch stream key lets anyone broadcast live on your channel, as you.',
  remediation:
    'Reset the key in the Twitch creator dashboard (Settings › Stream › Primary Stream key › Reset), and keep it out of notebooks and scripts.',
  revokeUrl: 'https://dashboard.twitch.tv/settings/stream',
  envName: 'TWITCH_STREAM_KEY',
  keywords: ['live_'],
  mustContain: 'live_',
  pattern:
    /(?<![A-Za-z0-9_])(live_[0-9]{5,12}_[A-Za-z0-9]{30})(?![A-Za-z0-9])/g,
  secretGroup: 1,
  validate: secret => mixedCase(secret.slice(secret.lastIndexOf('_') + 1)),
  samples: {
    positive: [
      `STREAM_KEY=live_${fakeToken(9, '0123456789', 'tsk')}_${fakeToken(30, ALNUM, 'tsk-2')}`,
      `!ffmpeg -re -i talk.mp4 -f flv rtmp://live.twitch.tv/app/live_${fakeToken(8, '0123456789', 'tsk-3')}_${fakeToken(30, ALNUM, 'tsk-4')}`
    ],
    negative: [
      'live_123456789_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'live_stream_recording_2024_final_version_cut'
    ]
  }
};
