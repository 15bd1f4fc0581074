import { describe, expect, it } from 'vitest';
import { telHref, toE164 } from './phone.js';

describe('phone numbers', () => {
  it.each([
    ['22 33 44 55', '47', '+4722334455'],
    ['+47 22 33 44 55', undefined, '+4722334455'],
    ['0047 22 33 44 55', undefined, '+4722334455'],
    ['08-123 456 78', '46', '+46812345678'],
    ['(09) 1234 567', '358', '+35891234567'],
    ['044 123 4567', '380', '+380441234567'],
    ['+47 22.33.44.55', '46', '+4722334455'],
  ])('reads %s (country %s) as %s', (number, country, expected) => {
    expect(toE164(number, country)).toBe(expected);
  });

  it.each([
    ['22 33 44 55'],
    ['ring oss'],
    ['+0 123 456 789'],
    ['+47 22'],
    ['+47 1234 5678 9012 3456'],
    ['+47 22 33 44 55 ext 12'],
  ])('cannot dial %s', (number) => {
    expect(toE164(number)).toBeUndefined();
  });

  it('makes a tel: link in E.164', () => {
    expect(telHref('22 33 44 55', '47')).toBe('tel:+4722334455');
  });
});
