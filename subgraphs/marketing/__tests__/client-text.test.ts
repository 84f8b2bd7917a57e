import { ValidationError } from '../../../platform/errors/domain-errors';
import { escapeLike, refuseNulCharacters, storableDate } from '../services/client-text';

function refusal(check: () => unknown): ValidationError | null {
  try {
    check();
  } catch (error) {
    if (error instanceof ValidationError) {
      return error;
    }
    throw error;
  }

  return null;
}

describe('Marketing client text checks', () => {
  it('names the path of a NUL character nested anywhere in an argument', () => {
    const error = refusal(() =>
      refuseNulCharacters({ name: 'ok', owner: { id: 'x\u0000y' } }, 'input'),
    );

    expect(error?.field).toBe('input.owner.id');
  });

  it('lets text without a NUL character through', () => {
    expect(
      refusal(() => refuseNulCharacters({ name: 'Ünïcødé ✓', budget: null }, 'input')),
    ).toBeNull();
  });

  it('refuses a day in year 0000, which PostgreSQL cannot store', () => {
    expect(refusal(() => storableDate('0000-01-01', 'input.startDate'))?.field).toBe(
      'input.startDate',
    );
    expect(storableDate('0001-01-01', 'input.startDate')).toBe('0001-01-01');
  });

  it('escapes LIKE wildcards so they match literally', () => {
    expect(escapeLike('50%_off\\')).toBe('50\\%\\_off\\\\');
  });
});
