// npm run validate as kommun staff run it: a process with an exit code and a readable error list.
import { describe, expect, it } from 'vitest';
import { copyValidContent, VALID_CONTENT } from './support/content-fixture';
import { ROOT, runScript } from './support/run-script';

const validate = (cwd: string, ...args: string[]) => runScript('validate', cwd, ...args);

describe('scripts/validate.ts', () => {
  it('exits 0 and sums up valid content', () => {
    const result = validate(ROOT, '--content', VALID_CONTENT);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain(
      'Innehållet är giltigt: 2 tjänster, 3 anordnare, 2 enheter, 2 indikatorer, 8 värden, 1 kvalitetsredovisning, 1 uppföljning.',
    );
    expect(result.status).toBe(0);
  });

  it('exits 1 and lists every error with file, row, field and value', () => {
    const c = copyValidContent();
    c.replace('providers/egen-regi.yaml', '212000-0142', '212000-0144');
    c.replace('indicator-values/values.csv', 'value;87,5;24', 'value;87,5;6');
    const result = validate(c.root, '--content', 'content');
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('Innehållet har 2 fel. Inget publiceras förrän alla är rättade:');
    expect(result.stderr).toContain(
      '- content/indicator-values/values.csv, rad 2, fält n: värdet är 6. Förväntat: minst 7 svar för att visa ett värde (indikatorns gräns). Skriv state suppressed och lämna value tomt.',
    );
    expect(result.stderr).toContain(
      '- content/providers/egen-regi.yaml, rad 3, fält orgNumber: värdet är "212000-0144". Förväntat: ett organisationsnummer med rätt kontrollsiffra (sista siffran stämmer inte).',
    );
  });

  it('prints help and exits 0', () => {
    const result = validate(ROOT, '--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Användning: npm run validate');
  });
});
