import type { Issue } from '../../../src/core/checks/issue';
import { renderIssue } from '../../../src/core/i18n/render';

/**
 * Where an issue is, said to whom reads it (issue 14: the pane showed « 'Chaîne de valeur'!G5 »,
 * a developer's reference): the Name Box reference in reports, the sheet and cell in the pane.
 */
const issue: Issue = {
  rule: 'required',
  severity: 'error',
  sheet: 'Chaîne de valeur',
  cell: 'G5',
  params: { column: 'Impact' },
} as Issue;

describe('renderIssue: the place of an issue', () => {
  it('is the Name Box reference in reports (CLI, Contrôles)', () => {
    expect(renderIssue(issue, 'fr')).toMatch(/^'Chaîne de valeur'!G5 : /);
  });

  it.each(['fr', 'en'] as const)('is the sheet and cell in words in the pane (%s)', (lang) => {
    const text = renderIssue(issue, lang, { plain: true });
    expect(text).toMatch(/^Chaîne de valeur, G5 ?: /);
    expect(text).not.toContain("'");
    expect(text).not.toContain('!');
  });

  it('says the sheet alone when the issue has no cell', () => {
    expect(renderIssue({ ...issue, cell: '' }, 'fr', { plain: true })).toMatch(
      /^Feuille « Chaîne de valeur » : /,
    );
  });
});
