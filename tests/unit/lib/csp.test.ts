// The Content-Security-Policy allows only the app's own origin, and nothing in the source
// injects markup or evaluates strings (which the policy would block, or worse, make needed).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const INDEX = readFileSync(join(ROOT, 'index.html'), 'utf8');

const EXPECTED_CSP: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'", 'blob:'],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
};

function cspOf(html: string): Record<string, string[]> {
  const match = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
  if (!match?.[1]) throw new Error('index.html has no Content-Security-Policy meta tag');
  return Object.fromEntries(
    match[1]
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name, values]),
  );
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('Content-Security-Policy', () => {
  it('allows only the app’s own origin, exactly as documented', () => {
    expect(cspOf(INDEX)).toEqual(EXPECTED_CSP);
  });

  it('comes first in <head>, before anything it governs', () => {
    const head = INDEX.slice(0, INDEX.indexOf('</head>'));
    expect(head.indexOf('Content-Security-Policy')).toBeLessThan(head.search(/<(script|link)\b/));
  });

  it('index.html has no inline script and no style attribute', () => {
    const scripts = [...INDEX.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/\bsrc=/);
      expect(body?.trim()).toBe('');
    }
    expect(INDEX).not.toMatch(/<[^>]+\sstyle=/);
  });
});

describe('safe rendering', () => {
  const files = sourceFiles(join(ROOT, 'src'));

  it('scans the whole source tree', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it.each([
    ['dangerouslySetInnerHTML', /dangerouslySetInnerHTML/],
    ['innerHTML / outerHTML', /\.(inner|outer)HTML\b/],
    ['insertAdjacentHTML', /insertAdjacentHTML/],
    ['document.write', /document\.write/],
    ['eval or new Function', /\beval\(|new Function\(/],
  ])('nothing in src/ uses %s', (_label, pattern) => {
    const offenders = files.filter((file) => pattern.test(readFileSync(file, 'utf8')));
    expect(offenders.map((f) => f.slice(ROOT.length + 1))).toEqual([]);
  });
});
