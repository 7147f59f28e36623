import { Signal } from '@lumino/signaling';

import { fakeGithubToken } from '../../core';
import { TextFindings } from '../../editor/text-findings';
import { FakeSettings, fakeService } from '../notebook/fakes';

describe('TextFindings', () => {
  it('should count the credentials of a text file, debounced', () => {
    jest.useFakeTimers();
    const service = fakeService(new FakeSettings({ debounceMs: 100 }));
    let text = 'DEBUG=1\n';
    const model = {
      sharedModel: {},
      contentChanged: new Signal<any, void>({}),
      toString: () => text
    };
    const findings = new TextFindings({ model, scanner: service });
    const seen = jest.fn();
    findings.changed.connect(seen);
    jest.advanceTimersByTime(100);
    expect(findings.count).toBe(0);
    text += `GITHUB_TOKEN=${fakeGithubToken()}\n`;
    model.contentChanged.emit();
    jest.advanceTimersByTime(50);
    expect(findings.count).toBe(0);
    jest.advanceTimersByTime(50);
    expect(findings.count).toBe(1);
    expect(findings.paused).toBe(false);
    expect(seen).toHaveBeenCalledTimes(2);
    findings.dispose();
    findings.dispose();
    model.contentChanged.emit();
    findings.flush();
    expect(findings.isDisposed).toBe(true);
    service.dispose();
    jest.useRealTimers();
  });
});
