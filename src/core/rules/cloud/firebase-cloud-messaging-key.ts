/* eslint-disable jupyter/no-untranslated-string -- rule titles are data; the UI translates them */
import { fakeToken } from '../../fake-token';
import { IRule } from '../../types';
import { BASE64URL } from '../alphabets';
import { rotate } from '../shared';

/** Firebase Cloud Messaging legacy server keys (`AAAA…:APA91b…`). */
export const firebaseCloudMessagingKey: IRule = {
  id: 'firebase-cloud-messaging-key',
  title: 'Firebase Cloud Messaging server key',
  severity: 'error',
  description:
    'An FCM server key sends push notifications to every installation of your app, in your name.',
  remediation: rotate(
    'the Firebase console (Project settings › Cloud Messaging)'
  ),
  revokeUrl: 'https://console.firebase.google.com/',
  envName: 'FCM_SERVER_KEY',
  keywords: [':apa91b'],
  pattern:
    /(?<![A-Za-z0-9_-])(AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{120,160})(?![A-Za-z0-9_-])/g,
  secretGroup: 1,
  minEntropy: 4,
  samples: {
    positive: [
      `headers = {"Authorization": "key=AAAA${fakeToken(7, BASE64URL, 'fcm1')}:APA91b${fakeToken(134, BASE64URL, 'fcm2')}"}`
    ],
    negative: [
      // A device registration token: an address, not the server key.
      `${fakeToken(22, BASE64URL, 'fcm3')}:APA91b${fakeToken(134, BASE64URL, 'fcm4')}`
    ]
  }
};
