import { describe, expect, it } from 'vitest';
import { parseApiBaseUrl } from './api-base-url';

describe('parseApiBaseUrl', () => {
  it('treats a missing or empty value as the same origin', () => {
    expect(parseApiBaseUrl(undefined)).toBe('');
    expect(parseApiBaseUrl('  ')).toBe('');
  });

  it('accepts absolute http(s) URLs and paths, without trailing slashes', () => {
    expect(parseApiBaseUrl('https://api.example.com/')).toBe('https://api.example.com');
    expect(parseApiBaseUrl('http://localhost:3000')).toBe('http://localhost:3000');
    expect(parseApiBaseUrl('/api/')).toBe('/api');
  });

  it('rejects values that are neither, naming where the value came from', () => {
    expect(() => parseApiBaseUrl('api.example.com', 'VITE_API_URL')).toThrow(/Invalid VITE_API_URL/);
    expect(() => parseApiBaseUrl('ftp://example.com', 'VITE_API_URL')).toThrow(/Invalid VITE_API_URL/);
    expect(() => parseApiBaseUrl('//cdn.example.com', 'VITE_API_URL')).toThrow(/Invalid VITE_API_URL/);
    expect(() => parseApiBaseUrl('api.example.com')).toThrow(/^Invalid API base URL "api.example.com"/);
  });
});
