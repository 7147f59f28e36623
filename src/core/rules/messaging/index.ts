import { IRule } from '../../types';
import { brevoApiKey } from './brevo-api-key';
import { discordBotToken } from './discord-bot-token';
import { discordWebhookUrl } from './discord-webhook-url';
import { facebookAccessToken } from './facebook-access-token';
import { facebookAppSecret } from './facebook-app-secret';
import { mailchimpApiKey } from './mailchimp-api-key';
import { mailgunApiKey } from './mailgun-api-key';
import { microsoftTeamsWebhookUrl } from './microsoft-teams-webhook-url';
import { postmarkServerToken } from './postmark-server-token';
import { telegramBotToken } from './telegram-bot-token';
import { twitchStreamKey } from './twitch-stream-key';
import { twitchToken } from './twitch-token';
import { vonageApiSecret } from './vonage-api-secret';
import { xBearerToken } from './x-bearer-token';

/** Rules for messaging, email and social platforms. */
export const messagingRules: readonly IRule[] = [
  brevoApiKey,
  discordBotToken,
  discordWebhookUrl,
  facebookAccessToken,
  facebookAppSecret,
  mailchimpApiKey,
  mailgunApiKey,
  microsoftTeamsWebhookUrl,
  postmarkServerToken,
  telegramBotToken,
  twitchStreamKey,
  twitchToken,
  vonageApiSecret,
  xBearerToken
];
