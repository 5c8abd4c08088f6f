import { z } from 'zod';

/**
 * The minimum strength rule for customer and employee passwords: 10 to 128 characters, not one
 * repeated character, and not one of the passwords attackers try first.
 */
const common = new Set([
  '1234567890',
  '12345678910',
  '0123456789',
  'qwertyuiop',
  'password12',
  'password123',
  'password1234',
  'azertyuiop',
  'iloveyou12',
  'letmein123',
  'welcome123',
  'motdepasse',
  'administrator',
  'changeme123',
  'football123',
  'qwerty1234',
  'abcdefghij',
  'abc1234567',
]);

export const newPasswordSchema = z
  .string()
  .min(10, 'Use at least 10 characters.')
  .max(128, 'Use 128 characters or fewer.')
  .refine((password) => !/^(.)\1*$/.test(password), 'Do not repeat a single character; mix several.')
  .refine((password) => !common.has(password.toLowerCase()), 'This password is too common; choose another.');
