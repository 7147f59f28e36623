import { IRule } from '../../types';
import { discordBotToken } from './discord-bot-token';
import { discordWebhookUrl } from './discord-webhook-url';
import { facebookAccessToken } from './facebook-access-token';
import { facebookAppSecret } from './facebook-app-secret';
import { mailchimpApiKey } from './mailchimp-api-key';
import { mailgunApiKey } from './mailgun-api-key';
import { telegramBotToken } from './telegram-bot-token';

/** Rules for messaging, email and social platforms. */
export const messagingRules: readonly IRule[] = [
  discordBotToken,
  discordWebhookUrl,
  facebookAccessToken,
  facebookAppSecret,
  mailchimpApiKey,
  mailgunApiKey,
  telegramBotToken
];
