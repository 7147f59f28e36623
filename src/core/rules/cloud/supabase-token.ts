/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { BASE64URL, HEX } from '../alphabets';
import { rotate } from '../shared';

/** Supabase personal access tokens (`sbp_`) and secret API keys (`sb_secret_`). */
export const supabaseToken: IRule = {
  id: 'supabase-token',
  title: 'Supabase access token or secret key',
  severity: 'error',
  description:
    'A Supabase access token manages your projects; a secret API key bypasses row-level security and reads and writes every table.',
  remediation: rotate(
    'Supabase (Account › Access Tokens, or Project settings › API Keys)'
  ),
  revokeUrl: 'https://supabase.com/dashboard/account/tokens',
  envName: 'SUPABASE_ACCESS_TOKEN',
  keywords: ['sbp_', 'sb_secret_'],
  pattern:
    /(?<![A-Za-z0-9_])(sbp_[0-9a-f]{40}|sb_secret_[A-Za-z0-9_-]{30,80})(?![A-Za-z0-9_-])/g,
  secretGroup: 1,
  minEntropy: 3.5,
  samples: {
    positive: [
      `SUPABASE_ACCESS_TOKEN=sbp_${fakeToken(40, HEX, 'sbp')}`,
      `supabase = create_client(url, "sb_secret_${fakeToken(40, BASE64URL, 'sbs')}")`
    ],
    negative: [
      `sb_publishable_${fakeToken(40, BASE64URL, 'sbpub')}`,
      'sbp_' + '0'.repeat(40)
    ]
  }
};
