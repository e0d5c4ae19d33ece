import { describe, expect, it } from 'vitest';
import { fromDateInput, toDateInput } from './date-input';

describe('date inputs', () => {
  it('writes a local day as YYYY-MM-DD and reads it back as its start', () => {
    const evening = new Date(2025, 0, 5, 22, 45).getTime();
    expect(toDateInput(evening)).toBe('2025-01-05');
    expect(fromDateInput('2025-01-05')).toBe(new Date(2025, 0, 5).getTime());
    expect(toDateInput(fromDateInput('2024-12-31') ?? 0)).toBe('2024-12-31');
  });

  it.each(['', '2025-1-5', '2025-02-30', '2025-13-01', 'yesterday'])('reads %j as no date', (value) => {
    expect(fromDateInput(value)).toBeUndefined();
  });
});
