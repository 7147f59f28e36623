/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { BASE64URL } from '../alphabets';
import { mixedCase, rotate } from '../shared';

const DIGITS = '0123456789';

/** Telegram bot tokens (`<bot id>:AA…`, 35 characters after the colon). */
export const telegramBotToken: IRule = {
  id: 'telegram-bot-token',
  title: 'Telegram bot token',
  severity: 'error',
  description:
    'A Telegram bot token controls the bot: read the messages sent to it and post as it in every chat it is in.',
  remediation: rotate('Telegram (@BotFather, /revoke)'),
  revokeUrl: 'https://core.telegram.org/bots/features#botfather',
  envName: 'TELEGRAM_BOT_TOKEN',
  keywords: [':aa'],
  pattern:
    /(?<![A-Za-z0-9_:-])(\d{8,10}:AA[A-Za-z0-9_-]{33})(?![A-Za-z0-9_-])/g,
  secretGroup: 1,
  minEntropy: 4,
  validate: secret => mixedCase(secret.slice(secret.indexOf(':') + 3)),
  samples: {
    positive: [
      `bot = telebot.TeleBot("${fakeToken(10, DIGITS, 'tg')}:AA${fakeToken(33, BASE64URL, 'tg2')}")`
    ],
    negative: [`12:34:AA${'x'.repeat(33)}`, `time = "2024-01-01 12:00:AA"`]
  }
};
