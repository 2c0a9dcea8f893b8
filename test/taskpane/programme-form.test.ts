import { EXAMPLES } from '../../src/core/examples';
import { getTemplate } from '../../src/core/templates';
import {
  EMPTY_FORM,
  commaList,
  periodIsValid,
  planOptions,
} from '../../src/taskpane/programme-form';

const ca = getTemplate('ca')!;

describe('the Créer form', () => {
  it.each([
    ['', []],
    ['Albi', ['Albi']],
    [' Albi , Castres,,Albi ', ['Albi', 'Castres']],
    ['Albi; Castres\nGaillac', ['Albi', 'Castres', 'Gaillac']],
  ])('reads the list %j', (text, list) => {
    expect(commaList(text)).toEqual(list);
  });

  it.each([
    ['', '', true],
    ['2026-01-01', '2026-12-31', true],
    ['2026-01-01', '2026-01-01', true],
    ['2026-01-01', '', false],
    ['', '2026-12-31', false],
    ['2026-12-31', '2026-01-01', false],
  ])('accepts the period %s – %s: %s', (start, end, ok) => {
    expect(periodIsValid({ ...EMPTY_FORM, start, end })).toBe(ok);
  });

  it('passes only what was typed', () => {
    expect(planOptions(EMPTY_FORM, ca, 'fr')).toEqual({ lang: 'fr', config: {} });
    const form = {
      ...EMPTY_FORM,
      name: ' CA du Tarn ',
      start: '2026-01-01',
      end: '2026-12-31',
      territories: 'Albi, Castres',
      publics: 'Jeunes',
    };
    expect(planOptions(form, ca, 'en')).toEqual({
      lang: 'en',
      config: {
        nom: 'CA du Tarn',
        periode: { debut: '2026-01-01', fin: '2026-12-31' },
        territoires: ['Albi', 'Castres'],
        publics: ['Jeunes'],
      },
    });
  });

  it('lays the form over the example when the example is asked for', () => {
    const options = planOptions({ ...EMPTY_FORM, example: true, name: 'Mon programme' }, ca, 'fr');
    expect(options.data).toBe(EXAMPLES.ca.data);
    expect(options.config).toEqual({ ...EXAMPLES.ca.config, nom: 'Mon programme' });
  });
});
