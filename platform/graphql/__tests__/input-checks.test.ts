import { findNul } from '../input-validation';
import { parseDate } from '../scalars';

describe('input checks shared by every subgraph', () => {
  it('names the path of a NUL character nested anywhere in the variables', () => {
    expect(findNul({ input: { name: 'ok', owner: { id: 'x\u0000y' } } })).toBe('input.owner.id');
  });

  it('lets text without a NUL character through', () => {
    expect(findNul({ input: { name: 'Ünïcødé ✓', budget: null } })).toBeNull();
  });

  it('refuses a day in year 0000, which PostgreSQL cannot store', () => {
    expect(() => parseDate('0000-01-01')).toThrow(/0001/);
    expect(parseDate('0001-01-01')).toBe('0001-01-01');
  });
});
