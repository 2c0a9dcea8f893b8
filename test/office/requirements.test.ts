import { OfficeMockObject } from 'office-addin-mock';
import { checkRequirements, supportsMultiArea } from '../../src/workbook/office';

/** Office.context.requirements through the mock: ExcelApi up to 1.`minor`. */
function office(minor: number): void {
  (globalThis as { Office?: unknown }).Office = new OfficeMockObject({
    context: {
      requirements: {
        isSetSupported: (set: string, version: string) =>
          set === 'ExcelApi' && Number(version.split('.')[1]) <= minor,
      },
    },
  });
}

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

describe('checkRequirements', () => {
  it('is satisfied from ExcelApi 1.8; getRanges needs 1.9', () => {
    office(8);
    expect(checkRequirements()).toEqual({ ok: true, missing: [] });
    expect(supportsMultiArea()).toBe(false);
    office(9);
    expect(supportsMultiArea()).toBe(true);
  });

  it.each([
    [7, ['ExcelApi 1.8']],
    [6, ['ExcelApi 1.8', 'ExcelApi 1.7']],
    [1, ['ExcelApi 1.8', 'ExcelApi 1.7', 'ExcelApi 1.6', 'ExcelApi 1.2']],
  ])('ExcelApi 1.%i lacks %j', (minor, missing) => {
    office(minor);
    expect(checkRequirements().missing).toEqual(missing);
  });

  it('says in French what is missing and what to do', () => {
    office(6);
    const check = checkRequirements();
    expect(check.ok).toBe(false);
    expect(check.message).toBe(
      "Cette version d'Excel ne prend pas en charge les listes déroulantes (validation des données) et les propriétés personnalisées du classeur (ExcelApi 1.8) : mettez à jour Excel ou utilisez Excel sur le web.",
    );
  });

  it('reports everything missing outside Office', () => {
    expect(checkRequirements().missing).toHaveLength(4);
  });
});
