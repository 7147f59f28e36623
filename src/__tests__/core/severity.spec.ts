import { highestSeverity, SEVERITY_RANK } from '../../core/severity';

describe('#highestSeverity', () => {
  it('should take the highest severity of a list of findings', () => {
    expect(highestSeverity([])).toBeNull();
    expect(
      highestSeverity([{ severity: 'info' }, { severity: 'warning' }])
    ).toBe('warning');
    expect(
      highestSeverity([
        { severity: 'warning' },
        { severity: 'error' },
        { severity: 'info' }
      ])
    ).toBe('error');
  });

  it('should rank error above warning above info', () => {
    expect(SEVERITY_RANK.error).toBeGreaterThan(SEVERITY_RANK.warning);
    expect(SEVERITY_RANK.warning).toBeGreaterThan(SEVERITY_RANK.info);
  });
});
