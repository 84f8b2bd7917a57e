import { Kind } from 'graphql';
import { DecimalScalar, parseDate, parseDateTime, parseDecimal } from '../scalars';

describe('Decimal', () => {
  it('keeps a string digit for digit', () => {
    expect(parseDecimal('1234567890123456.78')).toBe('1234567890123456.78');
    expect(parseDecimal(' 12.5 ')).toBe('12.5');
  });

  it('accepts a JSON number of at most 15 significant digits as written', () => {
    expect(parseDecimal(1250.5)).toBe('1250.5');
    expect(parseDecimal(999999999999999)).toBe('999999999999999');
    expect(parseDecimal(1234567890123.45)).toBe('1234567890123.45');
    expect(parseDecimal(0.000001)).toBe('0.000001');
    expect(parseDecimal(-5)).toBe('-5');
  });

  it('refuses a JSON number that may have been rounded, asking for a string', () => {
    expect(() => parseDecimal(1234567890123456.78)).toThrow(/send the amount as a string/);
    expect(() => parseDecimal(10000000000000001)).toThrow(/at most 15 significant digits/);
    expect(() => parseDecimal(1e15)).toThrow(/at most 15 significant digits/);
  });

  it('refuses what is not a finite number or a decimal string', () => {
    for (const value of [Number.NaN, Infinity, 1e-7, 1e21, '1e3', '12abc', '', null, true]) {
      expect(() => parseDecimal(value)).toThrow(/Decimal must be/);
    }
  });

  it('applies the rule of numbers to a number literal and keeps a string literal exact', () => {
    const literal = (kind: Kind.INT | Kind.FLOAT | Kind.STRING, value: string) =>
      DecimalScalar.parseLiteral({ kind, value } as never);

    expect(literal(Kind.FLOAT, '1250.50')).toBe('1250.50');
    expect(literal(Kind.STRING, '1234567890123456.78')).toBe('1234567890123456.78');
    expect(() => literal(Kind.FLOAT, '1234567890123456.78')).toThrow(/as a string/);
    expect(() => literal(Kind.INT, '10000000000000001')).toThrow(/as a string/);
  });
});

describe('Date', () => {
  it('refuses days that do not exist, by the month and leap year', () => {
    for (const day of ['2026-02-29', '1900-02-29', '2026-04-31', '2026-13-01', '2026-00-01']) {
      expect(() => parseDate(day)).toThrow(/does not exist/);
    }
    expect(parseDate('2024-02-29')).toBe('2024-02-29');
    expect(parseDate('2000-02-29')).toBe('2000-02-29');
  });
});

describe('DateTime', () => {
  it('refuses every part out of its range instead of rolling it over', () => {
    for (const instant of [
      '2026-02-30T10:00:00Z',
      '2026-02-29T10:00:00Z',
      '2026-13-01T10:00:00Z',
      '2026-01-00T10:00:00Z',
      '2026-01-01T24:00:00Z',
      '2026-01-01T23:60:00Z',
      '2026-01-01T23:59:60Z',
    ]) {
      expect(() => parseDateTime(instant)).toThrow(/does not exist/);
    }
  });

  it('refuses year 0000 as Date does', () => {
    expect(() => parseDateTime('0000-01-01T00:00:00Z')).toThrow(/years start at 0001/);
    expect(() => parseDate('0000-01-01')).toThrow(/years start at 0001/);
  });

  it('refuses an offset PostgreSQL cannot store and an instant outside years 0001 to 9999', () => {
    expect(() => parseDateTime('2026-01-01T00:00:00+16:00')).toThrow(/offset/);
    expect(() => parseDateTime('2026-01-01T00:00:00-15:60')).toThrow(/offset/);
    expect(() => parseDateTime('0001-01-01T00:00:00+01:00')).toThrow(/0001 to 9999/);
    expect(() => parseDateTime('9999-12-31T23:00:00-01:00')).toThrow(/0001 to 9999/);
  });

  it('accepts instants that exist, in any zone PostgreSQL accepts', () => {
    expect(parseDateTime('2024-02-29T23:59:59.999Z').toISOString()).toBe(
      '2024-02-29T23:59:59.999Z',
    );
    expect(parseDateTime('2026-01-01T00:00:00+15:59').toISOString()).toBe(
      '2025-12-31T08:01:00.000Z',
    );
    expect(parseDateTime('2026-01-31T09:30-05:00').toISOString()).toBe('2026-01-31T14:30:00.000Z');
    expect(parseDateTime('0001-01-01T00:00:00Z').toISOString()).toBe('0001-01-01T00:00:00.000Z');
  });
});
