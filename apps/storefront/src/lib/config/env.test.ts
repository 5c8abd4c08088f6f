import { describe, expect, it } from 'vitest';
import { parseApiUrl } from './env';

describe('parseApiUrl', () => {
  it('treats a missing or empty value as the same origin', () => {
    expect(parseApiUrl(undefined)).toBe('');
    expect(parseApiUrl('  ')).toBe('');
  });

  it('accepts absolute http(s) URLs and paths, without trailing slashes', () => {
    expect(parseApiUrl('https://api.example.com/')).toBe('https://api.example.com');
    expect(parseApiUrl('http://localhost:3000')).toBe('http://localhost:3000');
    expect(parseApiUrl('/api/')).toBe('/api');
  });

  it('rejects values that are neither', () => {
    expect(() => parseApiUrl('api.example.com')).toThrow(/Invalid VITE_API_URL/);
    expect(() => parseApiUrl('ftp://example.com')).toThrow(/Invalid VITE_API_URL/);
    expect(() => parseApiUrl('//cdn.example.com')).toThrow(/Invalid VITE_API_URL/);
  });
});
