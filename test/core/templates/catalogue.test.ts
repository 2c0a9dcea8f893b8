import { configFieldsOf } from '../../../src/core/plan/config';
import { TEMPLATES, TEMPLATE_CATALOGUE, TEMPLATE_IDS } from '../../../src/core/templates';

/**
 * Créer shows the catalogue before any template is loaded (the pane's initial JavaScript): it
 * must say what the templates themselves say.
 */
describe('the template catalogue', () => {
  it('lists every template, in order', () => {
    expect(TEMPLATE_IDS).toEqual(Object.keys(TEMPLATES));
  });

  it.each(Object.keys(TEMPLATES))('%s: its title and the settings it uses', (id) => {
    const t = TEMPLATES[id]!;
    const entry = TEMPLATE_CATALOGUE[t.id];
    expect(entry.title).toBe(t.title);
    expect([...entry.fields]).toEqual(configFieldsOf(t));
  });
});
