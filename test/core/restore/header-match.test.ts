import { headerLikeness, likelyColumns } from '../../../src/core/restore/header-match';
import { ca } from '../../../src/core/templates/ca';

const actions = ca.tables.find((t) => t.name === 'Actions')!;
const col = (id: string) => actions.columns.find((c) => c.id === id)!;

describe('likelyColumns', () => {
  it('reads abbreviations and near-synonyms as the contract’s words', () => {
    expect(headerLikeness('Nb bénéficiaires touchés', 'Nombre de bénéficiaires atteints')).toBe(1);
    expect(headerLikeness('Structure porteuse', 'Porteur')).toBe(0);
  });

  it('matches a header to the missing column it means, when its values fit the column', () => {
    const missing = [col('beneficiariesReached'), col('beneficiariesTarget')];
    const headers = ['Nb bénéficiaires touchés'];
    expect(likelyColumns(actions, headers, [0], missing, () => [12, '7', null])).toEqual([
      { column: col('beneficiariesReached'), at: 0 },
    ]);
    // Text in a number column: not that column.
    expect(likelyColumns(actions, headers, [0], missing, () => ['beaucoup'])).toEqual([]);
  });

  it('leaves two headers competing for one column, and a column present in the file, alone', () => {
    const missing = [col('beneficiariesReached')];
    const headers = ['Bénéficiaires touchés', 'Bénéficiaires atteints'];
    expect(likelyColumns(actions, headers, [0, 1], missing, () => [1])).toEqual([]);
    expect(likelyColumns(actions, ['Nb bénéficiaires touchés'], [0], [], () => [1])).toEqual([]);
  });
});
