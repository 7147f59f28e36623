import { Signal } from '@lumino/signaling';
import { Widget } from '@lumino/widgets';

import { DAY_MS } from '../../banner/acknowledgement';
import {
  IAcknowledgementStore,
  MemoryAcknowledgementStore
} from '../../banner/acknowledgement-store';
import { NoticeBanner } from '../../banner/notice-banner';
import { NoticeController } from '../../banner/notice-controller';
import {
  DEFAULT_NOTICE_SETTINGS,
  INoticeSettings
} from '../../settings/notice-settings';
import { INoticeSettingsSource } from '../../settings/notice-settings-source';

/**
 * A settings source the test sets by hand.
 */
class FakeSettings implements INoticeSettingsSource {
  composite: INoticeSettings = { ...DEFAULT_NOTICE_SETTINGS };
  readonly changed: Signal<INoticeSettingsSource, INoticeSettings> = new Signal(
    this
  );
  readonly ready = Promise.resolve();
  set(overrides: Partial<INoticeSettings>): void {
    this.composite = { ...this.composite, ...overrides };
    this.changed.emit(this.composite);
  }
}

const START = Date.parse('2026-03-01T12:00:00Z');

describe('NoticeController', () => {
  let banner: NoticeBanner;
  let settings: FakeSettings;
  let store: MemoryAcknowledgementStore;
  let now: number;

  function start(custom: IAcknowledgementStore = store): NoticeController {
    return new NoticeController({
      banner,
      settings,
      store: custom,
      now: () => now
    });
  }

  function pressIUnderstand(): void {
    (
      banner.node.querySelector(
        '.jp-CredentialGuard-acknowledge'
      ) as HTMLElement
    ).click();
  }

  beforeEach(() => {
    banner = new NoticeBanner();
    Widget.attach(banner, document.body);
    settings = new FakeSettings();
    store = new MemoryAcknowledgementStore();
    now = START;
  });

  afterEach(() => {
    banner.dispose();
  });

  it('should stay hidden until the acknowledgement is known', () => {
    start();
    expect(banner.isHidden).toBe(true);
  });

  it('should show a notice that was never acknowledged', async () => {
    await start().ready;
    expect(banner.isHidden).toBe(false);
  });

  it('should hide and store the acknowledgement on "I understand"', async () => {
    await start().ready;
    pressIUnderstand();
    expect(banner.isHidden).toBe(true);
    expect(store.acknowledgement).toEqual({
      key: expect.stringMatching(/^text:/),
      acknowledgedAt: '2026-03-01T12:00:00.000Z'
    });
  });

  it('should stay hidden on the next load after an acknowledgement', async () => {
    await start().ready;
    pressIUnderstand();
    banner.show();
    await start().ready;
    expect(banner.isHidden).toBe(true);
  });

  it('should show again live when the notice version changes', async () => {
    settings.set({ noticeVersion: 'v1' });
    await start().ready;
    pressIUnderstand();
    settings.set({ title: 'Still v1' });
    expect(banner.isHidden).toBe(true);
    settings.set({ noticeVersion: 'v2' });
    expect(banner.isHidden).toBe(false);
  });

  it('should show again when the interval has passed', async () => {
    settings.set({ reacknowledgeDays: 7 });
    await start().ready;
    pressIUnderstand();
    now = START + 7 * DAY_MS;
    await start().ready;
    expect(banner.isHidden).toBe(false);
  });

  it('should re-check the interval when the page becomes visible again', async () => {
    settings.set({ reacknowledgeDays: 1 });
    await start().ready;
    pressIUnderstand();
    now = START + DAY_MS;
    expect(banner.isHidden).toBe(true);
    document.dispatchEvent(new Event('visibilitychange'));
    expect(banner.isHidden).toBe(false);
  });

  it('should never show when disabled, even through show()', async () => {
    settings.set({ enabled: false });
    const controller = await startReady();
    expect(banner.isHidden).toBe(true);
    expect(controller.isEnabled).toBe(false);
    controller.show();
    expect(banner.isHidden).toBe(true);
  });

  it('should bring an acknowledged notice back with show() and focus its button', async () => {
    const controller = await startReady();
    pressIUnderstand();
    controller.show();
    expect(banner.isHidden).toBe(false);
    expect(document.activeElement).toBe(
      banner.node.querySelector('.jp-CredentialGuard-acknowledge')
    );
  });

  it('should give the focus back after show() and "I understand"', async () => {
    const outside = document.createElement('button');
    document.body.appendChild(outside);
    outside.focus();
    const controller = await startReady();
    controller.show();
    pressIUnderstand();
    expect(document.activeElement).toBe(outside);
    outside.remove();
  });

  it('should give the focus back to where it came from when the user tabbed into the banner', async () => {
    const cell = document.createElement('textarea');
    document.body.appendChild(cell);
    await startReady();
    const button = banner.node.querySelector(
      '.jp-CredentialGuard-acknowledge'
    ) as HTMLElement;
    cell.focus();
    button.focus();
    pressIUnderstand();
    expect(document.activeElement).toBe(cell);
    cell.remove();
  });

  it('should hand the focus to the app, not the page body, when it came from nowhere', async () => {
    const restoreFocus = jest.fn();
    const controller = new NoticeController({
      banner,
      settings,
      store,
      now: () => now,
      restoreFocus
    });
    await controller.ready;
    (
      banner.node.querySelector(
        '.jp-CredentialGuard-acknowledge'
      ) as HTMLElement
    ).focus();
    pressIUnderstand();
    expect(restoreFocus).toHaveBeenCalledTimes(1);
  });

  it('should stay hidden after an acknowledgement expires for a user who hid it, where allowed', async () => {
    settings.set({
      reacknowledgeDays: 30,
      userMayHide: true,
      userHidden: true
    });
    await startReady();
    pressIUnderstand();
    now += 31 * DAY_MS;
    document.dispatchEvent(new Event('visibilitychange'));
    expect(banner.isHidden).toBe(true);
    // A new notice still shows.
    settings.set({ noticeVersion: 'next' });
    expect(banner.isHidden).toBe(false);
  });

  it('should show the notice when the store cannot be read', async () => {
    const broken: IAcknowledgementStore = {
      load: () => Promise.reject(new Error('offline')),
      save: () => Promise.reject(new Error('offline'))
    };
    const warn = jest
      .spyOn(console, 'warn')
      .mockImplementation(() => undefined);
    await start(broken).ready;
    expect(banner.isHidden).toBe(false);
    pressIUnderstand();
    expect(banner.isHidden).toBe(true);
    await Promise.resolve();
    await Promise.resolve();
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });

  it('should stop reacting once disposed', async () => {
    const controller = await startReady();
    controller.dispose();
    controller.dispose();
    banner.hide();
    settings.set({ noticeVersion: 'v9' });
    expect(banner.isHidden).toBe(true);
  });

  async function startReady(): Promise<NoticeController> {
    const controller = start();
    await controller.ready;
    return controller;
  }
});
